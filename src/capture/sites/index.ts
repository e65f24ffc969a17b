import { github } from './github';
import { gitlab } from './gitlab';
import { gmail } from './gmail';
import { googleDocs } from './google-docs';
import { hackerNews } from './hacker-news';
import { jira } from './jira';
import { linear } from './linear';
import { outlook } from './outlook';
import { pdf } from './pdf';
import type { SiteRecipe } from './recipe';
import { reddit } from './reddit';
import { stackExchange } from './stack-exchange';
import { wikipedia } from './wikipedia';
import { youtube } from './youtube';

/** The recipes, first match wins; a page none of them matches gets the generic description. */
// Each recipe's route type is its own business: describePage hands a recipe only what its match gave.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const SITES: SiteRecipe<any>[] = [
  gmail,
  outlook,
  github,
  gitlab,
  jira,
  linear,
  youtube,
  stackExchange,
  googleDocs,
  reddit,
  hackerNews,
  wikipedia,
  pdf,
];
