/**
 * Outlook on the web (outlook.live.com, outlook.office.com, outlook.office365.com,
 * outlook.cloud.microsoft). An open message (`…/id/<message id>` or
 * `…/deeplink/read/<message id>`) is an email linked by that address, the
 * message id kept. The tab only says "Mail - Name - Outlook", so the subject
 * comes from the reader; without it the page is captured as it is, and the
 * user is told. Reads: the reading pane's subject heading and its sender line
 * ("Name<address>").
 */
import { describeGeneric } from './generic';
import { FACT_LIMIT, type SiteRecipe } from './recipe';

const HOST = /^outlook\.(?:live\.com|office\.com|office365\.com|cloud\.microsoft)$/;
const MESSAGE = /\/(?:id|deeplink\/read)\/[^/]{20,}/;

export function readOutlookMessage(max: number): Record<string, string> {
  const facts: Record<string, string> = {};
  const pane = document.querySelector('[role="main"]') ?? document;
  const heading = pane.querySelector('[role="heading"].allowTextSelection');
  // The heading also holds buttons ("Summarize"): the subject is its first text span.
  const subject = (heading?.querySelector('span') ?? heading)?.textContent?.trim();
  if (subject) facts.subject = subject.slice(0, max);
  const lines = pane.querySelectorAll('[aria-label^="From"], [role="heading"]');
  for (let i = 0; i < Math.min(lines.length, 40); i++) {
    const sender = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>/.exec(lines[i]!.textContent?.trim() ?? '');
    if (sender) {
      facts.from = (sender[1] ? `${sender[1]} <${sender[2]}>` : sender[2]!).slice(0, max);
      break;
    }
  }
  return facts;
}

export const outlook: SiteRecipe<RegExpExecArray> = {
  match: (url) => HOST.test(url.hostname) && MESSAGE.exec(url.pathname),
  describe(page, message) {
    const { url, site } = page;
    if (!site.subject) {
      return { ...describeGeneric(page), notices: ["Outlook did not show the message's subject."] };
    }
    return {
      kind: 'email',
      title: site.subject,
      url: url.origin + url.pathname.slice(0, message.index + message[0].length),
      content: site.from ? [`From: ${site.from}`] : undefined,
    };
  },
  reader: { func: readOutlookMessage, args: [FACT_LIMIT] },
};
