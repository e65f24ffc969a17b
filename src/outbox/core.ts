import type { Connections } from '../auth/connections';
import { outboxHoldItem, sentCapturesItem } from '../storage/items';
import { memoItem } from '../storage/memo';
import { serially } from '../storage/update-item';
import { newObjectId } from '../ticktick/types';
import type { OutboxEntry, SentCapture } from './entry';
import { createIndicators, type IndicatorDeps } from './indicators';
import { createQueue, QUEUE_CHAIN } from './queue';
import { createSender } from './sender';
import { removeResendTwins } from './twins';

export interface OutboxDeps extends IndicatorDeps {
  connections: Connections;
  now: () => number;
  random?: () => number;
  /** Storage is full: make room by dropping what can be fetched again (the lists, the sent records). */
  freeStorage?: () => Promise<void>;
}

/** When the worker should wake to send again: the earliest pending capture, not before the hold ends. */
function nextWake(entries: OutboxEntry[], holdUntil: number): number | undefined {
  let next: number | undefined;
  for (const entry of entries) {
    if (entry.state !== 'pending') continue;
    const at = Math.max(entry.nextAttemptAt, holdUntil);
    if (next === undefined || at < next) next = at;
  }
  return next;
}

/**
 * What the outbox's parts share in one worker run: the stored queue, the hold
 * and sent records, the indicators, the lane sends go through one at a time,
 * and which captures are on their way (claimed by their own fresh send, or
 * landed with their records being written) so that nothing sends them again.
 */
export function createOutboxCore(deps: OutboxDeps) {
  const run = newObjectId();
  const queue = createQueue();
  const hold = memoItem(outboxHoldItem);
  const sent = memoItem(sentCapturesItem);
  const indicators = createIndicators(deps);
  const claimed = new Set<string>();
  const recording = new Map<string, Promise<void>>();
  const onTheirWay = (id: string) => claimed.has(id) || recording.has(id);

  /** The badge counts what waits, not a fresh capture on its way (it would flash "1" for every capture). */
  const showCount = async () => indicators.showCount((await queue.ids()).filter((id) => !onTheirWay(id)).length);

  function track(id: string, recorded: Promise<void>): void {
    const written = recorded
      .catch((error: unknown) => console.error('A landed capture was not recorded', error))
      .finally(() => {
        recording.delete(id);
        void showCount();
      });
    recording.set(id, written);
  }

  const core = {
    deps,
    run,
    queue,
    hold,
    sent,
    indicators,
    claimed,
    recording,
    onTheirWay,
    showCount,
    track,
    sender: createSender({ ...deps, queue, run, hold, sent, recording: track }),
    /** Sends are one at a time, and so is what must not cross a send (an edit, a removal). */
    inLane: <T>(work: () => Promise<T>) => serially(`outbox-lane:${run}`, work),

    /** Badge and alarm from the whole queue: at a flush's end, and when the worker starts. */
    async refreshIndicators(): Promise<void> {
      const [entries, held] = await Promise.all([queue.list(), hold.getValue()]);
      await Promise.all([showCount(), indicators.wakeAt(nextWake(entries, held?.until ?? 0))]);
    },

    /** V1 landings are looked at once more, for a twin the browser's own resend made (see twins.ts). */
    async checkTwins(): Promise<void> {
      const records = await sent.getValue();
      if (!records.some((record) => record.twinCheck === 'due')) return;
      const checked = await removeResendTwins(deps.connections, records);
      if (!checked.size) return;
      await serially(QUEUE_CHAIN, async () => {
        const next = (await sent.getValue()).map(({ twinCheck, ...record }): SentCapture =>
          checked.has(record.captureId) || !twinCheck ? record : { ...record, twinCheck },
        );
        await sent.setValue(next);
      });
    },
  };
  return core;
}

export type OutboxCore = ReturnType<typeof createOutboxCore>;
