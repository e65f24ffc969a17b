import { cleanTitle } from './sanitize';
import { describeGeneric } from './sites/generic';
import { SITES } from './sites';
import type { PageFacts, PageDescription } from './page-facts';
import type { PageReader, SitePage } from './sites/recipe';

export { PAGE_META_READER } from './sites/generic';
export type { PageReader } from './sites/recipe';
export type { PageDescription, PageFacts, PageKind } from './page-facts';

// Titles longer than this are cut before any pattern runs on them: a page sets its own title.
const TITLE_INPUT_LIMIT = 2000;

function parseUrl(raw: unknown): URL | undefined {
  try {
    return new URL(String(raw));
  } catch {
    return undefined;
  }
}

// Facts come from the page: only strings are kept, whatever a reader handed back.
const strings = (facts: Record<string, unknown> = {}) =>
  Object.fromEntries(Object.entries(facts).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));

/** The page's tab title with whitespace folded, and the facts a recipe reads. */
function sitePage(facts: PageFacts, url: URL): SitePage {
  return {
    url,
    title: String(facts.title ?? '')
      .slice(0, TITLE_INPUT_LIMIT)
      .replace(/\s+/g, ' ')
      .trim(),
    meta: strings(facts.meta),
    site: strings(facts.site),
  };
}

/**
 * The task a page should become: a site's recipe where one knows the page
 * (an email, a ticket, a video…), else the generic conventions (tracking
 * parameters off, canonical URL, site name off the title). Pure; never throws.
 */
export function describePage(facts: PageFacts): PageDescription {
  const url = parseUrl(facts.url);
  if (!url) return { title: cleanTitle(facts.title), url: String(facts.url ?? ''), kind: 'page' };
  const page = sitePage(facts, url);
  let found: PageDescription | undefined;
  try {
    for (const site of SITES) {
      const route = site.match(url);
      if (route) {
        found = site.describe(page, route);
        break;
      }
    }
  } catch {
    // A recipe that meets a page it does not understand degrades to the generic capture.
  }
  const described = found ?? describeGeneric(page);
  const { content, ...rest } = described;
  const lines = content?.map((line) => cleanTitle(line));
  return { ...rest, title: cleanTitle(described.title, described.url), ...(lines?.length ? { content: lines } : {}) };
}

/** The reader to run in the page at `url` (through `scripting.executeScript`), when its site has one. */
export function siteReaderFor(rawUrl: string): PageReader | undefined {
  const url = parseUrl(rawUrl);
  return url && SITES.find((site) => site.match(url))?.reader;
}
