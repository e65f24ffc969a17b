/**
 * Google Docs, Sheets and Slides (docs.google.com `/document/d/<id>`,
 * `/spreadsheets/d/<id>`, `/presentation/d/<id>`, also under `/u/<n>/`): a
 * document named by the tab title without its " - Google Docs" part, in any UI
 * language ("Google Tabellen", "Documentos de Google"…), linked to the document
 * without `/edit`, `/preview`, `/view`, query or fragment. Published copies
 * (`/d/e/…`) are ordinary pages. Reads nothing from the page.
 */
import { withoutLastPart, type SiteRecipe } from './recipe';

const DOCUMENT = /^\/(?:document|spreadsheets|presentation)\/(?:u\/\d+\/)?d\/[\w-]{20,}/;

export const googleDocs: SiteRecipe<RegExpExecArray> = {
  match: (url) => url.hostname === 'docs.google.com' && DOCUMENT.exec(url.pathname),
  describe: ({ url, title }, [path]) => ({ kind: 'document', title: withoutLastPart(title), url: url.origin + path }),
};
