import { forgetEveryMemo } from '../storage/memo';
import { storageArea } from '../storage/area';
import type { PageTextAnswer } from '../capture/in-page/read-article';
import { browser, type Browser } from 'wxt/browser';
import { signOut } from '../auth/sign-out';
import { connectPersonalToken } from '../auth/token-signin';
import { signInV2 } from '../auth/v2-signin';
import { refreshProjects } from '../projects/projects';
import type { ClickInfo } from '../capture/menu-capture';
import type { SiteRule } from '../capture/site-rules';
import { parseQuickAdd } from '../capture/quick-add-parser';
import {
  captureSettingsItem,
  outboxEntryKey,
  outboxHoldItem,
  outboxIndexItem,
  outboxPageKey,
  outboxWaitingItem,
  projectsCacheItem,
  sentCapturesItem,
  siteRulesItem,
  testApiOriginItem,
  testRequestTimeoutItem,
  v1CredentialItem,
  v2DeviceItem,
  v2SessionItem,
  type CaptureSettings,
  type ProjectsCache,
} from '../storage/items';
import type { OutboxEntry } from '../outbox/entry';
import { layoutOf, readLayout } from '../outbox/layout';
import { definedItems } from '../storage/lifetimes';
import { newObjectId } from '../ticktick/types';
import { getStatus } from '../ticktick/v2/calls';
import { v2Headers } from '../ticktick/v2/device';
import { OUTBOX_ALARM, type BackgroundServices } from './services';
import { TEST_HOOKS_GLOBAL } from './test-hooks-name';

/**
 * Hooks for Playwright's `sw.evaluate` in e2e builds only: what a test cannot
 * do through the UI (a context-menu click, a shortcut, time passing for the
 * outbox) or needs to look at (every storage area). Production builds drop
 * this module (the call site is behind IS_E2E_BUILD), which
 * test/e2e/production-build.test.ts checks.
 */
function createTestHooks(services: BackgroundServices) {
  const activeTab = async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const context = { services, activeTab };
  return {
    ...setupHooks(context),
    ...eventHooks(context),
    ...outboxSeedHooks(context),
    ...benchHooks(context),
    ...inspectHooks(context),
  };
}

interface HookContext {
  services: BackgroundServices;
  activeTab: () => Promise<Browser.tabs.Tab | undefined>;
}

/** Set-up: the sandbox, storage as a test sees it, accounts and settings. */
function setupHooks({ services }: HookContext) {
  const startedAt = Date.now() + Math.random();
  return {
    /** Differs for every start of the worker: tells a test the worker really was stopped and started again. */
    workerStartedAt: () => startedAt,
    async setApiOrigin(origin: string | null) {
      await testApiOriginItem().setValue(origin);
    },
    /** Hanging servers in tests: a request gives up after this long instead of 15 s. */
    async setRequestTimeout(ms: number | null) {
      await testRequestTimeoutItem().setValue(ms);
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
    v2Status: () => services.connections.withV2(getStatus),
    /** Back to a fresh install between tests: signed out of both ways, every item gone but this device's id. */
    async resetAccount() {
      await signOut(services.auth, 'v1');
      await signOut(services.auth, 'v2');
      await Promise.all(
        definedItems()
          .filter(({ item }) => item !== v2DeviceItem && !item.key.startsWith('local:e2e.'))
          .map(({ item }) => item.removeValue()),
      );
      services.connections.forget();
      await services.outbox.restore();
    },
    /** What the settings page's Sign out does, without the page. */
    async signOut(connection: 'v1' | 'v2') {
      await signOut(services.auth, connection);
      services.connections.forget();
    },
    /** Quick set-up for tests that are not about signing in. */
    async connectToken(token: string) {
      await connectPersonalToken(services.auth, token);
      services.connections.forget();
    },
    async signInV2(username: string, password: string) {
      await signInV2(services.auth, { username, password });
      services.connections.forget();
    },
    refreshProjects: () => refreshProjects(services.connections, Date.now),
    async setCaptureSettings(change: Partial<CaptureSettings>) {
      await captureSettingsItem.setValue({ ...(await captureSettingsItem.getValue()), ...change });
    },
    setSiteRules: (rules: SiteRule[]) => siteRulesItem.setValue(rules),
    async tabIdOf(url: string) {
      return (await browser.tabs.query({})).find((tab) => tab.url === url)?.id ?? null;
    },
  };
}

/** What a user or the browser does that a test cannot: menu clicks, shortcuts, time passing. */
function eventHooks({ services, activeTab }: HookContext) {
  return {
    /** What a context-menu click on the active tab would do (Chromium cannot click its menus from a test). */
    async contextMenuClick(info: ClickInfo & { menuItemId: string }) {
      await services.onMenuClick(info as never, await activeTab());
      return (await sentCapturesItem.getValue())[0] ?? null;
    },
    /** A right-click on the active tab, answered with what the capture said (its notices): the notification's text. */
    contextMenuCapture: async (info: ClickInfo & { menuItemId: string }) =>
      services.onMenuClick(info as never, await activeTab()),
    /** A keyboard shortcut pressed on the given tab. */
    command: async (name: string, tabId: number) => services.onCommand(name, await browser.tabs.get(tabId)),
    notificationButton: (captureId: string, index: number) =>
      services.onNotificationButton(`ttc-capture:${captureId}`, index),
    /** What the popup's Retry does. */
    retryOutbox: (id: string) => services.outbox.retry(id),
    /** Time passing: sends what waits, due or not. */
    flushOutbox: (force: boolean) => services.outbox.flush({ force }),
    /**
     * Time passing for the outbox: every wait (backoff, hold, Retry-After) is
     * over, and the outbox alarm fires as the browser would fire it.
     */
    async outboxTimePasses() {
      // After the sends under way, so that this rewrite of the queue does not cross one of theirs.
      await services.outbox.flush();
      const now = Date.now();
      const waiting = await services.outbox.list();
      await storageArea.setItems(
        waiting.map((e) => ({
          key: outboxEntryKey(e.id),
          value: { ...e, nextAttemptAt: Math.min(e.nextAttemptAt, now) },
        })),
      );
      const hold = await outboxHoldItem.getValue();
      if (hold) await outboxHoldItem.setValue({ ...hold, until: now });
      await services.outbox.restore();
      await services.onAlarm({ name: OUTBOX_ALARM, scheduledTime: now });
    },
    /**
     * A profile from before the outbox kept one key per capture: the captures in
     * one array under `outbox`, as that version wrote them. The next read of the
     * queue moves them.
     */
    async seedOldOutbox(entries: unknown[]) {
      await storageArea.setItem('local:outbox', entries);
      await services.outbox.restore();
    },
  };
}

/** The outbox filled and emptied in bulk, for the bench and the outbox tests. */
function outboxSeedHooks({ services }: HookContext) {
  return {
    /** Benchmarks: `count` captures waiting (due tomorrow, so no alarm sends them), stored as the queue stores them. */
    async seedWaiting(count: number) {
      const now = Date.now();
      const entries = Array.from({ length: count }, (_, i) => ({
        id: newObjectId(),
        task: { title: `Waiting ${i}`, content: `[A page that waits](https://example.com/${i})` },
        state: 'pending',
        attempts: 0,
        nextAttemptAt: now + 86_400_000,
        createdAt: now,
        delivery: { kind: 'unsent' },
      }));
      await storageArea.setItems(layoutOf(entries as OutboxEntry[]));
      await services.outbox.restore();
      // The popup's list comes with the queue's next write; this is one.
      if (entries[0]) await services.outbox.edit(entries[0].id, { title: 'Waiting 0' });
    },
    /** Benchmarks: nothing waits. */
    async clearOutbox() {
      const layout = await readLayout();
      await storageArea.removeItems([
        ...layout.order.map(outboxEntryKey),
        ...layout.head.map(outboxPageKey),
        outboxIndexItem.key,
        outboxWaitingItem.key,
      ]);
      await services.outbox.restore();
    },
    /** The outbox's keys in storage, for tests of its layout. */
    async outboxStorage() {
      const local = await browser.storage.local.get(null);
      return Object.keys(local).filter((key) => key.startsWith('outbox'));
    },
  };
}

/** Benchmarks: the real paths timed inside the worker, and their bare floors. */
function benchHooks({ services }: HookContext) {
  return {
    /** The capture path as the popup calls it, without a popup: for tests of many captures. */
    submitCapture: (text: string) => services.capture.submit({ text }),
    /** Benchmarks: one capture through the real path, timed inside the worker. */
    async benchCapture(text: string, withoutMemo = false) {
      // Without: every item the capture reads comes from storage, as it would with no memo at all.
      if (withoutMemo) forgetEveryMemo();
      const started = performance.now();
      const result = await services.capture.submit({ text });
      return { ms: performance.now() - started, status: result.status };
    },
    /** The readable-text reader in a tab, as "Add page with its text" runs it: its own time in the page. */
    async benchPageText(tabId: number) {
      const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: ['/page-text.js'] });
      const answer = frame?.result as PageTextAnswer;
      return { ms: answer.ms, chars: answer.markdown?.length ?? 0, notices: answer.notices };
    },
    /**
     * Benchmarks: quick add's parse inside the worker, per keystroke. Each sample
     * times a batch of parses (the worker's clock is coarse) of the whole line,
     * the slowest keystroke, and of every prefix as typing it asks for.
     */
    benchParse(line: string, samples: number) {
      const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const BATCH = 10;
      const perParse = (text: string) => {
        const started = performance.now();
        for (let i = 0; i < BATCH; i++) parseQuickAdd(text, new Date(), { timeZone });
        return (performance.now() - started) / BATCH;
      };
      const typing = Array.from({ length: line.length }, (_, i) => perParse(line.slice(0, i + 1)));
      return { line: Array.from({ length: samples }, () => perParse(line)), typing };
    },
    /**
     * Benchmarks: the floor of a capture, its own request made bare: one fetch of
     * a batch add with the same headers, no parsing, no outbox, no validation.
     */
    async benchBareAdd(title: string) {
      const [endpoints, session, device] = await Promise.all([
        services.auth.resolveEndpoints(),
        v2SessionItem.getValue(),
        v2DeviceItem.getValue(),
      ]);
      if (!session || !device) throw new Error('benchBareAdd needs a V2 session');
      const body = JSON.stringify({ add: [{ id: newObjectId(), projectId: session.inboxId, title }] });
      const headers = {
        ...v2Headers({ device, site: endpoints.site, browserHeaders: 'external' }),
        'content-type': 'application/json',
      };
      const started = performance.now();
      const response = await fetch(`${endpoints.v2}/batch/task`, { method: 'POST', headers, body });
      await response.text();
      return { ms: performance.now() - started, ok: response.ok };
    },
    /** Benchmarks: a V1 create made bare, with the stored token: the floor of a V1 send. */
    async benchBareCreateV1(title: string) {
      const [endpoints, credential] = await Promise.all([
        services.auth.resolveEndpoints(),
        v1CredentialItem.getValue(),
      ]);
      if (!credential) throw new Error('benchBareCreateV1 needs a V1 connection');
      const started = performance.now();
      const response = await fetch(`${endpoints.v1}/task`, {
        method: 'POST',
        headers: { authorization: `Bearer ${credential.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ title }),
        credentials: 'omit',
      });
      await response.text();
      return { ms: performance.now() - started, ok: response.ok };
    },
  };
}

/** What a test looks at: the menus as built, the outbox, the badge, the alarms. */
function inspectHooks({ services }: HookContext) {
  return {
    async seedProjects(cache: ProjectsCache, defaultProjectId?: string) {
      await projectsCacheItem.setValue(cache);
      await captureSettingsItem.setValue({ ...(await captureSettingsItem.getValue()), defaultProjectId });
    },
    /**
     * Sends each message from a script injected into a web page, as the page
     * reader is: it runs with this extension's id, so only the sender's URL
     * tells it apart from the extension's own pages.
     */
    async sendFromInjectedScript(tabId: number, messages: unknown[]) {
      const [frame] = await browser.scripting.executeScript({
        target: { tabId },
        func: async (all: unknown[]) => {
          const runtime = (
            globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
          ).chrome.runtime;
          const answers: unknown[] = [];
          for (const message of all) answers.push(await runtime.sendMessage(message));
          return answers;
        },
        args: [messages],
      });
      return frame?.result as unknown[];
    },
    /** Titles of the context-menu items as last built, by id. */
    contextMenuTitles: () => Object.fromEntries(menuTitles),
    outbox: () => services.outbox.list(),
    /** How many wait: cheap to ask often (the whole list is not). */
    outboxCount: async () => (await services.outbox.waiting()).total,
    sentCaptures: () => sentCapturesItem.getValue(),
    /** The toolbar button's badge: `action` in MV3, `browserAction` in Firefox's MV2 build. */
    badgeText: () =>
      (browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction).getBadgeText(
        {},
      ),
    alarms: () => browser.alarms.getAll(),
  };
}

export type TestHooks = ReturnType<typeof createTestHooks>;

/**
 * The context menu as the extension last built it: browsers have no call that
 * lists an extension's menu items, so test builds keep a copy of what was created.
 */
const menuTitles = new Map<string, string>();
function recordContextMenus(): void {
  const menus = browser.contextMenus;
  const create = menus.create.bind(menus);
  const removeAll = menus.removeAll.bind(menus);
  menus.create = ((properties: { id?: string; title?: string }, callback?: () => void) => {
    if (properties.id) menuTitles.set(properties.id, properties.title ?? '');
    return create(properties as never, callback);
  }) as typeof menus.create;
  menus.removeAll = (() => {
    menuTitles.clear();
    return removeAll();
  }) as typeof menus.removeAll;
}

export function installTestHooks(services: BackgroundServices): void {
  recordContextMenus();
  (globalThis as Record<string, unknown>)[TEST_HOOKS_GLOBAL] = createTestHooks(services);
}
