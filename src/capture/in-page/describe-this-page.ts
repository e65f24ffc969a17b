import { describePage, PAGE_META_READER, siteReaderFor, type PageDescription } from '../describe-page';

/** The facts of one reader, or none when it throws (a site that changed its markup). */
function readSafely(reader: { func: (...args: never[]) => Record<string, string>; args: unknown[] } | undefined) {
  try {
    return reader ? reader.func(...(reader.args as never[])) : {};
  } catch {
    return {};
  }
}

/**
 * Runs in the page (page-reader.js): the page's `<meta>` facts and its site's
 * reader's, described with every site's recipe. A reader that finds nothing or
 * throws leaves the generic description; this never throws.
 */
export function describeThisPage(): PageDescription {
  const url = location.href;
  return describePage({
    url,
    title: document.title,
    meta: readSafely(PAGE_META_READER),
    site: readSafely(siteReaderFor(url)),
  });
}

/** A link on this page, described as the page it leads to would be, from its address and text alone. */
export const describeLink = (url: string, title: string): PageDescription => describePage({ url, title });
