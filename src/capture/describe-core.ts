import { cleanTitle } from './sanitize';
import { describeGeneric } from './sites/generic';
import type { SiteRecipe, SitePage } from './sites/recipe';
import type { PageDescription, PageFacts, PageKind } from './page-facts';

export type { PageDescription, PageFacts, PageKind };

// Titles longer than this are cut before any pattern runs on them: a page sets its own title.
const TITLE_INPUT_LIMIT = 2000;

export function parseUrl(raw: unknown): URL | undefined {
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
 * The task a page should become: the first of `sites` that knows the page
 * (an email, a ticket, a video…), else the generic conventions (tracking
 * parameters off, canonical URL, site name off the title). Pure; never throws.
 */
// Each recipe's route type is its own business: a recipe is handed only what its match gave.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function describeWith(sites: readonly SiteRecipe<any>[], facts: PageFacts): PageDescription {
  const url = parseUrl(facts.url);
  if (!url) return { title: cleanTitle(facts.title), url: String(facts.url ?? ''), kind: 'page' };
  const page = sitePage(facts, url);
  let found: PageDescription | undefined;
  try {
    for (const site of sites) {
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
