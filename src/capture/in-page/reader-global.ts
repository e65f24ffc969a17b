import type { PageDescription } from '../page-facts';

/** Where the injected reader leaves its functions, in the extension's isolated world of the page. */
export const PAGE_READER_GLOBAL = '__ttcPageReader';

/** The visible selection as plain text, `complete` false when a bound cut it; `markdown` when it was made in time. */
export interface SelectionAnswer {
  text: string;
  complete: boolean;
  markdown?: string;
}

/**
 * The readers page-reader.js leaves under PAGE_READER_GLOBAL for the
 * background's next injected call (page-context.ts). Written out here, apart
 * from the readers, so that the background names them without bundling them.
 */
export interface PageReader {
  readVisibleSelection(limit: number, maxNodes: number, maxMs: number): SelectionAnswer;
  describeThisPage(): PageDescription;
  describeLink(url: string, title: string): PageDescription;
  /** The same, with the selection as Markdown: installed by installSelectionMarkdown (selection-markdown.ts). */
  readSelectionWithMarkdown?(limit: number, maxNodes: number, maxMs: number): SelectionAnswer;
}
