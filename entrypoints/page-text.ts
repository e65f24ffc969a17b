// Injected on demand, for "Add page with its text" only: Readability and turndown, kept out of the background's
// bundle. Wiring only: its answer is what `scripting.executeScript` gives the background.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readPageTextAnswer } from '../src/capture/in-page/read-article';

export default defineUnlistedScript(readPageTextAnswer);
