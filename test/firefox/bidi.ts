import type { Browser, Page } from 'puppeteer-core';

/**
 * The WebDriver BiDi connection under a puppeteer Browser launched for
 * Firefox: puppeteer's BidiBrowser has it, its public type does not say so.
 */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

const connectionOf = (browser: Browser) => (browser as unknown as { connection: BidiConnection }).connection;

/** The BiDi browsing context of a page's top frame (puppeteer's BidiFrame keeps it as `_id`). */
const contextOf = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;

/**
 * Loads a URL in the page and waits for its load event. puppeteer's
 * `page.goto` never resolves for moz-extension:// pages (Firefox does not
 * report their navigation the way puppeteer waits for it), so the BiDi command
 * is sent as it is, with `wait: 'complete'`: its default, 'none', answers while
 * the document is still loading.
 */
export async function navigate(page: Page, url: string): Promise<void> {
  await connectionOf(page.browser()).send('browsingContext.navigate', {
    context: contextOf(page),
    url,
    wait: 'complete',
  });
}

/**
 * Runs a self-contained function in the browser window's own (chrome) scope,
 * where `Services`, `Ci` and the browser's menus are, and answers its
 * JSON-serializable result. Firefox allows it only when started with
 * --remote-allow-system-access.
 */
export async function evaluateInChrome<A, T>(browser: Browser, fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> {
  const connection = connectionOf(browser);
  const { result: tree } = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as {
    result: { contexts: { context: string }[] };
  };
  const { result } = (await connection.send('script.evaluate', {
    expression: `(async () => JSON.stringify(await (${fn.toString()})(${JSON.stringify(arg)})))()`,
    target: { context: tree.contexts[0]!.context },
    awaitPromise: true,
  })) as { result: EvaluateResult };
  if (result.type === 'exception') throw new Error(`In Firefox's chrome scope: ${result.exceptionDetails?.text}`);
  const json = result.result?.value;
  return (typeof json === 'string' ? JSON.parse(json) : undefined) as T;
}
