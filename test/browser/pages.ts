import { expect } from 'vitest';
import type { Sandbox } from '../sandbox/server';

/** The sandbox's article page (ARTICLE_PAGE in test/sandbox/server.ts), as the extension should read it. */
export const ARTICLE = {
  title: 'How to keep a task list',
  quote: 'Write it down the moment you think of it.',
  /** At a URL of its own per test, so that tabs never get mixed up. */
  url: (sandbox: Sandbox, name: string) => `${sandbox.url}/__sandbox/article?case=${name}`,
  /** A capture's content: the page as a Markdown link, the selection as a quote. */
  content: (url: string) => `[How to keep a task list](${url})\n\n> Write it down the moment you think of it.`,
};

/** Evaluated in the article page (so self-contained): selects the quote, as a reader would before capturing. */
export function selectQuote(): void {
  const range = document.createRange();
  range.selectNodeContents(document.getElementById('quote')!);
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(range);
}

/**
 * Evaluated in a page (so self-contained): sends a runtime message as that
 * page's own code would (through `browser`, whose sendMessage answers a promise
 * in Firefox too; Chromium has `chrome` only).
 */
export function sendRuntimeMessage(message: unknown): Promise<unknown> {
  type Runtime = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
  const scope = globalThis as unknown as { browser?: Runtime; chrome: Runtime };
  return (scope.browser ?? scope.chrome).runtime.sendMessage(message);
}

/**
 * What the page helpers below use of a page, by selector: Playwright's Page
 * has it, and the Firefox suite's page (test/firefox/page.ts) gives it.
 */
export interface UiPage {
  fill(selector: string, value: string): Promise<void>;
  press(selector: string, key: string): Promise<void>;
  textContent(selector: string): Promise<string | null>;
  inputValue(selector: string): Promise<string>;
}

const QUICK_ADD_TITLE = '#quick-add-title';

/** A popup opened for the article's tab prefills the title, cleaned of its invisible direction mark. */
export async function expectPrefilledTitle(popup: UiPage): Promise<void> {
  await expect.poll(() => popup.inputValue(QUICK_ADD_TITLE)).toBe(ARTICLE.title);
}

/** Types a quick add into the popup and saves it with Enter. */
export async function quickAdd(popup: UiPage, text: string): Promise<void> {
  await popup.fill(QUICK_ADD_TITLE, text);
  await popup.press(QUICK_ADD_TITLE, 'Enter');
}

/** What the popup says about the last save ("Added to TickTick", "Saved in the outbox", …). */
export const popupStatus = (popup: UiPage): Promise<string | null> => popup.textContent('[data-testid="status"]');

/** The page each run keeps open to reach the background: not a test's page, and never closed by one. */
export const isRunPage = (url: string) => url.endsWith('/blank.html');
