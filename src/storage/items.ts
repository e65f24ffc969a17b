import { storage } from '@wxt-dev/storage';
import type { Region } from '../ticktick/regions';

/** Every storage item of the extension, defined once. */

export const regionItem = storage.defineItem<Region>('local:settings.region', {
  fallback: 'ticktick',
  version: 1,
});

/**
 * Test builds only: an origin (the sandbox) that replaces every TickTick URL.
 * Production code paths never read it (see src/background/api-origin.ts).
 */
export const testApiOriginItem = storage.defineItem<string | null>('local:e2e.apiOrigin', {
  fallback: null,
});
