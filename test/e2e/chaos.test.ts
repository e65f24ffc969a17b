import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import type { CaptureResult, MessageResult } from '../../src/messaging/protocol';
import type { Fault } from '../sandbox/faults';
import type { LoggedRequest } from '../sandbox/server';
import { DEMO } from '../sandbox/seed';
import { noChromium, sendFromPage, useExtension, type ExtensionSession } from './harness';

/**
 * Captures while TickTick fails in every way it can, the worker stopped along
 * the way, then TickTick healthy again: every capture lands exactly once.
 * CHAOS_CAPTURES sets the size (200 by default; CI runs that too).
 */
const CAPTURES = Number(process.env.CHAOS_CAPTURES ?? 200);
const WAVE = 10;
const WORKER_STOPS = 3;
/** Short enough that hanging requests do not make the suite slow; long enough for a healthy answer. */
const REQUEST_TIMEOUT_MS = 700;

const CHAOS_FAULTS: Fault[] = [
  { kind: 'status', status: 503 },
  { kind: 'status', status: 502 },
  { kind: 'rate-limit', retryAfterSeconds: 2 },
  { kind: 'drop' },
  { kind: 'hang' },
  // The worst one for "exactly once": TickTick makes the task, and the answer never comes.
  { kind: 'hang-after-handling' },
];

/** A capture as the outbox stored it before the update: all of them in one array, with three send fields. */
function oldLayoutEntry(title: string) {
  const id = Array.from({ length: 24 }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  return { id, task: { title }, state: 'pending', attempts: 0, nextAttemptAt: 0, createdAt: Date.now() };
}

async function submitWave(page: Page, titles: string[]): Promise<MessageResult<CaptureResult>[]> {
  return Promise.all(
    titles.map(
      (text) =>
        sendFromPage(page, { type: 'capture.submit', payload: { text } }) as Promise<MessageResult<CaptureResult>>,
    ),
  );
}

interface Way {
  name: string;
  /** Captures already waiting when the run starts, as the outbox stored them before the update (one array). */
  waitingFromOldLayout?: number;
  connect: (session: ExtensionSession) => Promise<void>;
  /** The request that makes a task. */
  create: { path: string; method: string };
  /** Every request a send may make (V1 looks a task up before sending it again). */
  sends: RegExp;
}

const WAYS: Way[] = [
  {
    name: 'V2 (the task carries the capture’s id)',
    connect: (s) => s.callHook('signInV2', DEMO.username, DEMO.password),
    create: { path: '/api/v2/batch/task', method: 'POST' },
    sends: /^\/api\/v2\/batch\/task$/,
  },
  {
    name: 'V2, starting with 1,000 captures waiting from the old layout',
    waitingFromOldLayout: 1000,
    connect: (s) => s.callHook('signInV2', DEMO.username, DEMO.password),
    create: { path: '/api/v2/batch/task', method: 'POST' },
    sends: /^\/api\/v2\/batch\/task$/,
  },
  {
    name: 'V1 only (a task is looked up before it is sent again)',
    connect: (s) => s.callHook('connectToken', DEMO.personalToken),
    create: { path: '/open/v1/task', method: 'POST' },
    sends: /^\/open\/v1\/(?:task|project\/[^/]+\/data)$/,
  },
];

/** The requests that carried a duplicated capture's title, and what came right before and after each. */
function traceOf(requests: LoggedRequest[], titles: string[]): string {
  const titleOf = (r: LoggedRequest) => (r.body as { title?: string } | undefined)?.title;
  const lines: string[] = [];
  requests.forEach((r, i) => {
    if (!titles.includes(titleOf(r) ?? '')) return;
    for (let j = Math.max(0, i - 4); j <= Math.min(requests.length - 1, i + 2); j++) {
      const n = requests[j]!;
      lines.push(`${j === i ? '>' : ' '} #${j} ${n.method} ${n.path} ${titleOf(n) ?? ''} ${n.fault ?? 'ok'}`);
    }
    lines.push('');
  });
  return `duplicated ${titles.join(', ')}:\n${lines.join('\n')}`;
}

/** Stops the worker while a send is in flight (TickTick has made the task, its answer is pending). */
async function stopWorkerMidSend(session: ExtensionSession, way: Way): Promise<void> {
  session.sandbox.faults.inject({ kind: 'hang-after-handling' }, way.create);
  const flushing = session.callHook('flushOutbox', true).catch(() => undefined);
  // The task is made and its answer held back: the worker stops with the send in flight.
  await vi.waitFor(() => expect(session.sandbox.requests.some((r) => r.fault === 'hang-after-handling')).toBe(true), {
    timeout: 10_000,
  });
  await session.stopWorker();
  await flushing;
}

describe.skipIf(noChromium).each(WAYS)('chaos over $name', (way) => {
  const session = useExtension();

  it(
    `${CAPTURES} captures${way.waitingFromOldLayout ? ` (and ${way.waitingFromOldLayout} already waiting)` : ''} through 503s, 429s, dropped and hanging connections and ${WORKER_STOPS} worker stops land exactly once`,
    { timeout: 600_000 },
    async () => {
      const { sandbox, callHook } = session();
      const waiting = Array.from({ length: way.waitingFromOldLayout ?? 0 }, (_, i) => oldLayoutEntry(`Waited ${i}`));
      if (waiting.length) await callHook('seedOldOutbox', waiting);
      await way.connect(session());
      await callHook('setRequestTimeout', REQUEST_TIMEOUT_MS);
      const { page } = await session().openPage('blank.html');
      const startsSeen = new Set([await callHook('workerStartedAt')]);

      // Each kind of failure at least once, then at random.
      for (const fault of CHAOS_FAULTS) sandbox.faults.inject(fault, way.create);
      sandbox.faults.startChaos({ path: way.sends, probability: 0.6, faults: CHAOS_FAULTS, seed: 20261126 });
      const fresh = Array.from({ length: CAPTURES }, (_, i) => `Chaos ${i}`);
      const titles = [...waiting.map((entry) => entry.task.title), ...fresh];
      const waves = Math.ceil(CAPTURES / WAVE);
      const stopAfterWaves = new Set(
        Array.from({ length: WORKER_STOPS }, (_, k) => Math.floor(((k + 1) * waves) / (WORKER_STOPS + 1))),
      );
      for (let wave = 0; wave < waves; wave++) {
        const answers = await submitWave(page, fresh.slice(wave * WAVE, (wave + 1) * WAVE));
        // Every capture is accepted: saved in the outbox, sent or queued.
        for (const answer of answers) expect(answer).toMatchObject({ ok: true });
        if (stopAfterWaves.has(wave)) {
          await stopWorkerMidSend(session(), way);
          startsSeen.add(await callHook('workerStartedAt'));
        }
        // Now and then an alarm: the worker sends what is due.
        if (wave % 2 === 1) await callHook('outboxTimePasses');
      }
      expect(startsSeen.size).toBe(WORKER_STOPS + 1);
      const failed = sandbox.requests.filter((r) => r.fault);
      expect(new Set(failed.map((r) => r.fault))).toEqual(new Set(CHAOS_FAULTS.map((f) => f.kind)));

      // TickTick is healthy again; time passes until nothing waits.
      sandbox.faults.clear();
      sandbox.stopHanging();
      for (let round = 0; round < 10 && (await callHook('outbox')).length > 0; round++) {
        await callHook('outboxTimePasses');
      }

      const landed = sandbox.state.tasksOf(DEMO.userId).filter((t) => /^(?:Chaos|Waited) \d+$/.test(t.title ?? ''));
      const counts = new Map<string, number>();
      for (const task of landed) counts.set(task.title!, (counts.get(task.title!) ?? 0) + 1);
      const duplicated = [...counts].filter(([, n]) => n > 1).map(([title]) => title);
      const lost = titles.filter((title) => !counts.has(title));
      if (duplicated.length) console.log(traceOf(sandbox.requests, duplicated));
      expect({ duplicated, lost }).toEqual({ duplicated: [], lost: [] });
      expect(landed).toHaveLength(titles.length);
      const kinds = new Map<string, number>();
      for (const r of failed) kinds.set(r.fault!, (kinds.get(r.fault!) ?? 0) + 1);
      const byKind = [...kinds].map(([kind, n]) => `${kind} ${n}`);
      console.log(
        `chaos over ${way.name}: ${sandbox.requests.filter((r) => way.sends.test(r.path)).length} send requests, ` +
          `${failed.length} failed (${byKind.join(', ')}), ${startsSeen.size} worker starts, ${titles.length} tasks`,
      );
      expect(await callHook('outbox')).toEqual([]);
      expect(await callHook('badgeText')).toBe('');
    },
  );
});
