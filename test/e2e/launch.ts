import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import type { TestHooks } from '../../src/background/test-hooks';
import { TEST_HOOKS_GLOBAL } from '../../src/background/test-hooks-name';

export type CallHook = <K extends keyof TestHooks>(
  name: K,
  ...args: Parameters<TestHooks[K]>
) => Promise<Awaited<ReturnType<TestHooks[K]>>>;

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
    ],
  });
  const ours = (w: Worker) => w.url().endsWith('/background.js');
  const worker =
    context.serviceWorkers().find(ours) ?? (await context.waitForEvent('serviceworker', { predicate: ours }));
  const evaluateHook = (name: string, args: unknown[]) =>
    worker.evaluate(
      ([global, hook, hookArgs]) =>
        (globalThis as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>)[global]![hook]!(
          ...hookArgs,
        ),
      [TEST_HOOKS_GLOBAL, name, args] as const,
    );
  // Right after the browser stopped the worker, a call can meet it restarting: try again briefly.
  const callHook: CallHook = async (name, ...args) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return (await evaluateHook(name, args)) as never;
      } catch (error) {
        const restarting = /restarted|Target closed|Execution context was destroyed/i.test(String(error));
        if (!restarting || attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  };
  return { context, worker, extensionId: new URL(worker.url()).host, callHook };
}
