import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { retryingCallHook, type CallHook, type HookCall } from '../browser/hooks';
import { navigate } from './bidi';
import { linesOf, watchExtensionLog } from './log';

export interface LaunchedFirefox {
  browser: Browser;
  /** `moz-extension://<uuid>`: the origin of the extension's pages, fixed before the install. */
  origin: string;
  /** The add-on id of the build (`browser_specific_settings.gecko.id`). */
  geckoId: string;
  /** Calls one of the e2e build's test hooks in the background page. */
  callHook: CallHook;
  /** Reloads the background page, as a browser restart or an update would start it again. */
  restartBackground(): Promise<void>;
  /** Errors and CSP violations of the extension's pages and background since the last take, taken. */
  takeLog(): Promise<{ errors: string[]; cspViolations: string[] }>;
  close(): Promise<void>;
}

type BackgroundAction = { call: HookCall } | { log: string } | { reload: true };

/**
 * Evaluated in an extension tab (so self-contained): what the suite does in
 * the background page, which an MV2 extension's own tabs may reach.
 */
async function inBackground(action: BackgroundAction): Promise<unknown> {
  const { runtime } = (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<unknown> } } })
    .browser;
  // While it reloads there is no background page, or its promise rejects with what the old page left.
  const background = (await runtime.getBackgroundPage().catch(() => null)) as
    (Window & Record<string, unknown> & { console: Console }) | null;
  if (!background) throw new Error('The background is restarting: there is no background page yet');
  if ('log' in action) return background.console.log(action.log);
  if ('reload' in action) return background.location.reload();
  const [global, hook, args] = action.call;
  const hooks = background[global] as Record<string, (...a: unknown[]) => unknown> | undefined;
  if (!hooks) throw new Error('The background is restarting: its test hooks are not there yet');
  return hooks[hook]!(...args);
}

/**
 * Firefox (Debian's firefox-esr, or FIREFOX_PATH) over WebDriver BiDi with an
 * extension build installed as a temporary add-on.
 */
export async function launchFirefox(options: {
  firefoxPath: string;
  extensionDir: string;
  headless: boolean;
}): Promise<LaunchedFirefox> {
  const manifest = JSON.parse(await readFile(path.join(options.extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const geckoId = manifest.browser_specific_settings.gecko.id;
  // Firefox picks a random UUID per install and tells it nowhere but in prefs.js; pinned, the origin is known.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: options.firefoxPath,
    headless: options.headless,
    // Without it BiDi refuses to navigate to moz-extension:// pages and to reach the chrome scope.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      // console.* of content pages (the extension's) to stdout, and not the browser's own (Remote Settings
      // failing offline, say), so that every console line there is a page's.
      'devtools.console.stdout.content': true,
      'devtools.console.stdout.chrome': false,
    },
  });
  const origin = `moz-extension://${uuid}`;
  // Read from the start: what the background logs as it is installed counts too.
  const stdout = linesOf(browser.process()!.stdout!);
  try {
    // Firefox takes an absolute path only.
    await browser.installExtension(path.resolve(options.extensionDir));
    return await connectToBackground(browser, { origin, geckoId, stdout });
  } catch (error) {
    await browser.close();
    throw error;
  }
}

async function connectToBackground(
  browser: Browser,
  { origin, geckoId, stdout }: { origin: string; geckoId: string; stdout: string[] },
): Promise<LaunchedFirefox> {
  const openHookPage = async () => {
    const page = await browser.newPage();
    await navigate(page, `${origin}/blank.html`);
    return page;
  };
  // Opened first, so that the pages a test opens later are the active tabs.
  let hookPage: Page = await openHookPage();
  const livePage = async () => (hookPage.isClosed() ? (hookPage = await openHookPage()) : hookPage);

  const inBackgroundPage = async (action: BackgroundAction) => (await livePage()).evaluate(inBackground, action);
  const callHook = retryingCallHook((call) => inBackgroundPage({ call }), /background is restarting|dead object/i);

  const log = watchExtensionLog(browser, {
    origin,
    stdout,
    logInBackground: async (text) => void (await inBackgroundPage({ log: text })),
  });
  return {
    browser,
    origin,
    geckoId,
    callHook,
    async restartBackground() {
      const before = await callHook('workerStartedAt');
      await inBackgroundPage({ reload: true });
      for (let waited = 0; (await callHook('workerStartedAt')) === before; waited += 100) {
        if (waited > 10_000) throw new Error('The background page did not start again');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    takeLog: () => log.take(),
    close: () => browser.close(),
  };
}
