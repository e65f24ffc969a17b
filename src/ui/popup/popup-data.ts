import { storage } from '@wxt-dev/storage';
import type { OutboxView, ProjectList } from '../../messaging/protocol';
import { toOutboxView } from '../../outbox/outbox-view';
import { toProjectList } from '../../projects/project-list';
import {
  captureSettingsItem,
  outboxItem,
  projectsCacheItem,
  recentProjectsItem,
  type CaptureSettings,
  type OutboxEntry,
  type ProjectsCache,
} from '../../storage/items';

/**
 * What the popup shows before anyone types: the lists and the outbox. Neither is
 * a secret, so the popup reads them from storage itself, in one call, instead
 * of asking the background: the worker may be stopped, and waking it would cost
 * more than the whole popup. Everything the popup changes still goes through
 * the background.
 */
export interface PopupData {
  lists: ProjectList;
  outbox: OutboxView[];
}

const ITEMS = [projectsCacheItem, recentProjectsItem, captureSettingsItem, outboxItem] as const;

export async function readPopupData(): Promise<PopupData> {
  // Each value comes with its item's fallback when storage has none.
  const [cache, recent, settings, outbox] = (await storage.getItems([...ITEMS])).map((entry) => entry.value) as [
    ProjectsCache | null,
    string[],
    CaptureSettings,
    OutboxEntry[],
  ];
  return { lists: toProjectList(cache, recent, settings), outbox: toOutboxView(outbox) };
}

/** Calls back with fresh data whenever the background changes the lists or the outbox. */
export function watchPopupData(onChange: (data: PopupData) => void): () => void {
  const reread = () => void readPopupData().then(onChange, () => undefined);
  const unwatch = ITEMS.map((item) => (item as { watch: (cb: () => void) => () => void }).watch(reread));
  return () => unwatch.forEach((stop) => stop());
}
