import { PAGE_READABLE_KEYS } from '../../storage/page-keys';

export type RawValues = Partial<Record<(typeof PAGE_READABLE_KEYS)[keyof typeof PAGE_READABLE_KEYS], unknown>>;
type StorageArea = { get(keys: string[]): Promise<RawValues> };

const EARLY_READ = '__ttcPopupRead';
type EarlyReadGlobal = { [EARLY_READ]?: Promise<RawValues> };

/**
 * Reads the items the popup shows, in one call, with the browser's own storage
 * API (`browser` in Firefox, promise-returning `chrome` in Chromium's MV3): the
 * first read is made by a classic script before the popup's modules, and with
 * them the polyfill and the storage library, have loaded.
 */
export function readPopupValues(): Promise<RawValues> {
  const { browser, chrome } = globalThis as unknown as Record<string, { storage?: { local: StorageArea } } | undefined>;
  return (browser?.storage ?? chrome?.storage)!.local.get(Object.values(PAGE_READABLE_KEYS));
}

/** Run by the popup's first script: the read starts while the rest of the popup loads. */
export function startPopupRead(): void {
  (globalThis as EarlyReadGlobal)[EARLY_READ] = readPopupValues();
}

/** The read the popup's first script started; a new one if that script did not run. */
export function popupRead(): Promise<RawValues> {
  return (globalThis as EarlyReadGlobal)[EARLY_READ] ?? readPopupValues();
}
