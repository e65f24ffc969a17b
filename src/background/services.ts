import { browser, type Browser } from 'wxt/browser';
import { createConnections } from '../auth/connections';
import { createMessageRouter } from '../messaging/router';
import type { Outbox } from '../outbox/outbox';
import { refreshProjects } from '../projects/projects';
import { recentProjectsItem, regionItem } from '../storage/items';
import { taskWebUrl } from '../ticktick/regions';
import { browserAuthDeps } from './auth-deps';
import { createBrowserOutbox, OUTBOX_ALARM } from './browser-outbox';
import { createCaptureService, type CaptureService } from './capture-service';
import { createClickCaptures } from './click-captures';
import { buildContextMenus } from './context-menus';
import { describeError } from './describe-error';
import { createHandlers } from './handlers';
import { captureIdOfNotification } from './notifications';
import { readActiveTab } from './page-context';

export { OUTBOX_ALARM };

const PROJECTS_ALARM = 'projects';
const PROJECTS_REFRESH_MINUTES = 60;

/** Everything the background does, built once per worker start; the entry point only registers it. */
export function createBackgroundServices() {
  const auth = browserAuthDeps();
  const connections = createConnections(auth);
  const refreshLists = async () => {
    await refreshProjects(connections, Date.now).catch((error: unknown) =>
      console.warn('Project list not refreshed', error),
    );
    await buildContextMenus();
  };
  const outbox = createBrowserOutbox(connections, refreshLists);
  const capture = createCaptureService({
    outbox,
    connections,
    now: () => new Date(),
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
  const route = createMessageRouter({
    handlers: createHandlers({
      version: browser.runtime.getManifest().version,
      auth,
      connections,
      outbox,
      capture,
      readActiveTab,
      onConnected() {
        connections.forget();
        void outbox.flush({ force: true });
        void refreshLists();
      },
      onSignedOut() {
        connections.forget();
        void refreshLists();
      },
    }),
    own: { id: browser.runtime.id, origin: browser.runtime.getURL('/').replace(/\/$/, '') },
    describeError,
  });

  return {
    auth,
    connections,
    outbox,
    capture,
    route,
    ...createClickCaptures(capture),
    ...notificationActions(outbox, capture),

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

/** A capture's notification: Open shows the task in TickTick, Undo deletes it. */
function notificationActions(outbox: Outbox, capture: CaptureService) {
  async function openCapturedTask(captureId: string): Promise<void> {
    const sent = await outbox.sentRecord(captureId);
    if (sent) await browser.tabs.create({ url: taskWebUrl(await regionItem.getValue(), sent.projectId, sent.taskId) });
  }
  return {
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
  };
}

export type BackgroundServices = ReturnType<typeof createBackgroundServices>;
