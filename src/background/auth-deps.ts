import { browser } from 'wxt/browser';
import type { AuthDeps } from '../auth/deps';
import type { SessionRulesApi } from '../auth/v2-header-rules';
import { createEndpointsResolver, createTestRequestTimeout } from './endpoints';

function randomState(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The real browser behind the sign-in flows. */
export function browserAuthDeps(): AuthDeps {
  return {
    resolveEndpoints: createEndpointsResolver(),
    requestTimeoutMs: createTestRequestTimeout(),
    // The host of our own pages: the id in Chromium, the per-install UUID in Firefox (where
    // runtime.id is the gecko id, which no request ever carries as its initiator).
    extensionId: new URL(browser.runtime.getURL('/')).host,
    dnr: browser.declarativeNetRequest as unknown as SessionRulesApi,
    identity: {
      getRedirectURL: () => browser.identity.getRedirectURL(),
      launchWebAuthFlow: (details) => browser.identity.launchWebAuthFlow(details),
    },
    now: Date.now,
    randomState,
  };
}

/** Keeps secrets away from content scripts where the browser lets us say so. */
export async function restrictStorageToExtensionPages(): Promise<void> {
  for (const area of [browser.storage.local, browser.storage.session]) {
    const restrictable = area as unknown as { setAccessLevel?: (options: { accessLevel: string }) => Promise<void> };
    await restrictable.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);
  }
}
