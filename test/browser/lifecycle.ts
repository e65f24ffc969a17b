import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { Sandbox, type SandboxOptions } from '../sandbox/server';
import type { CallHook } from './hooks';

/** A browser with the e2e build installed and pointed at a sandbox, as each suite's launcher gives it. */
export interface BrowserRun {
  sandbox: Sandbox;
  callHook: CallHook;
  /**
   * What went wrong on the extension's side since the last look, by kind
   * (e.g. "CSP violations on extension pages"), taken: every test ends with
   * every list empty, however it used the extension.
   */
  takeProblems(): Promise<Record<string, string[]>>;
  /** Closes every page a test opened (the run's own page for reaching the background stays). */
  closeTestPages(): Promise<void>;
  /** Stops everything the launch started. */
  close(): Promise<void>;
}

/**
 * A sandbox and a browser that talks to it, for the tests of one file: the
 * sandbox starts first and the e2e build is pointed at it; after each test the
 * pages it opened are closed and the run's problems must be none; everything
 * is stopped in afterAll.
 */
export function useBrowserRun<R extends BrowserRun>(
  launch: (sandbox: Sandbox) => Promise<R>,
  options: SandboxOptions = {},
): () => R {
  let session: R | undefined;
  let sandbox: Sandbox | undefined;

  beforeAll(async () => {
    sandbox = new Sandbox(options);
    await sandbox.start();
    session = await launch(sandbox);
    await session.callHook('setApiOrigin', sandbox.url);
  });

  afterEach(async () => {
    if (!session) return;
    const problems = await session.takeProblems();
    // Closed whether the test passed or not: a page left open by a failure must not fail the next test.
    await session.closeTestPages();
    for (const [what, found] of Object.entries(problems)) expect(found, what).toEqual([]);
  });

  afterAll(async () => {
    await session?.close();
    await sandbox?.stop();
  });

  return () => {
    if (!session) throw new Error('The browser session is not started');
    return session;
  };
}

/**
 * For files whose tests sign in and break things: after each test the sandbox
 * is healthy again (no faults, no failed sign-ons counted) and the extension is
 * back to a fresh install.
 */
export function resetAfterEach(session: () => { callHook: CallHook; sandbox: Sandbox }): void {
  afterEach(async () => {
    session().sandbox.faults.clear();
    for (const account of session().sandbox.state.accounts) account.failedSignons = 0;
    await session().callHook('resetAccount');
  });
}
