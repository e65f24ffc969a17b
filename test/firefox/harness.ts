import { inject } from 'vitest';
import { useBrowserRun, type BrowserRun } from '../browser/lifecycle';
import { isRunPage } from '../browser/pages';
import type { SandboxOptions } from '../sandbox/server';
import { navigate } from './bidi';
import { launchFirefox, type LaunchedFirefox } from './launch';
import { FirefoxPage } from './page';

export const firefoxPath = inject('firefoxPath');
/** For `describe.skipIf`: the Firefox suite is skipped (loudly, by its global setup) only off CI without Firefox. */
export const noFirefox = firefoxPath === '';

export interface FirefoxSession extends LaunchedFirefox, BrowserRun {
  /** Opens one of the extension's pages (e.g. `popup.html`) in a new tab, in front. */
  openPage(file: string): Promise<FirefoxPage>;
  /** Opens a web page in a new tab, in front. */
  openWebPage(url: string): Promise<FirefoxPage>;
}

/**
 * A fresh Firefox profile with the Firefox e2e build installed and a sandbox
 * it talks to, for the tests of one file. Each test ends with no error and no
 * CSP violation logged by the extension's pages or its background.
 */
export function useFirefox(options: SandboxOptions = {}): () => FirefoxSession {
  return useBrowserRun(async (sandbox) => {
    const firefox = await launchFirefox({ firefoxPath, extensionDir: inject('firefoxExtensionDir'), headless: true });
    const open = async (url: string) => {
      const page = await firefox.browser.newPage();
      page.setDefaultTimeout(10_000);
      await navigate(page, url);
      await page.bringToFront();
      return new FirefoxPage(page);
    };
    return {
      ...firefox,
      sandbox,
      async takeProblems() {
        const { errors, cspViolations } = await firefox.takeLog();
        return {
          'CSP violations on extension pages': cspViolations,
          'errors on extension pages and in the background': errors,
        };
      },
      async closeTestPages() {
        const opened = (await firefox.browser.pages()).filter((page) => !isRunPage(page.url()));
        await Promise.all(opened.map((page) => page.close().catch(() => undefined)));
      },
      openPage: (file) => open(`${firefox.origin}/${file}`),
      openWebPage: open,
    };
  }, options);
}
