import type { Connections } from '../auth/connections';
import { outboxItem, sentCapturesItem, type CaptureTask, type OutboxEntry, type SentCapture } from '../storage/items';
import { TickTickError } from '../ticktick/errors';
import { newObjectId } from '../ticktick/types';
import { retryDelayMs } from './backoff';
import { preferredConnection } from '../auth/connections';
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

export type FlushOutcome = { id: string } & ({ landed: Landed } | { error: { code: string; message: string } });

/**
 * The durable queue of captures. A capture is written to storage before any
 * network call; sends run one at a time; each capture lands exactly once.
 */
export function createOutbox(deps: OutboxDeps) {
  let flushing: Promise<FlushOutcome[]> | undefined;

  async function save(entries: OutboxEntry[]): Promise<void> {
    await outboxItem.setValue(entries);
    const waiting = entries.filter((e) => e.state === 'pending');
    await deps.showPendingCount(entries.length);
    const next = waiting.reduce<number | undefined>(
      (min, e) => (min === undefined || e.nextAttemptAt < min ? e.nextAttemptAt : min),
      undefined,
    );
    await deps.scheduleWake(next);
  }

  async function updateEntry(id: string, change: (entry: OutboxEntry) => OutboxEntry | undefined): Promise<void> {
    const entries = await outboxItem.getValue();
    const next: OutboxEntry[] = [];
    for (const entry of entries) {
      if (entry.id !== id) next.push(entry);
      else {
        const changed = change(entry);
        if (changed) next.push(changed);
      }
    }
    await save(next);
  }

  async function recordSent(entry: OutboxEntry, landed: Landed): Promise<void> {
    const sent: SentCapture = {
      captureId: entry.id,
      taskId: landed.taskId,
      projectId: landed.projectId,
      title: entry.task.title,
      via: landed.via,
      sentAt: deps.now(),
    };
    const previous = await sentCapturesItem.getValue();
    await sentCapturesItem.setValue([sent, ...previous.filter((s) => s.captureId !== entry.id)].slice(0, KEEP_SENT));
  }

  async function sendOne(entry: OutboxEntry): Promise<FlushOutcome> {
    const via = await preferredConnection();
    if (!via) {
      const error = { code: 'auth', message: 'Waiting for you to connect TickTick in the settings.' };
      await updateEntry(entry.id, (e) => ({ ...e, lastError: error, nextAttemptAt: deps.now() + WAIT_FOR_SIGN_IN_MS }));
      return { id: entry.id, error };
    }
    // Mark the send before making it: if the worker dies now, the next start knows the outcome is unknown.
    const outcomeUnknown = entry.outcomeUnknown || entry.inFlightSince !== undefined;
    await updateEntry(entry.id, (e) => ({ ...e, inFlightSince: deps.now(), outcomeUnknown }));
    try {
      const landed = await sendCapture(deps.connections, { ...entry, outcomeUnknown }, via);
      await recordSent(entry, landed);
      await updateEntry(entry.id, () => undefined);
      return { id: entry.id, landed };
    } catch (caught) {
      const error =
        caught instanceof TickTickError
          ? caught
          : new TickTickError({ kind: 'client', message: caught instanceof Error ? caught.message : String(caught) });
      const attempts = entry.attempts + 1;
      const lastError = { code: error.kind, message: error.message };
      await updateEntry(entry.id, (e) => {
        const base = { ...e, attempts, lastError, inFlightSince: undefined };
        if (error.retryable) {
          // A timeout or a dropped connection may still have created the task on V1.
          const unknown = outcomeUnknown || error.kind === 'timeout' || error.kind === 'network';
          return {
            ...base,
            outcomeUnknown: unknown,
            nextAttemptAt: deps.now() + retryDelayMs(attempts, error.retryAfter, deps.random),
          };
        }
        if (error.kind === 'auth') return { ...base, nextAttemptAt: deps.now() + WAIT_FOR_SIGN_IN_MS };
        return { ...base, state: 'needs-attention' as const };
      });
      return { id: entry.id, error: lastError };
    }
  }

  async function runFlush(force: boolean, only?: string): Promise<FlushOutcome[]> {
    const outcomes: FlushOutcome[] = [];
    const entries = await outboxItem.getValue();
    for (const entry of entries) {
      if (only !== undefined && entry.id !== only) continue;
      if (entry.state !== 'pending' || (!force && entry.nextAttemptAt > deps.now())) continue;
      outcomes.push(await sendOne(entry));
    }
    // Keep the badge and the alarm right even when nothing was due.
    await save(await outboxItem.getValue());
    return outcomes;
  }

  const outbox = {
    /** Persists a capture (awaited) before anything is sent. */
    async enqueue(task: CaptureTask): Promise<OutboxEntry> {
      const entry: OutboxEntry = {
        id: newObjectId(),
        task,
        state: 'pending',
        attempts: 0,
        nextAttemptAt: deps.now(),
        createdAt: deps.now(),
      };
      await save([...(await outboxItem.getValue()), entry]);
      return entry;
    },

    /**
     * Sends what is due, one capture at a time; a flush asked for while one
     * runs waits for it and then runs again, so nothing is sent twice at once.
     */
    async flush(options: { force?: boolean; only?: string } = {}): Promise<FlushOutcome[]> {
      while (flushing) await flushing.catch(() => undefined);
      const current = runFlush(options.force ?? false, options.only);
      flushing = current;
      try {
        return await current;
      } finally {
        if (flushing === current) flushing = undefined;
      }
    },

    list: () => outboxItem.getValue(),

    async retry(id: string): Promise<FlushOutcome[]> {
      await updateEntry(id, (e) => ({ ...e, state: 'pending', nextAttemptAt: deps.now() }));
      return outbox.flush({ only: id });
    },

    async edit(id: string, change: Partial<Pick<CaptureTask, 'title' | 'content' | 'projectId'>>): Promise<void> {
      await updateEntry(id, (e) => ({ ...e, task: { ...e.task, ...change } }));
    },

    async remove(id: string): Promise<void> {
      await updateEntry(id, () => undefined);
    },

    /** Brings the badge and the wake-up alarm back after the worker restarted. */
    async restore(): Promise<void> {
      await save(await outboxItem.getValue());
    },
  };
  return outbox;
}

export type Outbox = ReturnType<typeof createOutbox>;
