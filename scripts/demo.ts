/**
 * `npm run demo`: the whole flow without a TickTick account. Starts the sandbox
 * with a demo account, builds the test build, opens Chromium with the extension
 * pointed at the sandbox and signed in (scripts/demo/session.ts). With a display
 * you can click around; without one it captures a page through the popup and
 * writes screenshots of the popup and the options page to .output/demo/.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { DEMO } from '../test/sandbox/seed';
import { root, startDemo, typeInPopup } from './demo/session';

const headless = !process.env.DISPLAY || process.env.DEMO_HEADLESS === '1';
const outDir = path.join(root, '.output/demo');

const demo = await startDemo({ headless });
const { extension, sandbox } = demo;

try {
  const article = await extension.context.newPage();
  await article.goto(`${sandbox.url}/__sandbox/article`);

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
  const popup = await typeInPopup(
    demo,
    article,
    'Read this tomorrow 9am #reading !2 ~Reading remind 30m before',
    '.chip--reminder',
  );
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
  await demo.shutDown(task ? 0 : 1);
} catch (error) {
  console.error('The demo failed:', error);
  await demo.shutDown(1);
}
