/**
 * Jira, Cloud or Server, on any host: `/browse/KEY-1` (under a context path
 * too, like `/jira/browse/KEY-1`), and on Jira Cloud a board's
 * `?selectedIssue=KEY-1`. Title `KEY-1 <summary>`, linked as `…/browse/KEY-1`.
 * The summary is the reader's, else the tab title's ("[KEY-1] Summary - Jira",
 * "KEY-1 Summary - ASF JIRA", "… - Create and track feature requests…"), with
 * whatever followed it removed. Reads: the summary heading.
 */
import { FACT_LIMIT, readFirstText, withoutLastPart, type SiteRecipe } from './recipe';

const BROWSE = /^(.*?\/browse\/)([A-Z][A-Z\d_]*-\d+)(?:\/|$)/i;
const KEY = /^[A-Z][A-Z\d_]*-\d+$/i;

interface Ticket {
  base: string;
  key: string;
  /** True on the ticket's own page, whose tab title holds its summary. */
  ownPage: boolean;
}

export const jira: SiteRecipe<Ticket> = {
  match(url) {
    const browse = BROWSE.exec(url.pathname);
    if (browse) return { base: browse[1]!, key: browse[2]!.toUpperCase(), ownPage: true };
    const selected = url.searchParams.get('selectedIssue') ?? '';
    return url.hostname.endsWith('.atlassian.net') && KEY.test(selected)
      ? { base: '/browse/', key: selected.toUpperCase(), ownPage: false }
      : undefined;
  },
  describe({ url, title, site }, { base, key, ownPage }) {
    const summary =
      site.summary || (ownPage ? withoutLastPart(title.replace(/^\[?#?[A-Z][A-Z\d_]*-\d+\]?:? /i, '')) : '');
    return summary ? { kind: 'ticket', title: `${key} ${summary}`, url: url.origin + base + key } : undefined;
  },
  reader: {
    func: readFirstText,
    // Jira Cloud's heading, then Jira Server's.
    args: [
      'summary',
      ['[data-testid="issue.views.issue-base.foundation.summary.heading"]', '#summary-val'],
      FACT_LIMIT,
    ],
  },
};
