import { readVisibleSelection } from './read-selection';
import type { readSelectionWithMarkdown } from './selection-markdown';

/** Where the injected reader leaves its functions, in the extension's isolated world of the page. */
export const PAGE_READER_GLOBAL = '__ttcPageReader';

export interface PageReader {
  readVisibleSelection: typeof readVisibleSelection;
  /** The same, with the selection as Markdown: installed by installSelectionMarkdown (selection-markdown.ts). */
  readSelectionWithMarkdown: typeof readSelectionWithMarkdown;
}

/** Runs in the page (page-reader.js): makes the readers callable by the next injected function. */
export function installPageReader(): void {
  const reader: Partial<PageReader> = { readVisibleSelection };
  (globalThis as Record<string, unknown>)[PAGE_READER_GLOBAL] = reader;
}
