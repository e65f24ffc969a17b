import { describeLink, describeThisPage } from './describe-this-page';
import { readVisibleSelection } from './read-selection';
import { PAGE_READER_GLOBAL, type PageReader } from './reader-global';

/** Runs in the page (page-reader.js): makes the readers callable by the next injected function. */
export function installPageReader(): void {
  const reader: PageReader = { readVisibleSelection, describeThisPage, describeLink };
  (globalThis as Record<string, unknown>)[PAGE_READER_GLOBAL] = reader;
}
