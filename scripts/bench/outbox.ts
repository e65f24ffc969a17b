import type { BrowserContext, Page } from 'playwright-core';
import type { CallHook } from '../../test/browser/hooks';
import { DEMO } from '../../test/sandbox/seed';
import type { Sandbox } from '../../test/sandbox/server';
import { timeOpens } from './pages';
import { median, ratioFigure, round, type Figure } from './report';

/**
 * What the outbox costs as it grows: a capture with 1,000 waiting against none
 * waiting, a flush of 1,000 against two of 500 and against the bare request,
 * the popup with 1,000 waiting against the blank page. Also a table of the
 * outbox at 100, 500 and 1,000 waiting: signed out, captures through the
 * capture service, then a personal token connected through the normal message.
 */
export interface OutboxBench {
  context: BrowserContext;
  callHook: CallHook;
  sandbox: Sandbox;
  /** An extension page to send messages from, as the options page would. */
  controlPage: Page;
  base: string;
  runs: number;
}

async function captureTimes(bench: OutboxBench, label: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await bench.callHook('benchCapture', `${label} ${i}`)).ms);
  return times;
}

/** A capture (sent) with 1,000 waiting against none waiting, in alternating blocks. */
async function captureWithMany(bench: OutboxBench): Promise<Figure> {
  const none: number[] = [];
  const many: number[] = [];
  const block = Math.max(5, Math.round(bench.runs / 4));
  for (let round = 0; round < 2; round++) {
    await bench.callHook('clearOutbox');
    none.push(...(await captureTimes(bench, 'Alone', block)));
    await bench.callHook('seedWaiting', 1000);
    many.push(...(await captureTimes(bench, 'Behind 1,000', block)));
  }
  await bench.callHook('clearOutbox');
  return ratioFigure(
    'capture with 1,000 waiting ÷ with none',
    many,
    none,
    1.5,
    (m, n) => `median ${m.toFixed(1)} ms with 1,000 waiting, ${n.toFixed(1)} ms with none, ${none.length} each`,
  );
}

/** Signed out, `count` captures through the capture service; the median time of each, as the outbox grows. */
async function queueWhileSignedOut(bench: OutboxBench, count: number): Promise<number[]> {
  return captureTimes(bench, `Signed out ${count}`, count);
}

/** Connects the personal token as the settings page does, and times until nothing waits. */
async function flushAfterConnecting(bench: OutboxBench): Promise<number> {
  const started = performance.now();
  const answer = (await bench.controlPage.evaluate(
    (token) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({ type: 'account.connectToken', payload: { token } }),
    DEMO.personalToken,
  )) as { ok: boolean };
  if (!answer.ok) throw new Error('the token was not connected');
  // Asked for the count only, every 50 ms: reading the whole list of a thousand would compete with the flush.
  while ((await bench.callHook('outboxCount')) > 0) await new Promise((resolve) => setTimeout(resolve, 50));
  return performance.now() - started;
}

/**
 * One round of the table: `count` captured signed out, then the flush after
 * connecting; then the same request made bare, right after it, against the
 * same sandbox (which holds as many tasks as the flush's last request met).
 */
async function signedOutRound(bench: OutboxBench, count: number) {
  await bench.callHook('resetAccount');
  await bench.callHook('setApiOrigin', bench.sandbox.url);
  const times = await queueWhileSignedOut(bench, count);
  const lastTenth = times.slice(-Math.max(1, Math.round(count / 10)));
  const flushMs = await flushAfterConnecting(bench);
  return { oneMore: median(lastTenth), flushMs, bare: await bareV1(bench, bench.runs) };
}

async function bareV1(bench: OutboxBench, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const bare = await bench.callHook('benchBareCreateV1', `Bare V1 create ${i}`);
    if (!bare.ok) throw new Error('the bare V1 create was refused');
    times.push(bare.ms);
  }
  return times;
}

export async function outboxFigures(bench: OutboxBench): Promise<{ figures: Figure[]; table: string[] }> {
  const figures: Figure[] = [await captureWithMany(bench)];
  const rounds = new Map<number, Awaited<ReturnType<typeof signedOutRound>>>();
  for (const count of [100, 500, 1000]) rounds.set(count, await signedOutRound(bench, count));
  const bare = rounds.get(1000)!.bare;
  const flush500 = rounds.get(500)!.flushMs;
  const flush1000 = rounds.get(1000)!.flushMs;
  const linear = flush1000 / (2 * flush500);
  figures.push({
    name: 'flush of 1,000 ÷ (2 × flush of 500)',
    value: round(linear),
    unit: '×',
    target: '≤ 1.2',
    met: linear <= 1.2,
    detail: `${(flush1000 / 1000).toFixed(2)} s for 1,000 and ${(flush500 / 1000).toFixed(2)} s for 500, from connecting a token to nothing waiting`,
  });
  const perLanding = flush1000 / 1000 / median(bare);
  figures.push({
    name: 'flush: time per landed capture ÷ the request bare',
    value: round(perLanding),
    unit: '×',
    target: '≤ 2',
    met: perLanding <= 2,
    detail: `${(flush1000 / 1000).toFixed(2)} ms per capture in the flush of 1,000, a bare V1 create ${median(bare).toFixed(2)} ms right after it (median of ${bare.length})`,
  });
  const table = [...rounds].map(
    ([count, r]) =>
      `  ${count.toLocaleString('en')} waiting: one more capture ${r.oneMore.toFixed(1)} ms (median of the last tenth), flush after connecting ${(r.flushMs / 1000).toFixed(2)} s`,
  );
  return { figures, table };
}

/** The popup with 1,000 waiting, ready when its list shows them, against the blank page. */
export async function popupWithMany(bench: OutboxBench, listName: string): Promise<Figure> {
  await bench.callHook('seedWaiting', 1000);
  const popup: number[] = [];
  const blank: number[] = [];
  const hash = encodeURIComponent(`${listName}|(1,000)`);
  for (let i = 0; i < bench.runs; i++) {
    blank.push(...(await timeOpens(bench.context, `${bench.base}/blank.html`, 1)));
    popup.push(...(await timeOpens(bench.context, `${bench.base}/popup.html#${hash}`, 1)));
  }
  await bench.callHook('clearOutbox');
  return ratioFigure(
    'popup ready (1,000 waiting)',
    popup,
    blank,
    1.25,
    (p, b) =>
      `median popup ${p.toFixed(1)} ms with its list of 1,000 shown, blank page ${b.toFixed(1)} ms, ${bench.runs} opens each`,
  );
}
