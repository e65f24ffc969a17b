import type { PageDescription } from '../describe-core';

/** What a recipe sees: the tab's URL and title (whitespace folded), the page's `<meta>` facts and its reader's. */
export interface SitePage {
  url: URL;
  title: string;
  meta: Record<string, string>;
  site: Record<string, string>;
}

/**
 * A function that runs inside the page through `scripting.executeScript({ func, args })`. The browser sends
 * its source text, so it uses nothing but its arguments and the page's `document`; it does a bounded number
 * of look-ups, returns plain strings cut to the length it is given, and `{}` when the page has none of it.
 */
export interface PageReader {
  // Each reader has its own argument list; the caller passes `args` back untouched.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  func: (...args: any[]) => Record<string, string>;
  args: unknown[];
}

/**
 * One site: which URLs it handles (`match` gives the parts of the URL it needs,
 * or nothing), how it describes such a page (or nothing, for the generic
 * description), and what it reads from the page, when the tab does not say.
 */
export interface SiteRecipe<Route> {
  match(url: URL): Route | null | undefined | false;
  describe(page: SitePage, route: Route): PageDescription | undefined;
  reader?: PageReader;
}

/** Longest string a reader hands back for one fact. */
export const FACT_LIMIT = 500;

/** The title without its last ` - …` part: the site's or the product's name, in any language. */
export const withoutLastPart = (title: string) => title.replace(/^(.*\S) [-–—] \S.*$/, '$1');

/** Percent-escapes decoded, or the text as it is when they are malformed. */
export function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Reader: the text of the first of `selectors` that has some, as `{ [key]: text }`. */
export function readFirstText(key: string, selectors: string[], max: number): Record<string, string> {
  for (const selector of selectors.slice(0, 10)) {
    const text = document.querySelector(selector)?.textContent?.trim();
    if (text) return { [key]: text.slice(0, max) };
  }
  return {};
}
