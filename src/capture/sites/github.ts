/**
 * GitHub (github.com) issues, pull requests (their commits and files tabs too),
 * discussions and commits: `<title> (<owner>/<repo>#<number>)`, commits
 * `<subject> (<owner>/<repo>@<7-char sha>)`, linked without tab, query or
 * fragment. The number comes from the URL; the title is the item's own, read
 * from the tab title ("… by <author> · Pull Request #1 · owner/repo · GitHub"),
 * a subject GitHub cut with "…" left cut. File views, repositories and lists
 * are ordinary pages. Reads nothing from the page: the tab title says it all.
 */
import type { PageKind } from '../describe-core';
import type { SiteRecipe } from './recipe';

const ROUTE =
  /^\/(?!orgs\/)([\w.-]+)\/([\w.-]+)\/(?:(issues|pull|discussions)\/(\d+)|commit\/([\da-f]{7,40}))(?:\/|$)/i;
// The item's title is what comes before GitHub's section names (the last such, as a title may quote one).
const ITEM_TITLE = /^(.*) · (?:Issue #\d|Pull Request #\d|[\w.-]+\/[\w.-]+(?: · Discussion #\d|@[\da-f]))/;
const KINDS: Record<string, PageKind> = { issues: 'issue', pull: 'pull-request', discussions: 'discussion' };

export const github: SiteRecipe<RegExpExecArray> = {
  match: (url) => url.hostname === 'github.com' && ROUTE.exec(url.pathname),
  describe({ title, meta }, [, owner, repo, section, number, sha]) {
    let own =
      ITEM_TITLE.exec(title)?.[1] ?? ITEM_TITLE.exec(meta['og:title'] ?? '')?.[1] ?? title.replace(/ · GitHub$/, '');
    if (section === 'pull') own = own.replace(/ by [\w-]+(?:\[bot\])?$/, '');
    const path = `https://github.com/${owner}/${repo}/`;
    return sha
      ? { kind: 'commit', title: `${own} (${owner}/${repo}@${sha.slice(0, 7)})`, url: `${path}commit/${sha}` }
      : { kind: KINDS[section!]!, title: `${own} (${owner}/${repo}#${number})`, url: `${path}${section}/${number}` };
  },
};
