/**
 * Stack Overflow and the Stack Exchange sites (`/questions/<id>`, `/q/<id>`):
 * a question, titled by `og:title` when the page has one, else by the tab title
 * without the site's name and without a leading tag (`<tag> - `: lower-case
 * letters, digits, `.`, `+`, `#`, hyphens and spaces; "SVG - " is the asker's),
 * linked as `https://<site>/questions/<id>`. Reads nothing but `og:title`.
 */
import { withoutLastPart, type SiteRecipe } from './recipe';

const HOST =
  /(?:^|\.)(?:stackoverflow\.com|stackexchange\.com|superuser\.com|serverfault\.com|askubuntu\.com|mathoverflow\.net|stackapps\.com)$/;

export const stackExchange: SiteRecipe<RegExpExecArray> = {
  match: (url) => HOST.test(url.hostname) && /^\/(?:questions|q)\/(\d+)(?:\/|$)/.exec(url.pathname),
  describe: ({ url, title, meta }, [, id]) => ({
    kind: 'question',
    title: meta['og:title'] || withoutLastPart(title).replace(/^[a-z\d.+# -]+? - /, ''),
    url: `${url.origin}/questions/${id}`,
  }),
};
