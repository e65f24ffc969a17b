import { browser, type Browser } from 'wxt/browser';
import { createConnections } from '../auth/connections';
import { captureKind, describeMenuCapture, type ClickInfo, type TabInfo } from '../capture/menu-capture';
import { safeHttpUrl } from '../capture/sanitize';
import { createMessageRouter } from '../messaging/router';
import { createOutbox } from '../outbox/outbox';
import { refreshProjects } from '../projects/projects';
import { projectsCacheItem, recentProjectsItem, regionItem, sentCapturesItem } from '../storage/items';
import { taskWebUrl } from '../ticktick/regions';
import { browserAuthDeps } from './auth-deps';
import { createCaptureService } from './capture-service';
import { buildContextMenus, menuTarget } from './context-menus';
import { describeError } from './describe-error';
import { createHandlers } from './handlers';
import { captureIdOfNotification, notifyCaptured } from './notifications';
import { PAGE_DID_NOT_ANSWER, readActiveTab } from './page-context';
import { withPageText } from './page-text';

export const OUTBOX_ALARM = 'outbox';
const PROJECTS_ALARM = 'projects';
const PROJECTS_REFRESH_MINUTES = 60;
/** Browsers do not fire alarms sooner than this after they are set. */
const MIN_ALARM_DELAY_MS = 30_000;

/** Everything the background does, built once per worker start; the entry point only registers it. */
export function createBackgroundServices() {
  let badgeColored: Promise<void> | undefined;
  const auth = browserAuthDeps();
  const connections = createConnections(auth);
  const outbox = createOutbox({
    connections,
    now: Date.now,
    async scheduleWake(at) {
      if (at === undefined) await browser.alarms.clear(OUTBOX_ALARM);
      else await browser.alarms.create(OUTBOX_ALARM, { when: Math.max(at, Date.now() + MIN_ALARM_DELAY_MS) });
    },
    // What can be fetched again: the lists (refreshed right after) and the records behind Open and Undo.
    async freeStorage() {
      await Promise.all([projectsCacheItem.removeValue(), sentCapturesItem.removeValue()]);
      void refreshLists();
    },
    async showPendingCount(count) {
      // MV3 has `action`; Firefox's MV2 build has `browserAction`.
      const button = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
      // Once a run: a flush changes the count with every landing, and each call is a trip to the browser.
      badgeColored ??= button.setBadgeBackgroundColor({ color: '#4772fa' });
      await Promise.all([badgeColored, button.setBadgeText({ text: count > 0 ? String(count) : '' })]);
    },
  });
  const capture = createCaptureService({
    outbox,
    connections,
    now: () => new Date(),
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
  const refreshLists = async () => {
    await refreshProjects(connections, Date.now).catch((error: unknown) =>
      console.warn('Project list not refreshed', error),
    );
    await buildContextMenus();
  };
  const onConnected = () => {
    connections.forget();
    void outbox.flush({ force: true });
    void refreshLists();
  };
  const onSignedOut = () => {
    connections.forget();
    void refreshLists();
  };

  const route = createMessageRouter({
    handlers: createHandlers({
      version: browser.runtime.getManifest().version,
      auth,
      connections,
      outbox,
      capture,
      readActiveTab,
      onConnected,
      onSignedOut,
    }),
    own: { id: browser.runtime.id, origin: browser.runtime.getURL('/').replace(/\/$/, '') },
    describeError,
  });

  /** A right-click or the shortcut; `pageNotices` say how the page was read, and join the capture's own. */
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
    const selected = selection
      ? { ...info, selectionText: selection, selectionMarkdown: page.selectionMarkdown }
      : info;
    return { info: selected, page };
  }

  async function openCapturedTask(captureId: string): Promise<void> {
    const sent = await outbox.sentRecord(captureId);
    if (sent) await browser.tabs.create({ url: taskWebUrl(await regionItem.getValue(), sent.projectId, sent.taskId) });
  }

  return {
    auth,
    connections,
    outbox,
    capture,
    route,
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
      const notices = [...new Set([...pageNotices, ...text.notices])];
      return captureFromClick(withText, seen.page, target.project, notices);
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

    async onNotificationButton(notificationId: string, buttonIndex: number) {
      const captureId = captureIdOfNotification(notificationId);
      if (!captureId) return;
      if (buttonIndex === 0) await openCapturedTask(captureId);
      else await capture.undo(captureId);
      await browser.notifications.clear(notificationId);
    },

    async onNotificationClick(notificationId: string) {
      const captureId = captureIdOfNotification(notificationId);
      if (captureId) await openCapturedTask(captureId);
    },

    async onAlarm(alarm: Browser.alarms.Alarm) {
      if (alarm.name === OUTBOX_ALARM) await outbox.flush();
      if (alarm.name === PROJECTS_ALARM) await refreshLists();
    },

    /** Runs at every worker start: what lives in the browser (rules, alarms, badge) is rebuilt from storage. */
    async start() {
      await connections
        .restoreV2HeaderRule()
        .catch((error: unknown) => console.error('V2 header rule not restored', error));
      await outbox.restore();
      // Created once: creating it again at every worker start (every few minutes) would restart its hour each time.
      if (!(await browser.alarms.get(PROJECTS_ALARM))) {
        await browser.alarms.create(PROJECTS_ALARM, { periodInMinutes: PROJECTS_REFRESH_MINUTES });
      }
      // Whatever was due while the worker was stopped (or mid-send when it stopped) goes now.
      await outbox.flush();
    },

    async onInstalled() {
      await buildContextMenus();
      await refreshLists();
    },

    /** A new recent list changes the "Add to…" menu. */
    watchRecentProjects() {
      recentProjectsItem.watch(() => void buildContextMenus());
    },
  };
}

export type BackgroundServices = ReturnType<typeof createBackgroundServices>;
