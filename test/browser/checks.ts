import { expect } from 'vitest';
import { DEMO } from '../sandbox/seed';
import type { Sandbox } from '../sandbox/server';
import type { CallHook } from './hooks';

interface Session {
  callHook: CallHook;
  sandbox: Sandbox;
}

/** The demo account's tasks with this title, as the sandbox holds them. */
export const tasksTitled = (sandbox: Sandbox, title: string) =>
  sandbox.state.tasksOf(DEMO.userId).filter((task) => task.title === title);

/** The last request the sandbox had for this path. */
export const lastRequestTo = (sandbox: Sandbox, path: string) => sandbox.requests.filter((r) => r.path === path).at(-1);

const V2_STATUS = '/api/v2/user/status';

/**
 * The reach of the V2 header rule, signed in to V2: the extension's own V2
 * call carries the session cookie and TickTick's Origin and Referer, and a web
 * page on the same host calling the same endpoint gets none of them.
 * `fetchFromWebPage` opens the page in the browser under test and fetches the
 * path from it, answering the status.
 */
export async function expectV2HeadersOnOwnRequestsOnly(
  session: Session,
  fetchFromWebPage: (pageUrl: string, path: string) => Promise<number>,
): Promise<void> {
  await session.callHook('v2Status');
  const ours = lastRequestTo(session.sandbox, V2_STATUS)!;
  expect(ours.headers.cookie).toMatch(/^t=\w+$/);
  expect(ours.headers.origin).toBe('https://ticktick.com');
  expect(ours.headers.referer).toBe('https://ticktick.com/');
  expect(JSON.parse(ours.headers['x-device'] as string)).toMatchObject({ platform: 'web', version: 8010 });

  const status = await fetchFromWebPage(`${session.sandbox.url}/__sandbox/page`, V2_STATUS);
  expect(status).toBe(429);
  const theirs = lastRequestTo(session.sandbox, V2_STATUS)!;
  expect(theirs).not.toBe(ours);
  expect(theirs.headers.cookie).toBeUndefined();
  expect(theirs.headers.origin).not.toBe('https://ticktick.com');
  expect(theirs.headers.referer ?? '').not.toMatch(/^https:\/\/ticktick\.com/);
}

/** A capture that waited in the outbox has landed exactly once: one task, nothing left waiting, no badge. */
export async function expectLandedOnce(session: Session, title: string): Promise<void> {
  expect(tasksTitled(session.sandbox, title)).toHaveLength(1);
  expect(await session.callHook('outbox')).toEqual([]);
  expect(await session.callHook('badgeText')).toBe('');
}
