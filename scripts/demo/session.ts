/**
 * The demo's parts, shared by `npm run demo` (scripts/demo.ts) and the store
 * screenshots (scripts/demo/store-screenshots.ts): the test build of the
 * extension in Chromium, signed in to a sandbox TickTick with a demo account.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { selectQuote } from '../../test/browser/pages';
import { launchExtension, type LaunchedExtension } from '../../test/e2e/launch';
import { DEMO } from '../../test/sandbox/seed';
import { startSandbox, type Sandbox } from '../../test/sandbox/server';

export const root = fileURLToPath(new URL('../..', import.meta.url));

export interface Demo {
  extension: LaunchedExtension;
  sandbox: Sandbox;
  /** Closes Chromium and the sandbox, removes the profile, and exits with this code. */
  shutDown(code?: number): Promise<never>;
}

/**
 * A copy of the test build that may also read pages of these hosts, as
 * activeTab lets the extension read the tab a user invokes it on (a test
 * cannot click the toolbar button, so nothing grants activeTab here).
 */
async function withReadableHosts(buildDir: string, copyDir: string, hosts: string[]): Promise<string> {
  await cp(buildDir, copyDir, { recursive: true });
  const manifestPath = path.join(copyDir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions.push(...hosts);
  await writeFile(manifestPath, JSON.stringify(manifest));
  return copyDir;
}

export async function startDemo(options: { headless: boolean; readableHosts?: string[] }): Promise<Demo> {
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromiumPath)) {
    console.error(`The demo needs Chromium at ${chromiumPath}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
    process.exit(1);
  }
  console.log('Building the test build of the extension…');
  const { NODE_ENV: _ignored, ...env } = process.env;
  execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: root, env, stdio: 'ignore' });

  const sandbox = await startSandbox({ port: Number(process.env.SANDBOX_PORT ?? 0), autoApproveOAuth: true });
  const profileDir = await mkdtemp(path.join(tmpdir(), 'ttc-demo-'));
  const buildDir = path.join(root, '.output/chrome-mv3-e2e');
  const extension = await launchExtension({
    extensionDir: options.readableHosts
      ? await withReadableHosts(buildDir, `${profileDir}-extension`, options.readableHosts)
      : buildDir,
    profileDir,
    chromiumPath,
    headless: options.headless,
  });
  async function shutDown(code = 0): Promise<never> {
    await extension.context.close().catch(() => undefined);
    await sandbox.stop();
    await rm(profileDir, { recursive: true, force: true });
    await rm(`${profileDir}-extension`, { recursive: true, force: true });
    process.exit(code);
  }
  process.on('SIGINT', () => void shutDown());
  process.on('SIGTERM', () => void shutDown());
  try {
    await extension.callHook('setApiOrigin', sandbox.url);
    await extension.callHook('signInV2', DEMO.username, DEMO.password);
    await extension.callHook('refreshProjects');
  } catch (error) {
    console.error('The demo could not sign in to the sandbox:', error);
    return shutDown(1);
  }
  return { extension, sandbox, shutDown };
}

/**
 * The popup opened on a page whose `#quote` is selected (as the toolbar button
 * would open it on that tab), with `text` typed and its chips shown up to the
 * one `lastChip` selects. It stays open after saving, so what it says then can be seen.
 */
export async function typeInPopup(demo: Demo, article: Page, text: string, lastChip: string): Promise<Page> {
  const { extension } = demo;
  await article.evaluate(selectQuote);
  const tabId = await extension.callHook('tabIdOf', article.url());
  await extension.callHook('setCaptureSettings', { closePopupAfterSave: false });
  const popup = await extension.context.newPage();
  await popup.setViewportSize({ width: 440, height: 420 });
  await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForFunction(() => (document.getElementById('quick-add-title') as HTMLInputElement | null)?.value);
  await popup.fill('#quick-add-title', text);
  await popup.waitForSelector(lastChip);
  return popup;
}
