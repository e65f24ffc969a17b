import type { PageTextAnswer } from '../capture/in-page/read-article';
import type { ClickInfo } from '../capture/menu-capture';
import { injectedAnswer, PAGE_DID_NOT_ANSWER } from './page-context';

/**
 * How long "Add page with its text" waits for page-text.js: a second past the
 * reader's own bound (ARTICLE_LIMITS), which is longer than a selection's.
 */
export const PAGE_TEXT_TIMEOUT_MS = 3000;
export type PageText = Omit<PageTextAnswer, 'ms'>;

/**
 * The article's readable text as Markdown, from the tab given (none, or -1:
 * not read). page-text.js is injected on demand into its top frame (a frame's own
 * document is not read) and answers as it runs, so that the libraries it
 * carries (Readability, turndown), its bounds and its notices stay out of the
 * background (entrypoints/page-text.ts).
 */
export async function readPageText(tabId = -1): Promise<PageText> {
  // Our own script's answer (the page cannot reach its isolated world); its text is cleaned with the content.
  const answer = (await injectedAnswer(tabId, '/page-text.js', PAGE_TEXT_TIMEOUT_MS)) as
    PageText | 'timed-out' | undefined;
  if (answer !== 'timed-out' && Array.isArray(answer?.notices)) return answer;
  // Where scripts cannot run (chrome:, the stores, about:, PDFs), the page did not answer either.
  return { notices: [PAGE_DID_NOT_ANSWER] };
}

/** "Add page with its text" from the menu: the click with the article read now; without it, the notice says why. */
export async function withPageText(info: ClickInfo, tab?: { id?: number }) {
  const { markdown, notices } = await readPageText(tab?.id);
  return { info: { ...info, pageText: markdown }, notices };
}
