/**
 * Wikipedia, any language (`*.wikipedia.org`, mobile too): the title without
 * its " - Wikipedia" part ("– Wikipedia", "— Wikipédia", "- 维基百科，自由的百科全书"…);
 * the rest as for any page (a redirect's canonical article, the section kept).
 * Reads nothing beyond the generic facts.
 */
import { describeGeneric } from './generic';
import { withoutLastPart, type SiteRecipe } from './recipe';

export const wikipedia: SiteRecipe<true> = {
  match: (url) => /(?:^|\.)wikipedia\.org$/.test(url.hostname),
  describe: (page) => describeGeneric({ ...page, title: withoutLastPart(page.title) }),
};
