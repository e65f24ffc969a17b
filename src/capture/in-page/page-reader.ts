import { describeLink, describeThisPage } from './describe-this-page';
import { readVisibleSelection } from './read-selection';

/** Where the injected reader leaves its functions, in the extension's isolated world of the page. */
export const PAGE_READER_GLOBAL = '__ttcPageReader';

export interface PageReader {
  readVisibleSelection: typeof readVisibleSelection;
  describeThisPage: typeof describeThisPage;
  describeLink: typeof describeLink;
}

/** Runs in the page (page-reader.js): makes the readers callable by the next injected function. */
export function installPageReader(): void {
  const reader: PageReader = { readVisibleSelection, describeThisPage, describeLink };
  (globalThis as Record<string, unknown>)[PAGE_READER_GLOBAL] = reader;
}
