// Injected on demand into the tab the user acted on (activeTab + scripting), never on every page: the readers
// that run in the page, kept out of the background's bundle. Wiring only: they live in src/capture/in-page/.
// The background then calls them (src/background/page-context.ts, readInPage).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installPageReader } from '../src/capture/in-page/page-reader';
import { installSelectionMarkdown } from '../src/capture/in-page/selection-markdown';

export default defineUnlistedScript(() => {
  installPageReader();
  installSelectionMarkdown();
});
