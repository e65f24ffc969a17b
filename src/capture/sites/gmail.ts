/**
 * Gmail (mail.google.com). An open message (`#inbox/<id>`, `#label/<name>/<id>`,
 * `#search/<query>/<id>`…) is an email titled by its subject, linked for the
 * account it was read in (its address, which the tab title shows, instead of
 * the account's position `/u/0/`, which changes as accounts sign in and out),
 * the route kept. The inbox, a label or a search is an ordinary page.
 * Reads: the subject (`h2.hP`) and the sender of the last message shown
 * (`span.gD`, whose `name` and `email` attributes hold them).
 */
import { FACT_LIMIT, type SiteRecipe } from './recipe';

// Routes whose first part is an argument (the query, the label) rather than the message.
const ROUTE_WITH_ARGUMENT = /^(?:search|label|category|advanced-search|apps)$/;
const TAB_TITLE = /^(.*) - ([^\s@]+@[^\s@]+) - [^@]*$/;

export function readGmailMessage(max: number): Record<string, string> {
  const facts: Record<string, string> = {};
  const subject = document.querySelector('h2.hP, h2[data-legacy-thread-id]')?.textContent?.trim();
  if (subject) facts.subject = subject.slice(0, max);
  const senders = document.querySelectorAll('span.gD[email]');
  const sender = senders[senders.length - 1];
  const address = sender?.getAttribute('email')?.trim();
  if (address) {
    const name = sender?.getAttribute('name')?.trim() || sender?.textContent?.trim();
    facts.from = (name && name !== address ? `${name} <${address}>` : address).slice(0, max);
  }
  return facts;
}

export const gmail: SiteRecipe<true> = {
  match(url) {
    if (url.hostname !== 'mail.google.com') return false;
    const route = url.hash.slice(1).split('?')[0]!.split('/');
    const parts = ROUTE_WITH_ARGUMENT.test(route[0]!) ? 3 : 2;
    return route.length >= parts && /^[A-Za-z0-9]{16,}$/.test(route[route.length - 1]!);
  },
  describe({ url, title, site }) {
    const tab = TAB_TITLE.exec(title);
    const subject = site.subject || tab?.[1];
    if (!subject) return undefined;
    const link = new URL(url);
    if (tab) link.pathname = `/mail/u/${tab[2]}/`;
    link.search = '';
    return { kind: 'email', title: subject, url: link.href, content: site.from ? [`From: ${site.from}`] : undefined };
  },
  reader: { func: readGmailMessage, args: [FACT_LIMIT] },
};
