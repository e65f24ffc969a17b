import { browser } from 'wxt/browser';
import type { PageContext } from '../messaging/protocol';
import { PAGE_READER_GLOBAL, type PageReader } from '../capture/in-page/page-reader';
import { cleanTitle } from '../capture/sanitize';
import { PAGE_SELECTION_LIMIT } from '../messaging/schemas';

/** How long a page may take to answer: a busy or hung page never holds a capture back for longer. */
export const PAGE_READ_TIMEOUT_MS = 1000;
/** The readers that run in the page, injected on demand (entrypoints/page-reader.ts). */
const PAGE_READER_FILE = '/page-reader.js';
/** Bounds of the reader inside the page, well inside the timeout. */
const READER_MAX_NODES = 50_000;
const READER_MAX_MS = 500;

export const PAGE_DID_NOT_ANSWER =
  'The page did not answer in time: its title and address were captured, without the selection.';
const SELECTION_CUT = 'The selection was very long: only its start was read.';

type ReadOutcome = { text: string; complete: boolean } | 'unreadable' | 'timed-out';

/** The reader's answer, or why there is none; never waits longer than PAGE_READ_TIMEOUT_MS. */
async function readSelection(tabId: number): Promise<ReadOutcome> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timed-out'>(
    (resolve) => (timer = setTimeout(() => resolve('timed-out'), PAGE_READ_TIMEOUT_MS)),
  );
  // Started inside a promise: where the API is missing or throws at once, the page is unreadable, not the capture failed.
  const read = Promise.resolve()
    .then(() => browser.scripting.executeScript({ target: { tabId }, files: [PAGE_READER_FILE] }))
    .then(() =>
      browser.scripting.executeScript({
        target: { tabId },
        // Runs in the page, after page-reader.js: so it is self-contained, and names the global as a string.
        func: (global: string, limit: number, nodes: number, ms: number) =>
          (globalThis as unknown as Record<string, PageReader>)[global]!.readVisibleSelection(limit, nodes, ms),
        args: [PAGE_READER_GLOBAL, PAGE_SELECTION_LIMIT, READER_MAX_NODES, READER_MAX_MS],
      }),
    )
    .then(([frame]) => {
      const result = frame?.result as { text?: unknown; complete?: unknown } | undefined;
      return typeof result?.text === 'string'
        ? { text: result.text.slice(0, PAGE_SELECTION_LIMIT), complete: result.complete !== false }
        : ('unreadable' as const);
    })
    .catch(() => 'unreadable' as const);
  try {
    return await Promise.race([read, timeout]);
  } finally {
    clearTimeout(timer);
  }
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
  return {
    ...base,
    selection: outcome.text.trim() ? outcome.text : undefined,
    scriptable: true,
    notices: outcome.complete ? [] : [SELECTION_CUT],
  };
}
