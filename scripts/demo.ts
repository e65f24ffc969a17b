/**
 * `npm run demo`: the whole flow without a TickTick account. Starts the sandbox
 * with a demo account, builds the test build, opens Chromium with the extension
 * pointed at the sandbox and signed in. With a display you can click around;
 * without one it captures a page through the popup and writes screenshots of
 * the popup and the options page to .output/demo/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchExtension } from '../test/e2e/launch';
import { DEMO } from '../test/sandbox/seed';
import { startSandbox } from '../test/sandbox/server';

const root = fileURLToPath(new URL('..', import.meta.url));
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const headless = !process.env.DISPLAY || process.env.DEMO_HEADLESS === '1';
const outDir = path.join(root, '.output/demo');

if (!existsSync(chromiumPath)) {
  console.error(`The demo needs Chromium at ${chromiumPath}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
  process.exit(1);
}

console.log('Building the test build of the extension…');
const { NODE_ENV: _ignored, ...env } = process.env;
execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: root, env, stdio: 'ignore' });

const sandbox = await startSandbox({ port: Number(process.env.SANDBOX_PORT ?? 0), autoApproveOAuth: true });
const profileDir = await mkdtemp(path.join(tmpdir(), 'ttc-demo-'));
const extension = await launchExtension({
  extensionDir: path.join(root, '.output/chrome-mv3-e2e'),
  profileDir,
  chromiumPath,
  headless,
});

async function shutDown(code = 0): Promise<never> {
  await extension.context.close().catch(() => undefined);
  await sandbox.stop();
  await rm(profileDir, { recursive: true, force: true });
  process.exit(code);
}
process.on('SIGINT', () => void shutDown());
process.on('SIGTERM', () => void shutDown());

try {
  await extension.callHook('setApiOrigin', sandbox.url);
  await extension.callHook('signInV2', DEMO.username, DEMO.password);
  await extension.callHook('refreshProjects');
  const articleUrl = `${sandbox.url}/__sandbox/article`;
  const article = await extension.context.newPage();
  await article.goto(articleUrl);

  if (!headless) {
    const options = await extension.context.newPage();
    await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
    await article.bringToFront();
    console.log(`
The demo is running: Chromium has TickTick Capture, signed in to the sandbox as ${DEMO.username}.
Open the extension from the toolbar (or Alt+Shift+T) on the article tab, right-click a link or a selection,
or press Alt+Shift+S. Tasks land in the sandbox at ${sandbox.url}. Press Ctrl+C to stop.`);
    await new Promise(() => undefined);
  }

  await mkdir(outDir, { recursive: true });
  await article.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('quote')!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  const tabId = await extension.callHook('tabIdOf', articleUrl);
  await extension.callHook('setCaptureSettings', { closePopupAfterSave: false });
  const popup = await extension.context.newPage();
  await popup.setViewportSize({ width: 440, height: 420 });
  await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForFunction(() => (document.getElementById('quick-add-title') as HTMLInputElement | null)?.value);
  await popup.fill('#quick-add-title', 'Read this tomorrow 9am #reading !2 ~Reading remind 30m before');
  await popup.waitForSelector('.chip--reminder');
  await popup.screenshot({ path: path.join(outDir, 'popup-typing.png') });
  await popup.press('#quick-add-title', 'Enter');
  await popup.getByText('Added to TickTick').waitFor();
  await popup.screenshot({ path: path.join(outDir, 'popup-saved.png') });

  const options = await extension.context.newPage();
  await options.setViewportSize({ width: 900, height: 1200 });
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  await options.getByText(`signed in as ${DEMO.username}`).waitFor();
  await options.screenshot({ path: path.join(outDir, 'options.png'), fullPage: true });

  const task = sandbox.state.tasksOf(DEMO.userId).find((t) => t.title === 'Read this');
  console.log(
    `Captured into the sandbox: ${JSON.stringify(task && { title: task.title, due: task.dueDate, tags: task.tags, priority: task.priority })}`,
  );
  console.log(
    `Screenshots: ${['popup-typing.png', 'popup-saved.png', 'options.png'].map((f) => path.join('.output/demo', f)).join(', ')}`,
  );
  await shutDown(task ? 0 : 1);
} catch (error) {
  console.error('The demo failed:', error);
  await shutDown(1);
}
