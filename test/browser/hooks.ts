import type { TestHooks } from '../../src/background/test-hooks';
import { TEST_HOOKS_GLOBAL } from '../../src/background/test-hooks-name';

/** Calls one of the e2e build's test hooks (src/background/test-hooks.ts) inside the extension's background. */
export type CallHook = <K extends keyof TestHooks>(
  name: K,
  ...args: Parameters<TestHooks[K]>
) => Promise<Awaited<ReturnType<TestHooks[K]>>>;

/**
 * One hook call as it is handed into the browser: the global that holds the
 * hooks, the hook's name and its arguments. The function evaluated there
 * (in a worker in Chromium, in an extension tab in Firefox) gets this tuple.
 */
export type HookCall = readonly [global: string, hook: string, args: unknown[]];

const ATTEMPTS = 20;
const PAUSE_MS = 250;

/**
 * A CallHook from one attempt at a call. The background may be between two
 * lives when a call reaches it (a worker the browser stopped, a background page
 * reloading): an attempt whose error matches `restarting` is made again.
 */
export function retryingCallHook(attempt: (call: HookCall) => Promise<unknown>, restarting: RegExp): CallHook {
  return async (name, ...args) => {
    for (let tries = 1; ; tries++) {
      try {
        return (await attempt([TEST_HOOKS_GLOBAL, name, args])) as never;
      } catch (error) {
        if (!restarting.test(String(error)) || tries >= ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
      }
    }
  };
}
