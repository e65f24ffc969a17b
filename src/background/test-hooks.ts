import { browser } from 'wxt/browser';
import type { Connections } from '../auth/connections';
import type { AuthDeps } from '../auth/deps';
import { signOut } from '../auth/sign-out';
import { testApiOriginItem } from '../storage/items';

/**
 * Hooks for Playwright's `sw.evaluate` in e2e builds only: things a test cannot
 * do through the UI, such as pointing the API at the sandbox. Production builds
 * drop this module (the call site is behind IS_E2E_BUILD), which
 * test/e2e/production-build.test.ts checks.
 */
function createTestHooks({ auth, connections }: { auth: AuthDeps; connections: Connections }) {
  return {
    async setApiOrigin(origin: string | null) {
      await testApiOriginItem().setValue(origin);
    },
    /** Everything in every storage area, to check that no secret is left behind. */
    async dumpStorage() {
      return {
        local: await browser.storage.local.get(null),
        session: await browser.storage.session.get(null),
        sync: await browser.storage.sync.get(null).catch(() => ({})),
      };
    },
    sessionRules: () => auth.dnr.getSessionRules(),
    /** Back to a fresh install between tests: signed out of both ways, default region. */
    async resetAccount() {
      await signOut(auth, 'v1');
      await signOut(auth, 'v2');
      await browser.storage.local.remove('settings.region');
    },
    /** A V2 call with the stored session, as capture will make them. */
    v2Status: () => connections.withV2((client) => client.getStatus()),
  };
}

export type TestHooks = ReturnType<typeof createTestHooks>;
export const TEST_HOOKS_GLOBAL = '__ttcTestHooks';

export function installTestHooks(deps: Parameters<typeof createTestHooks>[0]): void {
  (globalThis as Record<string, unknown>)[TEST_HOOKS_GLOBAL] = createTestHooks(deps);
}
