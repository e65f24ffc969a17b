import { newObjectId } from '../ticktick/types';
import type { OutboxCore } from './core';
import type { CaptureTask, OutboxEntry, OutboxHold } from './entry';
import { flush } from './flush';
import { keepFresh, type Persisted } from './keep-fresh';
import { asTickTickError, type FlushOutcome } from './sender';

export interface FreshCapture {
  entry: OutboxEntry;
  /** Settles the moment TickTick confirms (the records are written after), or says why not. */
  sent: Promise<FlushOutcome>;
  /** Settles when the write is done, and rejects if it failed: a capture that did not land is safe only then. */
  persisted: Promise<Persisted>;
}

/** A capture as it enters the queue: its id, made here, is also its task's id on V2. */
export async function newEntry(core: OutboxCore, task: CaptureTask, sending: boolean): Promise<OutboxEntry> {
  const now = core.deps.now();
  return {
    id: newObjectId(),
    task,
    state: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    createdAt: now,
    account: await core.deps.connections.account(),
    delivery: sending ? { kind: 'sending', run: core.run, since: now } : { kind: 'unsent' },
  };
}

/**
 * A fresh capture's turn in the lane: sent, unless it was removed meanwhile
 * or a failure came after it was queued (then it waits with the rest instead
 * of trying the same wall).
 */
async function sendFresh(
  core: OutboxCore,
  entry: OutboxEntry,
  heldWhenQueued: OutboxHold | null,
  persisted: Promise<unknown>,
  confirm: (o: FlushOutcome) => void,
) {
  const [current, held] = await Promise.all([core.queue.get(entry.id), core.hold.getValue()]);
  // Not in the queue: removed by the user, or its write failed, and then sending it is the only chance it has.
  const saved = () =>
    persisted.then(
      () => true,
      () => false,
    );
  if (!current && (await saved())) {
    return confirm({
      id: entry.id,
      error: { code: 'removed', message: 'Removed from the outbox before it was sent.' },
    });
  }
  // The hold changes only when a send fails: changed since this capture was queued, a failure came after it.
  const failedSince = held && (held.since !== heldWhenQueued?.since || held.failures !== heldWhenQueued.failures);
  if (failedSince) {
    await core.queue.update(entry.id, (e) => ({ ...e, delivery: { kind: 'unsent' } }));
    return confirm({ id: entry.id, error: held.lastError });
  }
  const attempt = await core.sender.sendOne(current ?? entry, confirm);
  confirm(attempt.outcome);
  await core.recording.get(entry.id);
  await core.checkTwins();
  // TickTick is back: what waited for it goes now, not at its next alarm.
  if (held && 'landed' in attempt.outcome) void flush(core, { force: true });
}

/**
 * A fresh capture: written to the queue (marked as being sent, in the same
 * write), then sent at once unless TickTick asked us to wait. The request
 * leaves once the write is with the browser, and the two complete together:
 * a capture costs one round trip, not a write and then a round trip.
 */
export async function captureFresh(core: OutboxCore, task: CaptureTask): Promise<FreshCapture> {
  const held = await core.hold.getValue();
  const rateLimited = held?.rateLimited && held.until > core.deps.now() ? held : undefined;
  const entry = await newEntry(core, task, !rateLimited);
  if (!rateLimited) core.claimed.add(entry.id);
  const { handedOver, persisted } = keepFresh(core.queue, entry, {
    freeStorage: core.deps.freeStorage,
    landed: () => core.recording.has(entry.id),
  });
  persisted.catch((error: unknown) => console.error('A capture was not written to the outbox', error));
  try {
    // Held back, it is not sent: nothing to overlap with the write.
    await (rateLimited ? persisted : handedOver);
  } catch (error) {
    core.claimed.delete(entry.id);
    throw error;
  }
  // The badge, and the alarm that sends it should this worker stop mid-send: once its request is on its way.
  setTimeout(() => void Promise.all([core.showCount(), core.indicators.wakeBy(entry.createdAt)]), 0);
  if (rateLimited) return { entry, sent: Promise.resolve({ id: entry.id, error: rateLimited.lastError }), persisted };
  const sent = new Promise<FlushOutcome>((confirm) => {
    void core.inLane(() =>
      sendFresh(core, entry, held, persisted, confirm)
        .catch((caught: unknown) => {
          const error = asTickTickError(caught);
          confirm({ id: entry.id, error: { code: error.kind, message: error.message } });
        })
        .finally(() => {
          core.claimed.delete(entry.id);
          void core.showCount();
        }),
    );
  });
  return { entry, sent, persisted };
}
