/**
 * GitLab, on any host: merge requests, issues and work items
 * (`<namespace>/<project>/-/merge_requests/<n>`, `/-/issues/<n>`,
 * `/-/work_items/<n>`, and gitlab.com's older `/issues/<n>`) become
 * `<title> (<namespace>/<project>!<n>)` or `…#<n>)`, the path as the URL has
 * it, linked without tab, query or fragment. The title is what precedes GitLab's
 * "(!n) · Merge requests · …" in the tab title. Reads nothing from the page.
 */
import type { SiteRecipe } from './recipe';

const ROUTE = /^\/(.+?)\/-\/(merge_requests|issues|work_items)\/(\d+)(?:\/|$)/;
const OLDER_ROUTE = /^\/(.+?)\/(issues|merge_requests)\/(\d+)(?:\/|$)/;

export const gitlab: SiteRecipe<RegExpExecArray> = {
  match: (url) => ROUTE.exec(url.pathname) ?? (url.hostname === 'gitlab.com' && OLDER_ROUTE.exec(url.pathname)),
  describe({ url, title }, route) {
    const [link, path, section, number] = route;
    const own = /^(.*?) \([#!]\d+\) · /.exec(title)?.[1] ?? title.split(' · ')[0];
    const merge = section === 'merge_requests';
    return {
      kind: merge ? 'merge-request' : 'issue',
      title: `${own} (${path}${merge ? '!' : '#'}${number})`,
      url: url.origin + link.replace(/\/$/, ''),
    };
  },
};
