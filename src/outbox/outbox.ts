import { storage } from '@wxt-dev/storage';
import type { Connections } from '../auth/connections';
import {
  outboxHoldItem,
  outboxItem,
  sentCapturesItem,
  type CaptureTask,
  type OutboxEntry,
  type OutboxHold,
  type SentCapture,
} from '../storage/items';
import { memoItem } from '../storage/memo';
import { TickTickError } from '../ticktick/errors';
import { newObjectId } from '../ticktick/types';
import { retryDelayMs } from './backoff';
import { sendCapture, type Landed } from './send-capture';

export interface OutboxDeps {
  connections: Connections;
  now: () => number;
  random?: () => number;
  /** Wakes the worker at this time (an alarm): the outbox is flushed again then. */
  scheduleWake: (at: number | undefined) => Promise<void>;
  /** Shown on the toolbar button. */
  showPendingCount: (count: number) => Promise<void>;
}

const KEEP_SENT = 50;
/** While signed out or refused, captures wait; the sign-in itself flushes them sooner. */
const WAIT_FOR_SIGN_IN_MS = 15 * 60_000;
const WAITING_FOR_SIGN_IN = { code: 'auth', message: 'Waiting for you to connect TickTick in the settings.' };

export type FlushOutcome = { id: string } & ({ landed: Landed } | { error: { code: string; message: string } });

/** A send's outcome, and whether the captures behind it should wait (TickTick is down, or we are signed out). */
interface Attempt {
  outcome: FlushOutcome;
  stopQueue: boolean;
}

/** When the worker should wake to send again: the earliest pending capture, not before the hold ends. */
function nextWake(entries: OutboxEntry[], hold: OutboxHold | null): number | undefined {
  let next: number | undefined;
  for (const entry of entries) {
    if (entry.state !== 'pending') continue;
    const at = Math.max(entry.nextAttemptAt, hold?.until ?? 0);
    if (next === undefined || at < next) next = at;
  }
  return next;
}

function asTickTickError(caught: unknown): TickTickError {
  return caught instanceof TickTickError
    ? caught
    : new TickTickError({ kind: 'client', message: caught instanceof Error ? caught.message : String(caught) });
}

/**
 * The durable queue of captures. A capture is written to storage before any
 * network call; sends run one at a time; each capture lands exactly once.
 * After a failure that is TickTick's or the network's, the whole queue waits
 * (with backoff, or as long as Retry-After says) instead of sending the next
 * capture into the same wall.
 */
export function createOutbox(deps: OutboxDeps) {
  /** This worker run: a send marked by another run that never finished has an unknown outcome. */
  const run = newObjectId();
  const entriesItem = memoItem(outboxItem);
  const holdItem = memoItem(outboxHoldItem);
  const sentItem = memoItem(sentCapturesItem);
  /** Fresh captures whose own send is queued or under way: flushes leave them to it. */
  const claimed = new Set<string>();
  /** Sends of this run that failed for reasons that stop the queue; a capture that waited through one does not try. */
  let queueStops = 0;
  /**
   * Landed captures whose record is being written: still in the stored queue until
   * it is, so no flush may send them again; an Undo that comes quickly waits for it.
   */
  const recording = new Map<string, Promise<void>>();

  // Sends are one at a time (the lane); writes of the queue are one at a time too
  // (the write chain), but never wait for the network, so a capture is persisted
  // at once even while a send hangs.
  let lane: Promise<unknown> = Promise.resolve();
  function inLane<T>(work: () => Promise<T>): Promise<T> {
    const result = lane.then(work);
    lane = result.catch(() => undefined);
    return result;
  }
  let writes: Promise<unknown> = Promise.resolve();
  function serialWrite<T>(write: () => Promise<T>): Promise<T> {
    const result = writes.then(write);
    writes = result.catch(() => undefined);
    return result;
  }

  const mutateEntries = (change: (entries: OutboxEntry[]) => OutboxEntry[]) =>
    serialWrite(async () => {
      const next = change(await entriesItem.getValue());
      await entriesItem.setValue(next);
      return next;
    });
  const updateEntry = (id: string, change: (entry: OutboxEntry) => OutboxEntry | undefined) =>
    mutateEntries((entries) =>
      entries.flatMap((entry) => {
        if (entry.id !== id) return [entry];
        const changed = change(entry);
        return changed ? [changed] : [];
      }),
    );

  // Badge and alarm follow the queue; updates run in order, each from the latest state.
  let indicators: Promise<void> = Promise.resolve();
  /** The count the badge shows, as this run last set it: not set again unchanged (two calls to the browser). */
  let badgeShows: number | undefined;
  function refreshIndicators(): Promise<void> {
    indicators = indicators
      .then(async () => {
        const [entries, hold] = await Promise.all([entriesItem.getValue(), holdItem.getValue()]);
        // The badge counts what waits, not a fresh capture on its way (it would flash "1" for every capture);
        // the alarm counts it too, in case this worker stops before its answer comes.
        const waiting = entries.filter((e) => !claimed.has(e.id) && !recording.has(e.id)).length;
        const showing =
          waiting === badgeShows ? undefined : deps.showPendingCount(waiting).then(() => void (badgeShows = waiting));
        await Promise.all([showing, deps.scheduleWake(nextWake(entries, hold))]);
      })
      .catch((error: unknown) => console.warn('Outbox badge or alarm not updated', error));
    return indicators;
  }

  /** One write for the three facts of a landing: out of the queue, into the sent list, the hold over. */
  function recordLanded(entry: OutboxEntry, landed: Landed): Promise<void> {
    return serialWrite(async () => {
      // In order with the other writes, but after the answer: the confirmation reaches the
      // user before this write's work (reading, serialising the sent list) takes its turn.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const [entries, sent, hold] = await Promise.all([
        entriesItem.getValue(),
        sentItem.getValue(),
        holdItem.getValue(),
      ]);
      const record: SentCapture = {
        captureId: entry.id,
        taskId: landed.taskId,
        projectId: landed.projectId,
        title: entry.task.title,
        via: landed.via,
        sentAt: deps.now(),
      };
      const nextEntries = entries.filter((e) => e.id !== entry.id);
      const nextSent = [record, ...sent.filter((s) => s.captureId !== entry.id)].slice(0, KEEP_SENT);
      entriesItem.remember(nextEntries);
      sentItem.remember(nextSent);
      if (hold) holdItem.remember(null);
      try {
        await storage.setItems([
          { item: outboxItem, value: nextEntries },
          { item: sentCapturesItem, value: nextSent },
          ...(hold ? [{ item: outboxHoldItem, value: null }] : []),
        ]);
      } catch (error) {
        entriesItem.forget();
        sentItem.forget();
        holdItem.forget();
        throw error;
      }
    });
  }

  async function recordFailure(entry: OutboxEntry, error: TickTickError, outcomeUnknown: boolean): Promise<Attempt> {
    const now = deps.now();
    const attempts = entry.attempts + 1;
    const lastError = { code: error.kind, message: error.message };
    const cleared = { ...entry, attempts, lastError, inFlightSince: undefined, sendingRun: undefined };
    let next: OutboxEntry;
    if (error.retryable) {
      // A timeout or a dropped connection may still have created the task on V1.
      const unknown = outcomeUnknown || error.kind === 'timeout' || error.kind === 'network';
      next = {
        ...cleared,
        outcomeUnknown: unknown,
        nextAttemptAt: now + retryDelayMs(attempts, error.retryAfter, deps.random),
      };
      const failures = ((await holdItem.getValue())?.failures ?? 0) + 1;
      await serialWrite(() =>
        holdItem.setValue({
          since: now,
          until: now + retryDelayMs(failures, error.retryAfter, deps.random),
          failures,
          rateLimited: error.kind === 'rate-limit',
          lastError,
        }),
      );
    } else if (error.kind === 'auth') {
      next = { ...cleared, outcomeUnknown, nextAttemptAt: now + WAIT_FOR_SIGN_IN_MS };
    } else {
      next = { ...cleared, outcomeUnknown, state: 'needs-attention' };
    }
    await updateEntry(entry.id, () => next);
    const stopQueue = error.retryable || error.kind === 'auth';
    if (stopQueue) queueStops++;
    return { outcome: { id: entry.id, error: lastError }, stopQueue };
  }

  /** Sends one capture; `onConfirmed` hears of a landing before the records are written. */
  async function sendOne(entry: OutboxEntry, onConfirmed?: (outcome: FlushOutcome) => void): Promise<Attempt> {
    const via = await deps.connections.preferred();
    if (!via) {
      await updateEntry(entry.id, (e) => ({
        ...e,
        lastError: WAITING_FOR_SIGN_IN,
        nextAttemptAt: deps.now() + WAIT_FOR_SIGN_IN_MS,
        inFlightSince: undefined,
        sendingRun: undefined,
      }));
      return { outcome: { id: entry.id, error: WAITING_FOR_SIGN_IN }, stopQueue: true };
    }
    const markedHere = entry.inFlightSince !== undefined && entry.sendingRun === run;
    const outcomeUnknown = Boolean(entry.outcomeUnknown) || (entry.inFlightSince !== undefined && !markedHere);
    // Mark the send before making it: if the worker dies now, the next run knows the outcome is unknown.
    if (!markedHere) {
      await updateEntry(entry.id, (e) => ({ ...e, inFlightSince: deps.now(), sendingRun: run, outcomeUnknown }));
    }
    let landed: Landed;
    try {
      landed = await sendCapture(deps.connections, { ...entry, outcomeUnknown }, via);
    } catch (caught) {
      return recordFailure(entry, asTickTickError(caught), outcomeUnknown);
    }
    const outcome: FlushOutcome = { id: entry.id, landed };
    // Known landed at once; the storage write follows on the write chain, so the next send need not wait for it.
    const written = recordLanded(entry, landed)
      .catch((error: unknown) => console.error('A landed capture was not recorded', error))
      .finally(() => {
        recording.delete(entry.id);
        void refreshIndicators();
      });
    recording.set(entry.id, written);
    onConfirmed?.(outcome);
    return { outcome, stopQueue: false };
  }

  async function runFlush(force: boolean, only?: string): Promise<FlushOutcome[]> {
    const outcomes: FlushOutcome[] = [];
    const hold = await holdItem.getValue();
    if (force || !hold || hold.until <= deps.now()) {
      const due = (await entriesItem.getValue())
        .filter(
          (e) =>
            e.state === 'pending' &&
            !claimed.has(e.id) &&
            !recording.has(e.id) &&
            (only === undefined || e.id === only) &&
            (force || e.nextAttemptAt <= deps.now()),
        )
        // The longest-waiting first: a capture that keeps failing does not stand in front of the others.
        .sort((a, b) => a.nextAttemptAt - b.nextAttemptAt || a.createdAt - b.createdAt);
      for (const { id } of due) {
        // Read again: an edit or a removal may have come in while the one before was sent.
        const entry = (await entriesItem.getValue()).find((e) => e.id === id);
        if (!entry || entry.state !== 'pending') continue;
        const { outcome, stopQueue } = await sendOne(entry);
        outcomes.push(outcome);
        if (stopQueue) break;
      }
    }
    // A flush ends with the queue in storage as it is in memory.
    await writes;
    await refreshIndicators();
    return outcomes;
  }

  /**
   * Adds a capture to the queue. `handedOver` settles once its write is with the
   * browser: the storage call is made a microtask after (in @wxt-dev/storage's
   * `setValue`), ahead of anything that waits for `handedOver`, so a request made
   * after it cannot overtake it, and the browser completes it even if this worker
   * stops. `persisted` settles when the write is done.
   */
  function appendEntry(entry: OutboxEntry): { handedOver: Promise<void>; persisted: Promise<void> } {
    let handOver!: () => void;
    const handed = new Promise<void>((resolve) => (handOver = resolve));
    const persisted = serialWrite(async () => {
      const writing = entriesItem.setValue([...(await entriesItem.getValue()), entry]);
      handOver();
      await writing;
    });
    // A write that fails before it is handed over (its read failed) fails `handedOver` too.
    return { handedOver: Promise.race([handed, persisted]), persisted };
  }

  /** A capture as it enters the queue: its id, made here, is also its task's id on V2. */
  function newEntry(task: CaptureTask, now: number): OutboxEntry {
    return { id: newObjectId(), task, state: 'pending', attempts: 0, nextAttemptAt: now, createdAt: now };
  }

  const outbox = {
    /** Persists a capture (awaited) without sending it. */
    async enqueue(task: CaptureTask): Promise<OutboxEntry> {
      const entry = newEntry(task, deps.now());
      await mutateEntries((entries) => [...entries, entry]);
      await refreshIndicators();
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
    ): Promise<{ entry: OutboxEntry; sent: Promise<FlushOutcome>; persisted: Promise<void> }> {
      const now = deps.now();
      const hold = await holdItem.getValue();
      const rateLimited = hold?.rateLimited && hold.until > now ? hold : undefined;
      const entry: OutboxEntry = {
        ...newEntry(task, now),
        ...(rateLimited ? {} : { inFlightSince: now, sendingRun: run }),
      };
      if (!rateLimited) claimed.add(entry.id);
      const stopsBefore = queueStops;
      const { handedOver, persisted } = appendEntry(entry);
      // Whoever waits for the send alone (it landed) leaves a failed write to the log.
      persisted.catch((error: unknown) => console.error('A capture was not written to the outbox', error));
      try {
        // Held back, it is not sent: nothing to overlap with the write.
        await (rateLimited ? persisted : handedOver);
      } catch (error) {
        claimed.delete(entry.id);
        throw error;
      }
      // Badge, and the alarm that sends it should this worker stop mid-send: once its request is on its way.
      setTimeout(() => void refreshIndicators(), 0);
      if (rateLimited) {
        return { entry, sent: Promise.resolve({ id: entry.id, error: rateLimited.lastError }), persisted };
      }

      const sent = new Promise<FlushOutcome>((resolve) => {
        void inLane(async () => {
          try {
            const current = (await entriesItem.getValue()).find((e) => e.id === entry.id);
            const hold = await holdItem.getValue();
            if (!current) {
              resolve({
                id: entry.id,
                error: { code: 'removed', message: 'Removed from the outbox before it was sent.' },
              });
            } else if (queueStops > stopsBefore && hold) {
              // A send failed while this one waited its turn: it waits with the rest instead of trying the same wall.
              await updateEntry(entry.id, (e) => ({ ...e, inFlightSince: undefined, sendingRun: undefined }));
              resolve({ id: entry.id, error: hold.lastError });
            } else {
              const { outcome } = await sendOne(current, resolve);
              resolve(outcome);
              // TickTick is back: what waited for it goes now, not at its next alarm.
              if (hold && 'landed' in outcome) void outbox.flush({ force: true });
            }
          } catch (caught) {
            const error = asTickTickError(caught);
            resolve({ id: entry.id, error: { code: error.kind, message: error.message } });
          } finally {
            claimed.delete(entry.id);
            // Not awaited: the next send need not wait for the badge.
            void refreshIndicators();
          }
        });
      });
      return { entry, sent, persisted };
    },

    /**
     * Sends what is due (all that waits, with `force`), one capture at a time; a
     * flush asked for while one runs waits for it and then runs too, so nothing
     * is sent twice at once.
     */
    flush(options: { force?: boolean; only?: string } = {}): Promise<FlushOutcome[]> {
      return inLane(() => runFlush(options.force ?? false, options.only));
    },

    list: () => entriesItem.getValue(),

    async retry(id: string): Promise<FlushOutcome[]> {
      await updateEntry(id, (e) => ({ ...e, state: 'pending', nextAttemptAt: deps.now() }));
      return outbox.flush({ only: id, force: true });
    },

    /** Edits wait for a send under way, so that a change is never overwritten by it. */
    edit(id: string, change: Partial<Pick<CaptureTask, 'title' | 'content' | 'projectId'>>): Promise<void> {
      return inLane(async () => {
        // Only what the edit names: a key given as undefined (the popup sends the title alone) changes nothing.
        const named = Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined));
        await updateEntry(id, (e) => ({ ...e, task: { ...e.task, ...named } }));
        await refreshIndicators();
      });
    },

    remove(id: string): Promise<void> {
      return inLane(async () => {
        await updateEntry(id, () => undefined);
        await refreshIndicators();
      });
    },

    /** What a landed capture made, once its record is written; undefined if it never landed. */
    async sentRecord(captureId: string): Promise<SentCapture | undefined> {
      await recording.get(captureId);
      return (await sentItem.getValue()).find((s) => s.captureId === captureId);
    },

    async forgetSent(captureId: string): Promise<void> {
      await serialWrite(async () =>
        sentItem.setValue((await sentItem.getValue()).filter((s) => s.captureId !== captureId)),
      );
    },

    /** Brings the badge and the wake-up alarm back after the worker restarted (or storage was changed from outside). */
    async restore(): Promise<void> {
      badgeShows = undefined;
      entriesItem.forget();
      holdItem.forget();
      sentItem.forget();
      await refreshIndicators();
    },
  };
  return outbox;
}

export type Outbox = ReturnType<typeof createOutbox>;
