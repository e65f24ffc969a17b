import type { OutboxCore } from './core';
import type { OutboxEntry, SentCapture } from './entry';
import type { FlushOutcome, Prepared } from './sender';

/**
 * How many captures a flush marks (and records the landings of) in one write:
 * a write is a trip to storage as long as a request, so writing for each
 * capture would double a flush's time. Should the worker die, at most this
 * many were marked or landed unrecorded: each is then "maybe sent", looked up
 * on V1 before it is sent again, a no-op on V2.
 */
const FLUSH_BATCH = 8;

/** What a flush sends, in order: the longest-waiting first, so that one that keeps failing does not block the rest. */
async function dueEntries(core: OutboxCore, force: boolean, only: string | undefined): Promise<OutboxEntry[]> {
  const now = core.deps.now();
  return (await core.queue.list())
    .filter(
      (e) =>
        e.state === 'pending' &&
        !core.onTheirWay(e.id) &&
        (only === undefined || e.id === only) &&
        (force || e.nextAttemptAt <= now),
    )
    .sort((a, b) => a.nextAttemptAt - b.nextAttemptAt || a.createdAt - b.createdAt);
}

/**
 * One write for the batch about to go (each marked as being sent) and the
 * landings of the one before (their records go along). The requests leave once
 * the write is with the browser: the write is made while they are under way.
 * Landings count as recording from their confirmation on, so nothing sends
 * them again before their records are written.
 */
async function markAndRecord(core: OutboxCore, prepared: Prepared[], landed: SentCapture[]): Promise<void> {
  const put = prepared.filter((p) => p.markNeeded).map((p) => p.marked);
  if (!put.length && !landed.length) return;
  const landing = landed.length ? core.sender.landingRecords(landed) : undefined;
  const { handedOver, persisted } = core.queue.change({ put, drop: landing?.ids ?? [] }, landing?.along);
  if (landing) {
    const written = persisted.then(landing.written);
    for (const id of landing.ids) {
      core.track(id, written);
      core.claimed.delete(id);
    }
  }
  await handedOver;
}

/** The next batch: read again (an edit or a removal may have come in), and ready to go, or why not. */
async function nextBatch(core: OutboxCore, ids: string[], outcomes: FlushOutcome[]) {
  const ready: Prepared[] = [];
  for (const id of ids) {
    const entry = await core.queue.get(id);
    if (!entry || entry.state !== 'pending' || core.onTheirWay(id)) continue;
    const prepared = await core.sender.prepare(entry);
    if ('attempt' in prepared) {
      outcomes.push(prepared.attempt.outcome);
      if (prepared.attempt.stopQueue) return { ready, stop: true };
    } else ready.push(prepared);
  }
  return { ready, stop: false };
}

/** Sends what is due (all that waits, with `force`) one after another, until a failure stops the queue. */
async function sendDue(core: OutboxCore, force: boolean, only: string | undefined): Promise<FlushOutcome[]> {
  const outcomes: FlushOutcome[] = [];
  const due = (await dueEntries(core, force, only)).map((e) => e.id);
  let landed: SentCapture[] = [];
  let stop = false;
  for (let start = 0; start < due.length && !stop; start += FLUSH_BATCH) {
    const batch = await nextBatch(core, due.slice(start, start + FLUSH_BATCH), outcomes);
    stop = batch.stop;
    await markAndRecord(core, batch.ready, landed);
    landed = [];
    for (const prepared of batch.ready) {
      const result = await core.sender.send(prepared);
      if ('outcome' in result) {
        outcomes.push(result.outcome);
        if ((stop = result.stopQueue)) break;
        continue;
      }
      outcomes.push({ id: prepared.marked.id, landed: result });
      landed.push(core.sender.sentRecord(prepared.marked, result));
      // On its way until its record is written with the next batch: nothing sends it again meanwhile.
      core.claimed.add(prepared.marked.id);
    }
  }
  await markAndRecord(core, [], landed);
  return outcomes;
}

/**
 * A flush, in the lane: nothing while TickTick holds the queue (unless
 * forced), then what is due; it ends with storage as memory has it, V1
 * landings checked for twins, and the badge and alarm up to date.
 */
export function flush(core: OutboxCore, options: { force?: boolean; only?: string } = {}): Promise<FlushOutcome[]> {
  const force = options.force ?? false;
  return core.inLane(async () => {
    const held = await core.hold.getValue();
    const open = force || !held || held.until <= core.deps.now();
    const outcomes = open ? await sendDue(core, force, options.only) : [];
    await Promise.all([core.queue.settled(), ...core.recording.values()]);
    await core.checkTwins();
    await core.refreshIndicators();
    return outcomes;
  });
}
