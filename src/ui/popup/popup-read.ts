import { PAGE_READABLE_KEYS } from '../../storage/page-keys';

export type RawValues = Partial<Record<(typeof PAGE_READABLE_KEYS)[keyof typeof PAGE_READABLE_KEYS], unknown>>;
type StorageArea = { get(keys: string[]): Promise<RawValues> };

/**
 * Reads the items the popup shows, in one call, with the browser's own storage
 * API (`browser` in Firefox, promise-returning `chrome` in Chromium's MV3), so
 * that the popup's first read need not wait for the rest of the script to evaluate.
 */
export function readPopupValues(): Promise<RawValues> {
  const { browser, chrome } = globalThis as unknown as Record<string, { storage?: { local: StorageArea } } | undefined>;
  return (browser?.storage ?? chrome?.storage)!.local.get(Object.values(PAGE_READABLE_KEYS));
}
