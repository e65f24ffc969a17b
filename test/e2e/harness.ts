import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { inject } from 'vitest';
import type { CallHook } from '../browser/hooks';
import { useBrowserRun, type BrowserRun } from '../browser/lifecycle';
import { isRunPage, sendRuntimeMessage } from '../browser/pages';
import type { Sandbox, SandboxOptions } from '../sandbox/server';
import { launchExtension } from './launch';

export const chromiumPath = inject('chromiumPath');
/** For `describe.skipIf`: browser tests are skipped (loudly, by global setup) only off CI without Chromium. */
export const noChromium = chromiumPath === '';

export interface ExtensionSession extends BrowserRun {
  context: BrowserContext;
  worker: Worker;
  /** Stops the service worker the way chrome://serviceworker-internals does; the next event starts it again. */
  stopWorker(): Promise<void>;
  extensionId: string;
  sandbox: Sandbox;
  /** Opens an extension page (e.g. `popup.html`) and records its console errors and CSP violations. */
  openPage(file: string): Promise<WatchedPage>;
  callHook: CallHook;
  /** CSP violations on the extension's pages since the last test; each test ends with none. */
  cspViolations: string[];
}

export interface WatchedPage {
  page: Page;
  consoleErrors: string[];
  cspViolations(): Promise<string[]>;
}

/**
 * Reports `securitypolicyviolation` events into a list the test can read, and
 * to the session, which fails any test during which one of the extension's own
 * pages had one: every page, however a test uses it, is held to the CSP.
 */
function recordCspViolations() {
  const violations: string[] = [];
  (window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
  document.addEventListener('securitypolicyviolation', (event) => {
    const text = `${event.violatedDirective}: ${event.blockedURI || event.sample}`;
    violations.push(text);
    (window as unknown as { __ttcReportCsp?: (text: string) => void }).__ttcReportCsp?.(text);
  });
}

/**
 * A fresh Chromium profile with the e2e build loaded and a sandbox it talks to,
 * for the tests of one file. Everything started here is stopped in afterAll.
 */
export function useExtension(
  options: SandboxOptions = {},
  browser: { args?: () => string[] } = {},
): () => ExtensionSession {
  return useBrowserRun((sandbox) => launchSession(sandbox, browser.args?.() ?? []), options);
}

async function launchSession(sandbox: Sandbox, args: string[]): Promise<ExtensionSession> {
  const extensionDir = inject('e2eExtensionDir');
  const profileDir = await mkdtemp(path.join(tmpdir(), 'ttc-e2e-'));
  const { context, worker, extensionId, callHook } = await launchExtension({
    extensionDir,
    profileDir,
    chromiumPath,
    headless: true,
    args,
  }).catch(async (error: unknown) => {
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  });
  // Fail fast: Playwright waits forever for an element by default.
  context.setDefaultTimeout(10_000);
  const cspViolations: string[] = [];
  await context.exposeBinding('__ttcReportCsp', ({ page }, text: string) => {
    const url = page?.url() ?? '';
    if (url.startsWith('chrome-extension://')) cspViolations.push(`${url}: ${text}`);
  });
  await context.addInitScript(recordCspViolations);

  return {
    context,
    worker,
    async stopWorker() {
      const internals = await context.newPage();
      await internals.goto('chrome://serviceworker-internals/');
      // A fresh profile has one registration: this extension's worker.
      await internals.getByText(`chrome-extension://${extensionId}/background.js`).first().waitFor();
      await internals.locator('cr-button[data-command="stop"]').first().click();
      await internals.close();
    },
    extensionId,
    sandbox,
    callHook,
    cspViolations,
    takeProblems: async () => ({ 'CSP violations on extension pages': cspViolations.splice(0) }),
    async closeTestPages() {
      const opened = context.pages().filter((page) => !isRunPage(page.url()));
      await Promise.all(opened.map((page) => page.close().catch(() => undefined)));
    },
    async close() {
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
    },
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
}

/** Sends a runtime message from inside a page, as that page's own code would. */
export function sendFromPage(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate(sendRuntimeMessage, message);
}
