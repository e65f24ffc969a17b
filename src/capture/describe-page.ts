import { describeWith, parseUrl } from './describe-core';
import type { PageDescription, PageFacts } from './page-facts';
import { SITES } from './sites';
import type { PageReader } from './sites/recipe';

export { PAGE_META_READER } from './sites/generic';
export type { PageReader } from './sites/recipe';
export type { PageDescription, PageFacts, PageKind } from './page-facts';

/**
 * The task a page should become, with every site's recipe: runs in the page's
 * reader (page-reader.js), where the site's facts are read; the background
 * carries only describeFallback.
 */
export const describePage = (facts: PageFacts): PageDescription => describeWith(SITES, facts);

/** The reader to run in the page at `url` (through `scripting.executeScript`), when its site has one. */
export function siteReaderFor(rawUrl: string): PageReader | undefined {
  const url = parseUrl(rawUrl);
  return url && SITES.find((site) => site.match(url))?.reader;
}
