import { browser } from 'wxt/browser';
import type { Connections } from '../auth/connections';
import { createOutbox } from '../outbox/outbox';
import { projectsCacheItem, sentCapturesItem } from '../storage/items';

export const OUTBOX_ALARM = 'outbox';
/** Browsers do not fire alarms sooner than this after they are set. */
const MIN_ALARM_DELAY_MS = 30_000;

/** The outbox with its browser parts: the wake-up alarm, the badge, and what a full storage may drop. */
export function createBrowserOutbox(connections: Connections, refreshLists: () => Promise<void>) {
  let badgeColored: Promise<void> | undefined;
  return createOutbox({
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
}
