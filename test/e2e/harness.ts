import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { TEST_HOOKS_GLOBAL, type TestHooks } from '../../src/background/test-hooks';
import { Sandbox, type SandboxOptions } from '../sandbox/server';

export const chromiumPath = inject('chromiumPath');
/** For `describe.skipIf`: browser tests are skipped (loudly, by global setup) only off CI without Chromium. */
export const noChromium = chromiumPath === '';

export interface ExtensionSession {
  context: BrowserContext;
  /** The current service worker (a new one after `stopWorker`). */
  worker: Worker;
  /** Waits for the service worker to run again (after an event woke it). */
  awaitWorker(): Promise<Worker>;
  extensionId: string;
  sandbox: Sandbox;
  /** Opens an extension page (e.g. `popup.html`) and records its console errors and CSP violations. */
  openPage(file: string): Promise<WatchedPage>;
  /** Calls one of the e2e build's test hooks inside the service worker. */
  callHook<K extends keyof TestHooks>(
    name: K,
    ...args: Parameters<TestHooks[K]>
  ): Promise<Awaited<ReturnType<TestHooks[K]>>>;
}

export interface WatchedPage {
  page: Page;
  consoleErrors: string[];
  cspViolations(): Promise<string[]>;
}

/** Reports `securitypolicyviolation` events into a list the test can read. */
function recordCspViolations() {
  const violations: string[] = [];
  (window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
  document.addEventListener('securitypolicyviolation', (event) => {
    violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
  });
}

/**
 * A fresh Chromium profile with the e2e build loaded and a sandbox it talks to,
 * for the tests of one file. Everything started here is stopped in afterAll.
 */
export function useExtension(options: SandboxOptions = {}): () => ExtensionSession {
  let session: ExtensionSession | undefined;
  let profileDir = '';

  beforeAll(async () => {
    const extensionDir = inject('e2eExtensionDir');
    const sandbox = new Sandbox(options);
    await sandbox.start();
    profileDir = await mkdtemp(path.join(tmpdir(), 'ttc-e2e-'));
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: chromiumPath,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
      ],
    });
    // Fail fast: Playwright waits forever for an element by default.
    context.setDefaultTimeout(10_000);
    await context.addInitScript(recordCspViolations);
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    let current = worker;
    const callHook: ExtensionSession['callHook'] = (name, ...args) =>
      current.evaluate(
        ([global, hook, hookArgs]) =>
          (globalThis as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>)[global]![hook]!(
            ...hookArgs,
          ),
        [TEST_HOOKS_GLOBAL, name, args] as const,
      ) as never;
    await callHook('setApiOrigin', sandbox.url);

    const ours = (w: Worker) => w.url().startsWith(`chrome-extension://${extensionId}/`);
    const awaitWorker = async () => {
      current =
        context.serviceWorkers().find(ours) ?? (await context.waitForEvent('serviceworker', { predicate: ours }));
      return current;
    };
    session = {
      context,
      get worker() {
        return current;
      },
      awaitWorker,
      extensionId,
      sandbox,
      callHook,
      async openPage(file) {
        const page = await context.newPage();
        const consoleErrors: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error') consoleErrors.push(message.text());
        });
        page.on('pageerror', (error) => consoleErrors.push(error.message));
        await page.goto(`chrome-extension://${extensionId}/${file}`);
        return {
          page,
          consoleErrors,
          cspViolations: () =>
            page.evaluate(() => [...(window as unknown as { __cspViolations: string[] }).__cspViolations]),
        };
      },
    };
  });

  afterAll(async () => {
    await session?.context.close();
    await session?.sandbox.stop();
    if (profileDir) await rm(profileDir, { recursive: true, force: true });
  });

  return () => {
    if (!session) throw new Error('The extension session is not started');
    return session;
  };
}

/** Sends a runtime message from inside a page, as that page's own code would. */
export function sendFromPage(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate(
    (msg) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage(msg),
    message,
  );
}
