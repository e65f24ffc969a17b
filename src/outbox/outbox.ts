import type { Connections } from '../auth/connections';
import { outboxHoldItem, sentCapturesItem } from '../storage/items';
import { memoItem } from '../storage/memo';
import { serially } from '../storage/update-item';
import { newObjectId } from '../ticktick/types';
import type { CaptureTask, OutboxEntry, OutboxHold, SentCapture } from './entry';
import { createIndicators, type IndicatorDeps } from './indicators';
import { keepFresh, type Persisted } from './keep-fresh';
import { createQueue, QUEUE_CHAIN } from './queue';
import { asTickTickError, createSender, type FlushOutcome, type Landing, type Prepared } from './sender';
import { removeResendTwins } from './twins';

export type { FlushOutcome } from './sender';

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
 * The durable queue of captures. A capture is written to storage before any
 * network call; sends run one at a time (the lane); each capture lands exactly
 * once, into the account it was made under. After a failure that is TickTick's
 * or the network's, the whole queue waits (with backoff, or as long as
 * Retry-After says) instead of sending the next capture into the same wall.
 */
export function createOutbox(deps: OutboxDeps) {
  const run = newObjectId();
  const queue = createQueue();
  const hold = memoItem(outboxHoldItem);
  const sent = memoItem(sentCapturesItem);
  const indicators = createIndicators(deps);
  /** Sends are one at a time, and so is what must not cross a send (an edit, a removal). */
  const lane = { run: <T>(work: () => Promise<T>) => serially(`outbox-lane:${run}`, work) };
  /** Fresh captures whose own send is queued or under way: flushes leave them to it. */
  const claimed = new Set<string>();
  /** Landed captures whose records are being written: still queued in storage, sent by no one again. */
  const recording = new Map<string, Promise<void>>();
  const onTheirWay = (id: string) => claimed.has(id) || recording.has(id);
  const sender = createSender({ ...deps, queue, run, hold, sent, recording: (id, written) => track(id, written) });

  /** The badge counts what waits, not a fresh capture on its way (it would flash "1" for every capture). */
  const showCount = async () => indicators.showCount((await queue.ids()).filter((id) => !onTheirWay(id)).length);

  /** Badge and alarm from the whole queue: at a flush's end, and when the worker starts. */
  async function refreshIndicators(): Promise<void> {
    const [entries, held] = await Promise.all([queue.list(), hold.getValue()]);
    await Promise.all([showCount(), indicators.wakeAt(nextWake(entries, held?.until ?? 0))]);
  }

  function track(id: string, recorded: Promise<void>): void {
    const written = recorded
      .catch((error: unknown) => console.error('A landed capture was not recorded', error))
      .finally(() => {
        recording.delete(id);
        void showCount();
      });
    recording.set(id, written);
  }

  /** V1 landings are looked at once more, for a twin the browser's own resend made (see twins.ts). */
  async function checkTwins(): Promise<void> {
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
  }

  async function dueEntries(force: boolean, only: string | undefined): Promise<OutboxEntry[]> {
    const now = deps.now();
    return (
      (await queue.list())
        .filter(
          (e) =>
            e.state === 'pending' &&
            !onTheirWay(e.id) &&
            (only === undefined || e.id === only) &&
            (force || e.nextAttemptAt <= now),
        )
        // The longest-waiting first: a capture that keeps failing does not stand in front of the others.
        .sort((a, b) => a.nextAttemptAt - b.nextAttemptAt || a.createdAt - b.createdAt)
    );
  }

  /**
   * A landing whose records wait for the flush's next write. It counts as
   * recording from its confirmation on, so nothing sends it again meanwhile.
   */
  function holdLanding(landing: Landing): { landing: Landing; done: () => void } {
    let done!: () => void;
    track(landing.id, new Promise<void>((resolve) => (done = resolve)));
    return { landing, done };
  }

  /**
   * One write for two things: this capture marked as being sent, the one
   * before it landed (its records go along). The request leaves once the write
   * is with the browser, so a flush costs one write per capture, made while the
   * request is under way.
   */
  async function markAfterLanding(prepared: Prepared | undefined, pending: ReturnType<typeof holdLanding> | undefined) {
    const put = prepared?.markNeeded ? [prepared.marked] : [];
    if (!put.length && !pending) return;
    const { handedOver, persisted } = queue.change(
      { put, drop: pending ? [pending.landing.id] : [] },
      pending?.landing.along,
    );
    if (pending) {
      void persisted
        .then(pending.landing.written)
        .catch((error: unknown) => console.error('A landed capture was not recorded', error))
        .finally(pending.done);
    }
    await handedOver;
  }

  async function runFlush(force: boolean, only?: string): Promise<FlushOutcome[]> {
    const outcomes: FlushOutcome[] = [];
    const held = await hold.getValue();
    let pending: ReturnType<typeof holdLanding> | undefined;
    if (force || !held || held.until <= deps.now()) {
      for (const { id } of await dueEntries(force, only)) {
        // Read again: an edit or a removal may have come in while the one before was sent.
        const entry = await queue.get(id);
        if (!entry || entry.state !== 'pending' || onTheirWay(id)) continue;
        const prepared = await sender.prepare(entry);
        if ('attempt' in prepared) {
          outcomes.push(prepared.attempt.outcome);
          if (prepared.attempt.stopQueue) break;
          continue;
        }
        await markAfterLanding(prepared, pending);
        pending = undefined;
        const result = await sender.send(prepared);
        if ('outcome' in result) {
          outcomes.push(result.outcome);
          if (result.stopQueue) break;
          continue;
        }
        outcomes.push({ id, landed: result });
        pending = holdLanding(sender.landingRecords(prepared.marked, result));
      }
    }
    await markAfterLanding(undefined, pending);
    // A flush ends with the queue in storage as it is in memory.
    await Promise.all([queue.settled(), ...recording.values()]);
    await checkTwins();
    await refreshIndicators();
    return outcomes;
  }

  const flush = (options: { force?: boolean; only?: string } = {}) =>
    lane.run(() => runFlush(options.force ?? false, options.only));

  /**
   * A fresh capture's turn in the lane: sent, unless it was removed meanwhile
   * or a failure came after it was queued (then it waits with the rest instead
   * of trying the same wall).
   */
  async function sendFresh(
    entry: OutboxEntry,
    heldWhenQueued: OutboxHold | null,
    persisted: Promise<unknown>,
    confirm: (o: FlushOutcome) => void,
  ) {
    const [current, held] = await Promise.all([queue.get(entry.id), hold.getValue()]);
    // Not in the queue: removed by the user, or its write failed, and then sending it is the only chance it has.
    if (
      !current &&
      (await persisted.then(
        () => true,
        () => false,
      ))
    ) {
      return confirm({
        id: entry.id,
        error: { code: 'removed', message: 'Removed from the outbox before it was sent.' },
      });
    }
    // The hold changes only when a send fails: changed since this capture was queued, a failure came after it.
    const failedSince = held && (held.since !== heldWhenQueued?.since || held.failures !== heldWhenQueued.failures);
    if (failedSince) {
      await queue.update(entry.id, (e) => ({ ...e, delivery: { kind: 'unsent' } }));
      return confirm({ id: entry.id, error: held.lastError });
    }
    const attempt = await sender.sendOne(current ?? entry, confirm);
    confirm(attempt.outcome);
    await recording.get(entry.id);
    await checkTwins();
    // TickTick is back: what waited for it goes now, not at its next alarm.
    if (held && 'landed' in attempt.outcome) void flush({ force: true });
  }

  const newEntry = (task: CaptureTask, now: number, sending: boolean): OutboxEntry => ({
    id: newObjectId(),
    task,
    state: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    createdAt: now,
    delivery: sending ? { kind: 'sending', run, since: now } : { kind: 'unsent' },
  });

  const outbox = {
    /** Persists a capture (awaited) without sending it. */
    async enqueue(task: CaptureTask): Promise<OutboxEntry> {
      const entry = { ...newEntry(task, deps.now(), false), account: await deps.connections.account() };
      await keepFresh(queue, entry, { freeStorage: deps.freeStorage, landed: () => false }).persisted;
      await Promise.all([showCount(), indicators.wakeBy(entry.nextAttemptAt)]);
      return entry;
    },

    /**
     * A fresh capture: written to the queue (marked as being sent, in the same
     * write), then sent at once unless TickTick asked us to wait. The request
     * leaves once the write is with the browser, and the two complete together:
     * a capture costs one round trip, not a write and then a round trip.
     * `sent` settles the moment TickTick confirms (the records are written after);
     * `persisted` when the write is done, and rejects if it failed: a capture
     * that did not land is safe only once it is persisted.
     */
    async capture(
      task: CaptureTask,
    ): Promise<{ entry: OutboxEntry; sent: Promise<FlushOutcome>; persisted: Promise<Persisted> }> {
      const now = deps.now();
      const held = await hold.getValue();
      const rateLimited = held?.rateLimited && held.until > now ? held : undefined;
      const entry = { ...newEntry(task, now, !rateLimited), account: await deps.connections.account() };
      if (!rateLimited) claimed.add(entry.id);
      const { handedOver, persisted } = keepFresh(queue, entry, {
        freeStorage: deps.freeStorage,
        landed: () => recording.has(entry.id),
      });
      persisted.catch((error: unknown) => console.error('A capture was not written to the outbox', error));
      try {
        // Held back, it is not sent: nothing to overlap with the write.
        await (rateLimited ? persisted : handedOver);
      } catch (error) {
        claimed.delete(entry.id);
        throw error;
      }
      // The badge, and the alarm that sends it should this worker stop mid-send: once its request is on its way.
      setTimeout(() => void Promise.all([showCount(), indicators.wakeBy(now)]), 0);
      if (rateLimited)
        return { entry, sent: Promise.resolve({ id: entry.id, error: rateLimited.lastError }), persisted };
      const sent = new Promise<FlushOutcome>((confirm) => {
        void lane.run(() =>
          sendFresh(entry, held, persisted, confirm)
            .catch((caught: unknown) => {
              const error = asTickTickError(caught);
              confirm({ id: entry.id, error: { code: error.kind, message: error.message } });
            })
            .finally(() => {
              claimed.delete(entry.id);
              void showCount();
            }),
        );
      });
      return { entry, sent, persisted };
    },

    flush,
    list: () => queue.list(),
    isWaiting: async (id: string) => (await queue.ids()).includes(id),
    /** The count and the first few, as the popup lists them. */
    waiting: () => queue.waiting(),

    async retry(id: string): Promise<FlushOutcome[]> {
      await queue.update(id, (e) => ({ ...e, state: 'pending', nextAttemptAt: deps.now() }));
      return flush({ only: id, force: true });
    },

    /** A capture made under another account, sent into the one signed in now because the user said so. */
    async sendHere(id: string): Promise<FlushOutcome[]> {
      const account = await deps.connections.account();
      await queue.update(id, (e) => ({
        ...e,
        account,
        state: 'pending',
        nextAttemptAt: deps.now(),
        lastError: undefined,
      }));
      return flush({ only: id, force: true });
    },

    /** Edits wait for a send under way, so that a change is never overwritten by it; only what is named changes. */
    edit(id: string, change: Partial<Pick<CaptureTask, 'title' | 'content' | 'projectId'>>): Promise<void> {
      const named = Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined));
      return lane.run(async () => {
        await queue.update(id, (e) => ({ ...e, task: { ...e.task, ...named } }));
        await refreshIndicators();
      });
    },

    remove(id: string): Promise<void> {
      return lane.run(async () => {
        await queue.remove(id);
        await refreshIndicators();
      });
    },

    /** What a landed capture made, once its record is written; undefined if it never landed. */
    async sentRecord(captureId: string): Promise<SentCapture | undefined> {
      await recording.get(captureId);
      return (await sent.getValue()).find((s) => s.captureId === captureId);
    },

    forgetSent: (captureId: string) =>
      serially(QUEUE_CHAIN, async () =>
        sent.setValue((await sent.getValue()).filter((s) => s.captureId !== captureId)),
      ),

    /** Brings the badge and the wake-up alarm back after the worker restarted (or storage was changed from outside). */
    async restore(): Promise<void> {
      indicators.forget();
      queue.forget();
      hold.forget();
      sent.forget();
      await refreshIndicators();
    },
  };
  return outbox;
}

export type Outbox = ReturnType<typeof createOutbox>;
