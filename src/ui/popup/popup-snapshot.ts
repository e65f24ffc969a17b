import { SNAPSHOT_KEY } from '../snapshot-key';
import type { PopupData } from './popup-view';

/**
 * What the popup showed last time, in the extension's own localStorage. Read
 * synchronously, it lets the first render show the lists at once instead of
 * after the storage API's first answer in a fresh page (~5 ms, more than the
 * rest of the popup's start). Storage stays the truth: its answer replaces this
 * a moment later, before the first paint as a rule. It holds no secret (list
 * names, titles of captures waiting), like the storage items it copies, and
 * only extension pages can read it.
 */
export function readSnapshot(): PopupData | undefined {
  try {
    const data = JSON.parse(localStorage.getItem(SNAPSHOT_KEY) ?? 'null') as Partial<PopupData> | null;
    // Any other shape (an older version, a damaged value) is ignored, not trusted.
    if (
      !Array.isArray(data?.lists?.projects) ||
      !Array.isArray(data.lists.groups) ||
      !Array.isArray(data.outbox?.first)
    ) {
      return undefined;
    }
    return data as PopupData;
  } catch {
    return undefined;
  }
}

export function writeSnapshot(data: PopupData): void {
  try {
    localStorage.setItem(SNAPSHOT_KEY, JSON.stringify(data));
  } catch {
    // Full or unavailable: the next popup waits for storage, as it would without a snapshot.
  }
}
