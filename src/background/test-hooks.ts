import { browser } from 'wxt/browser';
import { signOut } from '../auth/sign-out';
import { connectPersonalToken } from '../auth/token-signin';
import { signInV2 } from '../auth/v2-signin';
import { refreshProjects } from '../projects/projects';
import type { ClickInfo } from '../capture/menu-capture';
import {
  captureSettingsItem,
  outboxItem,
  projectsCacheItem,
  recentProjectsItem,
  regionItem,
  sentCapturesItem,
  testApiOriginItem,
  type CaptureSettings,
  type ProjectsCache,
} from '../storage/items';
import type { BackgroundServices } from './services';
import { TEST_HOOKS_GLOBAL } from './test-hooks-name';

/**
 * Hooks for Playwright's `sw.evaluate` in e2e builds only: what a test cannot
 * do through the UI (a context-menu click, a shortcut, time passing for the
 * outbox) or needs to look at (every storage area). Production builds drop
 * this module (the call site is behind IS_E2E_BUILD), which
 * test/e2e/production-build.test.ts checks.
 */
function createTestHooks(services: BackgroundServices) {
  const startedAt = Date.now() + Math.random();
  const activeTab = async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return {
    /** Differs for every start of the worker: tells a test the worker really was stopped and started again. */
    workerStartedAt: () => startedAt,
    async setApiOrigin(origin: string | null) {
      await testApiOriginItem().setValue(origin);
    },
    /** Everything in every storage area, to check that no secret is left behind. */
    async dumpStorage() {
      return {
        local: await browser.storage.local.get(null),
        session: await browser.storage.session.get(null),
        sync: await browser.storage.sync.get(null).catch(() => ({})),
      };
    },
    sessionRules: () => services.auth.dnr.getSessionRules(),
    /** A V2 call with the stored session, as capture makes them. */
    v2Status: () => services.connections.withV2((client) => client.getStatus()),
    /** Back to a fresh install between tests: signed out of both ways, default region. */
    async resetAccount() {
      await signOut(services.auth, 'v1');
      await signOut(services.auth, 'v2');
      await Promise.all(
        [regionItem, outboxItem, sentCapturesItem, projectsCacheItem, recentProjectsItem, captureSettingsItem].map(
          (item) => item.removeValue(),
        ),
      );
      await services.outbox.restore();
    },
    /** Quick set-up for tests that are not about signing in. */
    connectToken: (token: string) => connectPersonalToken(services.auth, token),
    signInV2: (username: string, password: string) => signInV2(services.auth, { username, password }),
    refreshProjects: () => refreshProjects(services.connections, Date.now),
    async setCaptureSettings(change: Partial<CaptureSettings>) {
      await captureSettingsItem.setValue({ ...(await captureSettingsItem.getValue()), ...change });
    },
    async tabIdOf(url: string) {
      return (await browser.tabs.query({})).find((tab) => tab.url === url)?.id ?? null;
    },
    /** What a context-menu click on the active tab would do (Chromium cannot click its menus from a test). */
    async contextMenuClick(info: ClickInfo & { menuItemId: string }) {
      await services.onMenuClick(info as never, await activeTab());
      return (await sentCapturesItem.getValue())[0] ?? null;
    },
    /** A keyboard shortcut pressed on the given tab. */
    command: async (name: string, tabId: number) => services.onCommand(name, await browser.tabs.get(tabId)),
    notificationButton: (captureId: string, index: number) =>
      services.onNotificationButton(`ttc-capture:${captureId}`, index),
    /** Time passing: sends what waits, due or not. */
    flushOutbox: (force: boolean) => services.outbox.flush({ force }),
    /** Benchmarks: one capture through the real path, timed inside the worker. */
    async benchCapture(text: string) {
      const started = performance.now();
      const result = await services.capture.submit({ text });
      return { ms: performance.now() - started, status: result.status };
    },
    /** Benchmarks: the floor, one bare fetch to the same endpoint. */
    async benchFetch(url: string, body: string) {
      const started = performance.now();
      await (await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json' } })).text();
      return performance.now() - started;
    },
    async seedProjects(cache: ProjectsCache, defaultProjectId?: string) {
      await projectsCacheItem.setValue(cache);
      await captureSettingsItem.setValue({ ...(await captureSettingsItem.getValue()), defaultProjectId });
    },
    outbox: () => services.outbox.list(),
    sentCaptures: () => sentCapturesItem.getValue(),
    badgeText: () => browser.action.getBadgeText({}),
    alarms: () => browser.alarms.getAll(),
  };
}

export type TestHooks = ReturnType<typeof createTestHooks>;

export function installTestHooks(services: BackgroundServices): void {
  (globalThis as Record<string, unknown>)[TEST_HOOKS_GLOBAL] = createTestHooks(services);
}
