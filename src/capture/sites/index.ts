import { github } from './github';
import { gitlab } from './gitlab';
import { gmail } from './gmail';
import { jira } from './jira';
import { linear } from './linear';
import { outlook } from './outlook';
import type { SiteRecipe } from './recipe';

/** The recipes, first match wins; a page none of them matches gets the generic description. */
// Each recipe's route type is its own business: describePage hands a recipe only what its match gave.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const SITES: SiteRecipe<any>[] = [gmail, outlook, github, gitlab, jira, linear];
