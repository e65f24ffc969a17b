import { serially } from '../storage/update-item';
import { createOutboxCore, type OutboxDeps } from './core';
import type { CaptureTask, OutboxEntry, SentCapture } from './entry';
import { flush } from './flush';
import { captureFresh, newEntry } from './fresh';
import { keepFresh } from './keep-fresh';
import { QUEUE_CHAIN } from './queue';
import type { FlushOutcome } from './sender';

export type { OutboxDeps } from './core';
export type { FlushOutcome } from './sender';

/**
 * The durable queue of captures. A capture is written to storage before any
 * network call; sends run one at a time; each capture lands exactly once, into
 * the account it was made under. After a failure that is TickTick's or the
 * network's, the whole queue waits (with backoff, or as long as Retry-After
 * says) instead of sending the next capture into the same wall. The parts:
 * queue.ts (storage), sender.ts (one send), flush.ts, fresh.ts (a capture made
 * now), indicators.ts (badge, alarm).
 */
export function createOutbox(deps: OutboxDeps) {
  const core = createOutboxCore(deps);
  const { queue, sent } = core;
  /** What must not cross a send (an edit, a removal) waits for it in the lane, then puts badge and alarm right. */
  const afterSends = (change: () => Promise<unknown>) =>
    core.inLane(async () => {
      await change();
      await core.refreshIndicators();
    });
  const resend = async (id: string, change: (entry: OutboxEntry) => OutboxEntry): Promise<FlushOutcome[]> => {
    await queue.update(id, change);
    return flush(core, { only: id, force: true });
  };

  return {
    /** Persists a capture (awaited) without sending it. */
    async enqueue(task: CaptureTask): Promise<OutboxEntry> {
      const entry = await newEntry(core, task, false);
      await keepFresh(queue, entry, { freeStorage: deps.freeStorage, landed: () => false }).persisted;
      await Promise.all([core.showCount(), core.indicators.wakeBy(entry.nextAttemptAt)]);
      return entry;
    },
    capture: (task: CaptureTask) => captureFresh(core, task),
    flush: (options?: { force?: boolean; only?: string }) => flush(core, options),

    list: () => queue.list(),
    isWaiting: async (id: string) => (await queue.ids()).includes(id),
    /** The count and the first few, as the popup lists them. */
    waiting: () => queue.waiting(),

    retry: (id: string) => resend(id, (e) => ({ ...e, state: 'pending', nextAttemptAt: deps.now() })),
    /** A capture made under another account, sent into the one signed in now because the user said so. */
    async sendHere(id: string): Promise<FlushOutcome[]> {
      const account = await deps.connections.account();
      return resend(id, (e) => ({ ...e, account, state: 'pending', nextAttemptAt: deps.now(), lastError: undefined }));
    },
    /** Only what is named changes. */
    edit(id: string, change: Partial<Pick<CaptureTask, 'title' | 'content' | 'projectId'>>): Promise<void> {
      const named = Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined));
      return afterSends(() => queue.update(id, (e) => ({ ...e, task: { ...e.task, ...named } })));
    },
    remove: (id: string): Promise<void> => afterSends(() => queue.remove(id)),

    /** What a landed capture made, once its record is written; undefined if it never landed. */
    async sentRecord(captureId: string): Promise<SentCapture | undefined> {
      await core.recording.get(captureId);
      return (await sent.getValue()).find((s) => s.captureId === captureId);
    },
    forgetSent: (captureId: string) =>
      serially(QUEUE_CHAIN, async () =>
        sent.setValue((await sent.getValue()).filter((s) => s.captureId !== captureId)),
      ),

    /** Brings the badge and the wake-up alarm back after the worker restarted (or storage was changed from outside). */
    async restore(): Promise<void> {
      core.indicators.forget();
      queue.forget();
      core.hold.forget();
      sent.forget();
      await core.refreshIndicators();
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
