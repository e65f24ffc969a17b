import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { retryingCallHook, type CallHook, type HookCall } from '../browser/hooks';

export interface LaunchedExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Calls one of the e2e build's test hooks inside the service worker. */
  callHook: CallHook;
}

/**
 * Chromium (Debian's, or CHROMIUM_PATH) with an extension build loaded, with the
 * flags this machine needs. Used by the browser tests and by `npm run demo`.
 */
export async function launchExtension(options: {
  extensionDir: string;
  profileDir: string;
  chromiumPath: string;
  headless: boolean;
  /** Other unpacked extensions to load beside it (the benchmark's empty-worker floor). */
  alongside?: string[];
  /** The page that wakes the worker before each call: blank.html, which only test builds carry, unless given. */
  wakePage?: string;
  /** More flags (the host mapping of test/browser/site-pages.ts). */
  args?: string[];
}): Promise<LaunchedExtension> {
  const extensions = [options.extensionDir, ...(options.alongside ?? [])].join(',');
  const context = await chromium.launchPersistentContext(options.profileDir, {
    executablePath: options.chromiumPath,
    headless: options.headless,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extensions}`,
      `--load-extension=${extensions}`,
      ...(options.args ?? []),
    ],
  });
  const ours = (w: Worker) => w.url().endsWith('/background.js');
  const worker =
    context.serviceWorkers().find(ours) ?? (await context.waitForEvent('serviceworker', { predicate: ours }));
  const extensionId = new URL(worker.url()).host;

  /**
   * The worker as it runs now. Evaluating in a worker the browser has stopped
   * brings the whole browser down, and a stopped worker does not say so; a
   * message from an extension page wakes it (as any event would) and is answered
   * only once it runs, so every call sends one first.
   */
  const openWakePage = async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${options.wakePage ?? 'blank.html'}`);
    return page;
  };
  // Opened first, so that the pages a test opens later are the active tabs.
  let wakePage: Page = await openWakePage();
  async function liveWorker(): Promise<Worker> {
    if (wakePage.isClosed()) wakePage = await openWakePage();
    await wakePage.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({ type: 'ping', payload: {} }),
    );
    // The newest: a worker stopped from DevTools stays listed after a new one has started.
    return (
      context.serviceWorkers().filter(ours).at(-1) ??
      (await context.waitForEvent('serviceworker', { predicate: ours, timeout: 10_000 }))
    );
  }

  const evaluateHook = (target: Worker, call: HookCall) =>
    target.evaluate(
      ([global, hook, hookArgs]) =>
        (globalThis as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>)[global]![hook]!(
          ...hookArgs,
        ),
      call,
    );
  // The browser may stop the worker between calls, or a call may meet it restarting: find it, wake it, try again.
  const callHook = retryingCallHook(
    async (call) => evaluateHook(await liveWorker(), call),
    /restarted|closed|Execution context was destroyed/i,
  );
  return { context, worker, extensionId, callHook };
}
