/**
 * The store screenshots' frame: a 1280×800 canvas with a caption on top and,
 * below it, screenshots of the real extension (and of the page it was used on)
 * laid out as a user sees them. What cannot be captured headless, the
 * browser's own context menu and notification, is drawn here from what the
 * extension gave the browser (its menu titles, its notification's text).
 */
import type { BrowserContext } from 'playwright-core';

export const CANVAS = { width: 1280, height: 800 };
/** Where the browser window sits on the canvas, below the caption. */
export const WINDOW = { left: 48, top: 168, width: 1184, height: 600, barHeight: 40 };
/** The page area inside the window, the size to take the page's screenshot at. */
export const PAGE_VIEWPORT = { width: WINDOW.width, height: WINDOW.height - WINDOW.barHeight };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function dataUrl(png: Buffer): string {
  return `data:image/png;base64,${png.toString('base64')}`;
}

const STYLE = `
* { box-sizing: border-box; }
body { margin: 0; width: ${CANVAS.width}px; height: ${CANVAS.height}px; overflow: hidden; position: relative;
  font-family: 'DejaVu Sans', sans-serif; color: #1d1f23;
  background: linear-gradient(160deg, #eef3ff 0%, #dfe7fb 55%, #d3ddf7 100%); }
.caption { position: absolute; left: 56px; top: 40px; right: 56px; display: flex; gap: 22px; align-items: center; }
.caption--left { top: 0; bottom: 0; right: auto; width: 460px; flex-direction: column; align-items: flex-start;
  justify-content: center; gap: 26px; }
.caption--left h1 { font-size: 40px; margin-bottom: 16px; }
.caption--left p { font-size: 20px; line-height: 1.5; }
.caption img { width: 72px; height: 72px; }
.caption h1 { margin: 0 0 8px; font-size: 34px; line-height: 1.15; letter-spacing: -0.01em; }
.caption p { margin: 0; font-size: 19px; line-height: 1.4; color: #4a5160; }
.window { position: absolute; left: ${WINDOW.left}px; top: ${WINDOW.top}px; width: ${WINDOW.width}px;
  height: ${WINDOW.height}px; border-radius: 12px; overflow: hidden; background: #fff;
  box-shadow: 0 24px 60px rgba(31, 45, 90, 0.28), 0 2px 6px rgba(31, 45, 90, 0.12); }
.bar { height: ${WINDOW.barHeight}px; display: flex; align-items: center; gap: 8px; padding: 0 14px;
  background: #e9ecf2; border-bottom: 1px solid #d5d9e1; }
.dot { width: 12px; height: 12px; border-radius: 50%; background: #c7ccd6; }
.tab { margin-left: 14px; padding: 6px 16px; border-radius: 8px 8px 0 0; background: #fff; font-size: 13px;
  color: #3b4150; align-self: flex-end; max-width: 420px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.toolbar-icon { margin-left: auto; width: 26px; height: 26px; padding: 3px; border-radius: 6px; background: #d6dcf0; }
.page { display: block; width: ${PAGE_VIEWPORT.width}px; height: ${PAGE_VIEWPORT.height}px; }
.shot { position: absolute; border-radius: 10px; background: #fff;
  box-shadow: 0 18px 44px rgba(31, 45, 90, 0.30), 0 1px 3px rgba(31, 45, 90, 0.18); }
`;

export interface Caption {
  icon: Buffer;
  headline: string;
  text: string;
}

/**
 * The whole canvas: the caption (on top, or in a column on the left), then
 * `stage` (absolutely placed HTML, e.g. `browserWindow`'s).
 */
export function frameHtml(
  caption: Caption,
  stage: string,
  options: { style?: string; captionLeft?: boolean } = {},
): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>${STYLE}${options.style ?? ''}</style></head><body>
<div class="caption${options.captionLeft ? ' caption--left' : ''}"><img src="${dataUrl(caption.icon)}" alt="">
<div><h1>${escapeHtml(caption.headline)}</h1><p>${escapeHtml(caption.text)}</p></div></div>
${stage}</body></html>`;
}

/** A plain browser window around a page's screenshot, the extension's button in its toolbar. */
export function browserWindow(window: { tabTitle: string; icon: Buffer; page: Buffer }): string {
  return `<div class="window"><div class="bar"><span class="dot"></span><span class="dot"></span><span class="dot"></span>
<span class="tab">${escapeHtml(window.tabTitle)}</span><img class="toolbar-icon" src="${dataUrl(window.icon)}" alt=""></div>
<img class="page" src="${dataUrl(window.page)}" alt=""></div>`;
}

/** A screenshot placed on the canvas at CSS pixels (taken at a higher scale, it stays sharp). */
export function placedShot(png: Buffer, box: { left: number; top: number; width: number }): string {
  return `<img class="shot" src="${dataUrl(png)}" alt="" style="left:${box.left}px;top:${box.top}px;width:${box.width}px">`;
}

/** Renders a frame at exactly the canvas size and writes it as a PNG. */
export async function renderFrame(context: BrowserContext, html: string, file: string): Promise<void> {
  const page = await context.newPage();
  await page.setViewportSize(CANVAS);
  await page.setContent(html);
  await page.waitForFunction(() => [...document.images].every((image) => image.complete && image.naturalWidth > 0));
  await page.screenshot({ path: file });
  await page.close();
}

const MENU_WIDTH = 240;
/** The extension's item in the menu: below the menu's padding, Copy and the separator. */
const SUBMENU_OFFSET = 6 + 32 + 13 - 6;
const MENU_STYLE = `
.menu { position: absolute; width: ${MENU_WIDTH}px; padding: 6px 0; border-radius: 8px; background: #fff; font-size: 14px;
  box-shadow: 0 10px 30px rgba(31, 45, 90, 0.28), 0 0 0 1px rgba(31, 45, 90, 0.08); }
.menu div { display: flex; align-items: center; gap: 10px; height: 32px; padding: 0 18px; color: #1f2329; }
.menu .on { background: #e3e9fb; }
.menu .more::after { content: '›'; margin-left: auto; padding-left: 24px; font-size: 17px; color: #60677a; }
.menu hr { margin: 6px 0; border: 0; border-top: 1px solid #e3e6ec; }
.menu img { width: 16px; height: 16px; }
.menu .keys { margin-left: auto; padding-left: 24px; color: #7a8090; font-size: 13px; }
.note { position: absolute; width: 380px; padding: 14px 16px 10px; border-radius: 12px; background: #fff;
  box-shadow: 0 18px 44px rgba(31, 45, 90, 0.30), 0 0 0 1px rgba(31, 45, 90, 0.06); }
.note .from { display: flex; align-items: center; gap: 8px; font-size: 12px; color: #667085; margin-bottom: 10px; }
.note .from img { width: 16px; height: 16px; }
.note .body { display: flex; gap: 14px; }
.note .body > img { width: 48px; height: 48px; }
.note strong { display: block; font-size: 15px; margin-bottom: 3px; }
.note .message { font-size: 14px; line-height: 1.4; color: #3b4150; white-space: pre-line; }
.note .buttons { display: flex; gap: 6px; margin-top: 12px; padding-top: 8px; border-top: 1px solid #eceef2; }
.note .buttons span { padding: 6px 14px; border-radius: 6px; font-size: 13px; font-weight: 600; color: #3561e6; }
`;

export const OVERLAY_STYLE = MENU_STYLE;

/**
 * Chromium's context menu on a selection as it shows an extension with more
 * than one item: the browser's Copy, then the extension's submenu, opened on
 * the item that was clicked.
 */
export function contextMenu(menu: {
  left: number;
  top: number;
  extensionName: string;
  icon: Buffer;
  /** The extension's top-level items, in order; `picked` is highlighted, items with children get a ›. */
  items: { title: string; hasChildren: boolean }[];
  picked: string;
}): string {
  const items = menu.items
    .map(
      (item) =>
        `<div class="${[item.title === menu.picked ? 'on' : '', item.hasChildren ? 'more' : ''].join(' ')}">${escapeHtml(item.title)}</div>`,
    )
    .join('');
  return `<div class="menu" style="left:${menu.left}px;top:${menu.top}px">
<div>Copy<span class="keys">Ctrl+C</span></div><hr>
<div class="on more"><img src="${dataUrl(menu.icon)}" alt="">${escapeHtml(menu.extensionName)}</div></div>
<div class="menu" style="left:${menu.left + MENU_WIDTH - 2}px;top:${menu.top + SUBMENU_OFFSET}px">${items}</div>`;
}

/** A system notification with what the extension asked the browser to show. */
export function notification(note: {
  right: number;
  top: number;
  extensionName: string;
  icon: Buffer;
  title: string;
  message: string;
  buttons: string[];
}): string {
  const buttons = note.buttons.map((b) => `<span>${escapeHtml(b)}</span>`).join('');
  return `<div class="note" style="right:${note.right}px;top:${note.top}px">
<div class="from"><img src="${dataUrl(note.icon)}" alt="">${escapeHtml(note.extensionName)}</div>
<div class="body"><img src="${dataUrl(note.icon)}" alt=""><div><strong>${escapeHtml(note.title)}</strong>
<div class="message">${escapeHtml(note.message)}</div></div></div>
${buttons ? `<div class="buttons">${buttons}</div>` : ''}</div>`;
}
