/** Hacker News (news.ycombinator.com): the title without " | Hacker News"; `item?id=` stays. Reads nothing. */
import { describeGeneric } from './generic';
import type { SiteRecipe } from './recipe';

export const hackerNews: SiteRecipe<true> = {
  match: (url) => url.hostname === 'news.ycombinator.com',
  describe: (page) => describeGeneric({ ...page, title: page.title.replace(/ \| Hacker News$/, '') }),
};
