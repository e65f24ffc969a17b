import { browser } from 'wxt/browser';
import type { PageContext } from '../messaging/protocol';
import { PAGE_READER_GLOBAL, type PageReader } from '../capture/in-page/reader-global';
import type { PageDescription, PageFacts } from '../capture/describe-core';
import { describeFallback } from '../capture/describe-fallback';
import { cleanTitle } from '../capture/sanitize';
import { PAGE_SELECTION_LIMIT } from '../messaging/schemas';

/** How long a page may take to answer: a busy or hung page never holds a capture back for longer. */
export const PAGE_READ_TIMEOUT_MS = 1000;
/** The readers that run in the page, injected on demand (entrypoints/page-reader.ts). */
const PAGE_READER_FILE = '/page-reader.js';
/** Bounds of the reader inside the page, well inside the timeout. */
const READER_MAX_NODES = 50_000;
const READER_MAX_MS = 500;
/** Most content lines a description may add (a From line…). */
const MAX_DETAILS = 10;

/** Said when a page did not answer in time, and where scripts cannot run when the user asked for its text. */
export const PAGE_DID_NOT_ANSWER = 'The page did not answer: only its title and address were captured.';
const SELECTION_CUT = 'The selection was very long: only its start was read.';

/** What the reader in the page answers: the visible selection, the page described, the link described. */
interface PageAnswer {
  /** `markdown`: the same selection as Markdown, absent when the reader could not make it in time. */
  selection: { text: string; complete: boolean; markdown?: string };
  page?: PageDescription;
  link?: PageDescription;
}
type ReadOutcome = PageAnswer | 'unreadable' | 'timed-out';

/** The tab as a capture takes it; `link` when a link was asked about. */
export interface TabReading extends PageContext {
  link?: PageDescription;
}

// Runs in the page, after page-reader.js: so it is self-contained, and names the global as a string.
function readInPage(global: string, limit: number, nodes: number, ms: number, link: PageFacts | null) {
  const reader = (globalThis as unknown as Record<string, PageReader>)[global]!;
  return {
    selection: (reader.readSelectionWithMarkdown ?? reader.readVisibleSelection)(limit, nodes, ms),
    page: reader.describeThisPage(),
    link: link ? reader.describeLink(link.url, link.title) : null,
  };
}

/** A description from the page, kept only as plain strings of the expected shape. */
function checked(raw: unknown): PageDescription | undefined {
  const found = raw as Partial<PageDescription> | undefined;
  if (typeof found?.title !== 'string' || typeof found.url !== 'string') return undefined;
  const details = Array.isArray(found.content) ? found.content.filter((line) => typeof line === 'string') : [];
  return {
    title: found.title,
    url: found.url,
    kind: typeof found.kind === 'string' ? found.kind : 'page',
    ...(details.length ? { content: details.slice(0, MAX_DETAILS) } : {}),
  } as PageDescription;
}

/**
 * What an injected reader that answers as it runs (page-text.js) answered in
 * the tab's top frame: undefined where scripts cannot run, or 'timed-out' after
 * `ms` (a busy or hung page never holds a capture back for longer).
 */
export async function injectedAnswer(tabId: number, file: '/page-text.js', ms: number): Promise<unknown> {
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
async function readPage(tabId: number, link?: PageFacts): Promise<ReadOutcome> {
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
        func: readInPage,
        // `undefined` is not a value the browser can hand to the page.
        args: [PAGE_READER_GLOBAL, PAGE_SELECTION_LIMIT, READER_MAX_NODES, READER_MAX_MS, link ?? null],
      }),
    )
    .then(([frame]) => {
      const result = frame?.result as
        { selection?: { text?: unknown; complete?: unknown; markdown?: unknown } } | undefined;
      const text = result?.selection?.text;
      if (typeof text !== 'string') return 'unreadable' as const;
      const markdown = result!.selection!.markdown;
      const selection = {
        text: text.slice(0, PAGE_SELECTION_LIMIT),
        complete: result!.selection!.complete !== false,
        ...(typeof markdown === 'string' ? { markdown: markdown.slice(0, PAGE_SELECTION_LIMIT) } : {}),
      };
      const answer = result as { page?: unknown; link?: unknown };
      return { selection, page: checked(answer.page), link: checked(answer.link) };
    })
    .catch(() => 'unreadable' as const);
  try {
    return await Promise.race([read, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The context a description gives: its title (one clean line), URL, kind and content lines. */
function fromDescription({ title, url, kind, content }: PageDescription) {
  return { title: cleanTitle(title, url), url: url || undefined, kind, ...(content ? { details: content } : {}) };
}

/**
 * The tab's page described (its site's recipe where one knows it), with its
 * visible selection, read on demand with activeTab + scripting; `link` is
 * described as well, as the page it leads to. Where scripts cannot run
 * (chrome://, the web store, PDFs, view-source:) or the page does not answer
 * within a second, the background's own description of the title and URL.
 */
export async function readActiveTab(tabId?: number, link?: PageFacts): Promise<TabReading> {
  const tab =
    tabId === undefined
      ? (await browser.tabs.query({ active: true, currentWindow: true }))[0]
      : await browser.tabs.get(tabId);
  if (!tab) return { title: '', kind: 'page', scriptable: false, notices: [] };
  const fallback = {
    ...fromDescription(describeFallback({ url: tab.url ?? '', title: tab.title ?? '' })),
    ...(link ? { link: describeFallback(link) } : {}),
    scriptable: false,
    notices: [] as string[],
  };
  if (tab.id === undefined) return fallback;
  const outcome = await readPage(tab.id, link);
  if (outcome === 'unreadable') return fallback;
  if (outcome === 'timed-out') return { ...fallback, scriptable: true, notices: [PAGE_DID_NOT_ANSWER] };
  const { selection, page } = outcome;
  return {
    ...fallback,
    ...(page ? fromDescription(page) : {}),
    ...(outcome.link ? { link: outcome.link } : {}),
    selection: selection.text.trim() ? selection.text : undefined,
    // Absent when the reader could not make it in time: the plain text is used then, escaped.
    selectionMarkdown: selection.text.trim() ? selection.markdown : undefined,
    scriptable: true,
    notices: selection.complete ? [] : [SELECTION_CUT],
  };
}
