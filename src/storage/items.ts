import { storage } from '@wxt-dev/storage';
import type { Region } from '../ticktick/regions';

/** Every storage item of the extension, defined once. */

export const regionItem = storage.defineItem<Region>('local:settings.region', {
  fallback: 'ticktick',
  version: 1,
});

/**
 * Test builds only: an origin (the sandbox) that replaces every TickTick URL.
 * A function rather than a constant so that production bundles, which never
 * call it, do not contain it at all.
 */
export function testApiOriginItem() {
  return storage.defineItem<string | null>('local:e2e.apiOrigin', { fallback: null });
}
