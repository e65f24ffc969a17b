/**
 * `npm run screenshots`: the store listing's 1280×800 screenshots, made from
 * the demo (scripts/demo/session.ts: the test build in Chromium, signed in to
 * the sandbox) and written to store/screenshots/:
 *   1-quick-add.png    the popup on an article, a task typed with its chips
 *   2-context-menu.png a selection added from the context menu, and its notification
 *   3-settings.png     the settings page: the account and the capture defaults
 * Each is a frame (scripts/demo/store-frame.ts) around screenshots of the real
 * extension, taken at twice the size they are shown at, so they stay sharp.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO } from '../../test/sandbox/seed';
import { root, startDemo, typeInPopup, type Demo } from './session';
import {
  CANVAS,
  OVERLAY_STYLE,
  PAGE_VIEWPORT,
  WINDOW,
  browserWindow,
  contextMenu,
  frameHtml,
  notification,
  placedShot,
  renderFrame,
  type Caption,
} from './store-frame';

const OUT_DIR = path.join(root, 'store/screenshots');
/** A site of the reserved `.example` domain, so that no address in the pictures is the sandbox's. */
const ARTICLE_URL = 'https://fieldnotes.example/2026/five-habits';
/** Screenshots of the extension are taken at this many device pixels per CSS pixel. */
const SHOT_SCALE = 2;

interface Assets {
  icon: Buffer;
  extensionName: string;
  articleUrl: string;
  articleTitle: string;
}

/** Renders a page at SHOT_SCALE device pixels per CSS pixel (Chromium's device metrics, over CDP). */
async function renderSharp(demo: Demo, page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
  const cdp = await demo.extension.context.newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { ...size, deviceScaleFactor: SHOT_SCALE, mobile: false });
}

/** The article (scripts/demo/store-article.html), answered by the browser itself at ARTICLE_URL. */
async function serveArticle(demo: Demo): Promise<string> {
  const html = await readFile(path.join(root, 'scripts/demo/store-article.html'), 'utf8');
  await demo.extension.context.route(`${ARTICLE_URL}*`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
  );
  return ARTICLE_URL;
}

async function openArticle(demo: Demo, assets: Assets): Promise<Page> {
  const article = await demo.extension.context.newPage();
  await article.setViewportSize(PAGE_VIEWPORT);
  await article.goto(assets.articleUrl);
  return article;
}

function caption(assets: Assets, headline: string, text: string): Caption {
  return { icon: assets.icon, headline, text };
}

async function quickAddShot(demo: Demo, assets: Assets): Promise<string> {
  const article = await openArticle(demo, assets);
  const popup = await typeInPopup(demo, article, 'Read this tomorrow 9am #reading ~Reading !2', '.chip--priority');
  await renderSharp(demo, popup, { width: 440, height: 420 });
  const popupPng = await popup.locator('.quick-add').screenshot({ scale: 'device' });
  await article.bringToFront();
  const page = await article.screenshot();
  const popupWidth = 420 * 1.25;
  const stage =
    browserWindow({ tabTitle: assets.articleTitle, icon: assets.icon, page }) +
    placedShot(popupPng, {
      left: WINDOW.left + WINDOW.width - popupWidth - 10,
      top: WINDOW.top + 44,
      width: popupWidth,
    });
  const html = frameHtml(
    caption(
      assets,
      'Add it the way you say it',
      'The date, tags, list and priority turn into chips as you type; the page and your selection go along.',
    ),
    stage,
  );
  const file = path.join(OUT_DIR, '1-quick-add.png');
  await renderFrame(demo.extension.context, html, file);
  await Promise.all([popup.close(), article.close()]);
  return file;
}

/** What the extension asks the browser to show as a notification: recorded in its worker, as it is created. */
async function recordNotifications(
  demo: Demo,
): Promise<() => Promise<{ title: string; message: string; buttons?: { title: string }[] }[]>> {
  type Notifications = { create: (...args: unknown[]) => unknown };
  await demo.extension.worker.evaluate(() => {
    const scope = globalThis as unknown as { chrome: { notifications: Notifications }; __shown: unknown[] };
    const create = scope.chrome.notifications.create.bind(scope.chrome.notifications);
    scope.__shown = [];
    scope.chrome.notifications.create = (...args: unknown[]) => {
      scope.__shown.push(args.find((a) => typeof a === 'object'));
      return create(...args);
    };
  });
  return () =>
    demo.extension.worker.evaluate(
      () => (globalThis as unknown as { __shown: { title: string; message: string }[] }).__shown,
    );
}

async function contextMenuShot(demo: Demo, assets: Assets): Promise<string> {
  const article = await openArticle(demo, assets);
  const selection = await article.evaluate(() => {
    const paragraph = document.querySelectorAll('article p:not(.byline)')[0]!;
    const range = document.createRange();
    range.selectNodeContents(paragraph);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    const rects = [...range.getClientRects()];
    const last = rects.at(-1)!;
    return { text: getSelection()!.toString().trim(), right: last.right, bottom: last.bottom };
  });
  await article.bringToFront();
  const shown = await recordNotifications(demo);
  await demo.extension.callHook('contextMenuClick', {
    menuItemId: 'ttc-add',
    pageUrl: article.url(),
    selectionText: selection.text,
  });
  const [note] = await shown();
  if (!note) throw new Error('The capture showed no notification');
  const titles = await demo.extension.callHook('contextMenuTitles');
  const topLevel = Object.keys(titles).filter((id) => !id.includes(':'));
  const page = await article.screenshot();

  // The menu opens where the pointer released the selection; the notification shows at the top right.
  const menuLeft = WINDOW.left + selection.right - 24;
  const menuTop = WINDOW.top + WINDOW.barHeight + selection.bottom - 6;
  const stage =
    browserWindow({ tabTitle: assets.articleTitle, icon: assets.icon, page }) +
    contextMenu({
      left: menuLeft,
      top: menuTop,
      extensionName: assets.extensionName,
      icon: assets.icon,
      items: topLevel.map((id) => ({
        title: titles[id]!,
        hasChildren: Object.keys(titles).some((other) => other.startsWith(`${id}:`)),
      })),
      picked: titles['ttc-add']!,
    }) +
    notification({
      right: 28,
      top: WINDOW.top + WINDOW.barHeight + 12,
      extensionName: assets.extensionName,
      icon: assets.icon,
      title: note.title,
      message: note.message,
      buttons: (note.buttons ?? []).map((b) => b.title),
    });
  const html = frameHtml(
    caption(
      assets,
      'Right-click to keep what you read',
      'A page, a selection, a link or an image goes to TickTick in one click, confirmed with Open and Undo.',
    ),
    stage,
    { style: OVERLAY_STYLE },
  );
  const file = path.join(OUT_DIR, '2-context-menu.png');
  await renderFrame(demo.extension.context, html, file);
  await article.close();
  return file;
}

async function settingsShot(demo: Demo, assets: Assets): Promise<string> {
  const options = await demo.extension.context.newPage();
  await renderSharp(demo, options, { width: 720, height: 1600 });
  await options.goto(`chrome-extension://${demo.extension.extensionId}/options.html`);
  await options.getByText(`signed in as ${DEMO.username}`).waitFor();
  await options.getByLabel('Default list').selectOption({ label: '📚 Reading list' });
  await options.getByLabel('Default tags').fill('#reading #web');
  await options.getByLabel('Default tags').blur();
  // Each change says "Saved" for a moment: the screenshot is taken once it has gone again.
  await options.locator('.saved', { hasText: 'Saved' }).waitFor();
  await options.waitForFunction(() => !document.querySelector('.saved')?.textContent);
  const account = await options.locator('section[aria-labelledby="account-heading"]').screenshot({ scale: 'device' });
  const defaults = await options.locator('section[aria-labelledby="defaults-heading"]').screenshot({ scale: 'device' });
  // Shown at the page's own size, one above the other, beside the caption.
  const width = 640;
  const left = CANVAS.width - 64 - width;
  const accountHeight = (await options.locator('section[aria-labelledby="account-heading"]').boundingBox())!.height;
  const defaultsHeight = (await options.locator('section[aria-labelledby="defaults-heading"]').boundingBox())!.height;
  const top = Math.round((CANVAS.height - accountHeight - 24 - defaultsHeight) / 2);
  const stage =
    placedShot(account, { left, top, width }) + placedShot(defaults, { left, top: top + accountHeight + 24, width });
  const html = frameHtml(
    caption(
      assets,
      'Your account, your defaults',
      'Sign in with an API token, TickTick’s own sign-in or your account; pick the list, tags and note captures start with.',
    ),
    stage,
    { captionLeft: true },
  );
  const file = path.join(OUT_DIR, '3-settings.png');
  await renderFrame(demo.extension.context, html, file);
  await options.close();
  return file;
}

function warnWithoutEmojiFont(): void {
  const fonts = execFileSync('fc-list', { encoding: 'utf8' });
  if (!/emoji/i.test(fonts)) {
    console.warn(
      'No colour emoji font: list names like "📚 Reading list" will show boxes (apt-get install fonts-noto-color-emoji).',
    );
  }
}

warnWithoutEmojiFont();
const demo = await startDemo({ headless: true, readableHosts: [`${new URL(ARTICLE_URL).origin}/*`] });
try {
  await mkdir(OUT_DIR, { recursive: true });
  const messages = JSON.parse(await readFile(path.join(root, 'public/_locales/en/messages.json'), 'utf8'));
  const assets: Assets = {
    icon: await readFile(path.join(root, 'public/icon/128.png')),
    extensionName: messages.extName.message,
    articleUrl: await serveArticle(demo),
    articleTitle: 'Five habits of people who never lose a task',
  };
  const files = [
    await quickAddShot(demo, assets),
    await contextMenuShot(demo, assets),
    await settingsShot(demo, assets),
  ];
  console.log(`Store screenshots (1280×800): ${files.map((f) => path.relative(root, f)).join(', ')}`);
  await demo.shutDown(0);
} catch (error) {
  console.error('The screenshots failed:', error);
  await demo.shutDown(1);
}
