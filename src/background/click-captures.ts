import type { Browser } from 'wxt/browser';
import { captureKind, describeMenuCapture, type ClickInfo, type TabInfo } from '../capture/menu-capture';
import { safeHttpUrl } from '../capture/sanitize';
import type { CaptureService } from './capture-service';
import { buildContextMenus, menuTarget } from './context-menus';
import { notifyCaptured } from './notifications';
import { PAGE_DID_NOT_ANSWER, readActiveTab } from './page-context';
import { withPageText } from './page-text';

/**
 * The clicked tab read and described, with the link clicked (if it is one to
 * follow). The browser's `selectionText` includes what the page hides inside
 * the selection; the page's own reader (activeTab was granted by the click)
 * gives what the user sees, and is used whenever the page answers.
 */
async function readClick(info: ClickInfo, tab?: Browser.tabs.Tab) {
  const linkUrl = captureKind(info) === 'link' ? safeHttpUrl(info.linkUrl) : undefined;
  const link = linkUrl && { url: linkUrl, title: (info.linkText ?? info.selectionText ?? '').trim() };
  const page = await readActiveTab(tab?.id, link || undefined);
  const selection = captureKind(info) === 'selection' && page.selection;
  const selected = selection ? { ...info, selectionText: selection, selectionMarkdown: page.selectionMarkdown } : info;
  return { info: selected, page };
}

/** The captures a right-click or the shortcut makes, each confirmed by a notification. */
export function createClickCaptures(capture: CaptureService) {
  /** `pageNotices` say how the page was read, and join the capture's own. */
  async function captureFromClick(
    info: ClickInfo,
    tab: TabInfo | undefined,
    project?: string,
    pageNotices: string[] = [],
  ) {
    const captured = await capture.captureClick(info, tab, project);
    const result = { ...captured, notices: [...pageNotices, ...captured.notices] };
    await notifyCaptured(result, describeMenuCapture(info, tab).title);
    await buildContextMenus();
    return result;
  }

  return {
    captureFromClick,

    async onMenuClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) {
      const target = menuTarget(info.menuItemId);
      if (!target) return undefined;
      // "Add page with its text": the article first (page-text.js has the longer bound), then the page's own reading,
      // one after the other: a large page answers neither in time while it works on both.
      const text = target.withText ? await withPageText(info as ClickInfo, tab) : undefined;
      const seen = await readClick(info as ClickInfo, tab);
      if (!text) return captureFromClick(seen.info, seen.page, target.project, seen.page.notices);
      // A page busy giving its text may not describe itself in time: only the text's own notices count then.
      const pageNotices = text.info.pageText
        ? seen.page.notices.filter((notice) => notice !== PAGE_DID_NOT_ANSWER)
        : seen.page.notices;
      const withText = { ...seen.info, pageText: text.info.pageText };
      return captureFromClick(withText, seen.page, target.project, [...new Set([...pageNotices, ...text.notices])]);
    },

    /** Chromium names the tab the shortcut was pressed on; without it, the active tab. */
    async onCommand(command: string, tab?: Browser.tabs.Tab) {
      if (command !== 'capture-page') return undefined;
      const page = await readActiveTab(tab?.id);
      return captureFromClick(
        { selectionText: page.selection, selectionMarkdown: page.selectionMarkdown, pageUrl: page.url },
        page,
        'default',
        page.notices,
      );
    },
  };
}
