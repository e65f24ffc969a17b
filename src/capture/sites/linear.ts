/**
 * Linear (`linear.app/<workspace>/issue/ABC-12/<slug>`): title `ABC-12 <title>`,
 * the identifier from the URL and never twice (a tab title that already
 * carries it loses it first), linked as `linear.app/<workspace>/issue/ABC-12`.
 * Reads: the title field of an issue, which is fresher than the tab's.
 */
import { FACT_LIMIT, readFirstText, type SiteRecipe } from './recipe';

const ROUTE = /^\/([^/]+)\/issue\/([A-Z][A-Z\d]*-\d+)(?:\/|$)/i;
// The identifier where a tab title may already carry it: "[ABC-12] …", "ABC-12: …", "… - ABC-12", "… (ABC-12)".
const ID_AT_AN_END = /^\[?[A-Z][A-Z\d]*-\d+\]?:? | [-–—|·] [A-Z][A-Z\d]*-\d+$| \([A-Z][A-Z\d]*-\d+\)$/gi;

export const linear: SiteRecipe<RegExpExecArray> = {
  match: (url) => url.hostname === 'linear.app' && ROUTE.exec(url.pathname),
  describe({ title, site }, [, workspace, identifier]) {
    const id = identifier!.toUpperCase();
    const own = (site.summary || title.replace(/ [-–—|·] Linear$/, '')).replace(ID_AT_AN_END, '');
    if (!own || own === 'Linear') return undefined;
    return { kind: 'ticket', title: `${id} ${own}`, url: `https://linear.app/${workspace}/issue/${id}` };
  },
  reader: {
    func: readFirstText,
    args: ['summary', ['[contenteditable="true"][aria-multiline="false"] > p'], FACT_LIMIT],
  },
};
