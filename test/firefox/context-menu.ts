import type { Browser } from 'puppeteer-core';
import { evaluateInChrome } from './bidi';
import type { FirefoxPage } from './page';

interface XulPopup extends HTMLElement {
  state: string;
  activateItem(item: Element): void;
}
interface XulMenu extends HTMLElement {
  menupopup: XulPopup;
  openMenu(open: boolean): void;
}

/**
 * Chrome scope: picks the item with this label in the open page context menu.
 * Firefox puts an extension's items in a submenu named after the extension
 * when it has more than one, and only an item on a shown menu can be picked,
 * so that submenu is opened first.
 */
async function pickContextMenuItem(label: string): Promise<string> {
  const menu = document.getElementById('contentAreaContextMenu') as XulPopup;
  const event = (popup: XulPopup, name: string) =>
    new Promise((resolve, reject) => {
      popup.addEventListener(name, resolve, { once: true });
      setTimeout(() => reject(new Error(`No ${name} for ${popup.id || 'a submenu'} within 5 s`)), 5_000);
    });
  const shown = (popup: XulPopup) => (popup.state === 'open' ? undefined : event(popup, 'popupshown'));
  await shown(menu);
  const item = [...menu.querySelectorAll('menuitem')].find((i) => i.getAttribute('label') === label);
  if (!item) throw new Error(`No "${label}" in the context menu`);
  const submenu = item.closest('menu') as XulMenu | null;
  if (submenu) {
    const open = shown(submenu.menupopup);
    submenu.openMenu(true);
    await open;
  }
  const hidden = event(menu, 'popuphidden');
  (item.closest('menupopup') as XulPopup).activateItem(item);
  await hidden;
  return item.id;
}

/**
 * A real right-click on an element of the page, then a click on the context
 * menu's item with this label: Firefox itself builds the menu and fires the
 * extension's `contextMenus.onClicked` with what was under the pointer.
 */
export async function contextMenuClick(browser: Browser, page: FirefoxPage, selector: string, label: string) {
  await page.click(selector, { button: 'right' });
  return evaluateInChrome(browser, pickContextMenuItem, label);
}
