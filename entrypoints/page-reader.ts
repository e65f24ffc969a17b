// Injected on demand into the tab the user acted on (activeTab + scripting), never on every page: the readers
// that run in the page, kept out of the background's bundle. Wiring only: they live in src/capture/in-page/.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installPageReader } from '../src/capture/in-page/page-reader';
import { installSelectionMarkdown, readSelectionAnswer } from '../src/capture/in-page/selection-markdown';

// Its answer (the visible selection) is what `scripting.executeScript` gives the background.
export default defineUnlistedScript(() => {
  installPageReader();
  installSelectionMarkdown();
  return readSelectionAnswer();
});
