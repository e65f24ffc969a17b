import { browser } from 'wxt/browser';
import type { PageContext } from '../messaging/protocol';
import { cleanTitle } from '../capture/sanitize';
import { PAGE_SELECTION_LIMIT } from '../messaging/schemas';

/**
 * The active tab's title, URL and selection, read on demand with activeTab +
 * scripting. Where scripts cannot run (chrome://, the web store, PDFs,
 * view-source:), the title and URL are all there is.
 */
export async function readActiveTab(tabId?: number): Promise<PageContext> {
  const tab =
    tabId === undefined
      ? (await browser.tabs.query({ active: true, currentWindow: true }))[0]
      : await browser.tabs.get(tabId);
  if (!tab) return { title: '', scriptable: false };
  const base = { title: cleanTitle(tab.title, tab.url), url: tab.url };
  if (tab.id === undefined) return { ...base, scriptable: false };
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId: tab.id },
      // Runs in the page: only reads the selection, cut before it crosses to the extension.
      func: (limit: number) => String(globalThis.getSelection?.() ?? '').slice(0, limit),
      args: [PAGE_SELECTION_LIMIT],
    });
    const selection = typeof frame?.result === 'string' && frame.result.trim() ? frame.result : undefined;
    return { ...base, selection, scriptable: true };
  } catch {
    return { ...base, scriptable: false };
  }
}
