/**
 * Reddit posts (`/r/<sub>/comments/…`): both tab titles ("Title : r/sub" and
 * "r/sub on Reddit: Title", and old Reddit's "Title : sub") become
 * `Title (r/sub)`; the link loses tracking (`utm_*`, `share_id`, `rdt`), the
 * rest (`context`) stays. Reads nothing from the page.
 */
import { cleanUrl } from './generic';
import type { SiteRecipe } from './recipe';

export const reddit: SiteRecipe<RegExpExecArray> = {
  match: (url) => /(?:^|\.)reddit\.com$/.test(url.hostname) && /^\/r\/(\w+)\/comments\//.exec(url.pathname),
  describe({ url, title }, [, sub]) {
    const newer = /^r\/(\w+) on Reddit: (.+)$/.exec(title);
    const older = /^(.+) : (r\/)?(\w+)$/.exec(title);
    const [own, name] = newer
      ? [newer[2], newer[1]]
      : older?.[3]!.toLowerCase() === sub!.toLowerCase()
        ? [older[1], older[3]]
        : [];
    return own ? { kind: 'page', title: `${own} (r/${name})`, url: cleanUrl(url, /^rdt$/) } : undefined;
  },
};
