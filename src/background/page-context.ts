import { browser } from 'wxt/browser';
import type { PageContext } from '../messaging/protocol';
import { cleanTitle } from '../capture/sanitize';

/** How long a page may take to answer: a busy or hung page never holds a capture back for longer. */
export const PAGE_READ_TIMEOUT_MS = 1000;
/** The readers that run in the page, injected on demand (entrypoints/page-reader.ts). */
const PAGE_READER_FILE = '/page-reader.js';

/** Said when a page did not answer in time, and where scripts cannot run when the user asked for its text. */
export const PAGE_DID_NOT_ANSWER = 'The page did not answer: only its title and address were captured.';
const SELECTION_CUT = 'The selection was very long: only its start was read.';

type ReadOutcome = { text: string; complete: boolean; markdown?: string } | 'unreadable' | 'timed-out';

/**
 * What an injected reader that answers as it runs (page-reader.js, page-text.js)
 * answered in the tab's top frame: undefined where scripts cannot run, or
 * 'timed-out' after `ms` (a busy or hung page never holds a capture back for longer).
 */
export async function injectedAnswer(
  tabId: number,
  file: '/page-reader.js' | '/page-text.js',
  ms: number,
): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timed-out'>((resolve) => (timer = setTimeout(() => resolve('timed-out'), ms)));
  // Started inside a promise: where the API is missing or throws at once, the page is unreadable, not the capture failed.
  const answer = Promise.resolve()
    .then(() => browser.scripting.executeScript({ target: { tabId }, files: [file] }))
    .then(
      ([frame]) => frame?.result,
      () => undefined,
    );
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The reader's answer, or why there is none; never waits longer than PAGE_READ_TIMEOUT_MS. */
async function readSelection(tabId: number): Promise<ReadOutcome> {
  // Our own reader's answer, bounded in the page (the page cannot reach its isolated world): its text is cleaned and
  // cut again with the task's content.
  const result = (await injectedAnswer(tabId, PAGE_READER_FILE, PAGE_READ_TIMEOUT_MS)) as
    Exclude<ReadOutcome, 'unreadable'> | undefined;
  return result === 'timed-out' || typeof result?.text === 'string' ? result : 'unreadable';
}

/**
 * The tab's title, URL and visible selection, read on demand with activeTab +
 * scripting. Where scripts cannot run (chrome://, the web store, PDFs,
 * view-source:) the title and URL are all there is; a page that does not
 * answer within a second gets the same, with a notice.
 */
export async function readActiveTab(tabId?: number): Promise<PageContext> {
  const tab =
    tabId === undefined
      ? (await browser.tabs.query({ active: true, currentWindow: true }))[0]
      : await browser.tabs.get(tabId);
  if (!tab) return { title: '', scriptable: false, notices: [] };
  const base = { title: cleanTitle(tab.title, tab.url), url: tab.url };
  if (tab.id === undefined) return { ...base, scriptable: false, notices: [] };
  const outcome = await readSelection(tab.id);
  if (outcome === 'unreadable') return { ...base, scriptable: false, notices: [] };
  if (outcome === 'timed-out') return { ...base, scriptable: true, notices: [PAGE_DID_NOT_ANSWER] };
  const selection = outcome.text.trim() ? outcome.text : undefined;
  return {
    ...base,
    selection,
    // Absent when the reader could not make it in time: the plain text is used then, escaped.
    selectionMarkdown: outcome.markdown,
    scriptable: true,
    notices: outcome.complete ? [] : [SELECTION_CUT],
  };
}
