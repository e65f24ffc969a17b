import { browser } from 'wxt/browser';
import type { OutboxView } from '../../messaging/protocol';
import { toProjectList } from '../../projects/project-list';
import type { CaptureSettings, ProjectsCache } from '../../storage/items';
import { PAGE_READABLE_KEYS } from '../../storage/page-keys';
import { readPopupValues, type RawValues } from './popup-read';
import { readSnapshot, writeSnapshot } from './popup-snapshot';
import { NO_POPUP_DATA, type PopupData } from './popup-view';

/**
 * What the popup shows before anyone types: the lists and the outbox. Neither is
 * a secret, so the popup reads them from storage itself, in one call, instead
 * of asking the background: the worker may be stopped, and waking it would cost
 * more than the whole popup. Everything the popup changes still goes through
 * the background.
 */
/** What the popup shows, from what the read found; absent items read as their items' fallbacks. */
function toPopupData(values: RawValues): PopupData {
  const cache = (values[PAGE_READABLE_KEYS.projectsCache] ?? null) as ProjectsCache | null;
  const recent = (values[PAGE_READABLE_KEYS.recentProjects] ?? []) as string[];
  const settings = (values[PAGE_READABLE_KEYS.captureSettings] ?? {}) as Partial<CaptureSettings>;
  const outbox = (values[PAGE_READABLE_KEYS.waiting] ?? NO_POPUP_DATA.outbox) as OutboxView;
  return { lists: toProjectList(cache, recent, settings), outbox };
}

/** Calls back with fresh data whenever the background changes the lists or the outbox. */
function watchPopupData(onChange: (data: PopupData) => void): () => void {
  const keys: string[] = Object.values(PAGE_READABLE_KEYS);
  const listener = (changes: object, area: string) => {
    if (area !== 'local' || !keys.some((key) => key in changes)) return;
    void readPopupValues().then(
      (values) => onChange(toPopupData(values)),
      () => undefined,
    );
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * What the popup starts from: the snapshot of what it showed last time for the
 * first render, storage's answer to the first read behind it, then every change;
 * each answer also becomes the next snapshot.
 */
export function popupDataSources(firstRead: Promise<RawValues>) {
  const initial = firstRead.then(toPopupData).catch(() => NO_POPUP_DATA);
  void initial.then(writeSnapshot);
  return {
    snapshot: readSnapshot(),
    initial,
    watch: (onChange: (data: PopupData) => void) =>
      watchPopupData((data) => {
        writeSnapshot(data);
        onChange(data);
      }),
  };
}
