import type { Connections } from '../auth/connections';
import { outboxHoldItem, sentCapturesItem } from '../storage/items';
import type { MemoItem } from '../storage/memo';
import { TickTickError } from '../ticktick/errors';
import { retryDelayMs } from './backoff';
import {
  OTHER_ACCOUNT,
  type CaptureAccount,
  type Delivery,
  type OutboxEntry,
  type OutboxHold,
  type SentCapture,
} from './entry';
import type { AlongWith, Queue } from './queue';
import { sendCapture, type Landed } from './send-capture';

const KEEP_SENT = 50;
/** While signed out or refused, captures wait; the sign-in itself flushes them sooner. */
const WAIT_FOR_SIGN_IN_MS = 15 * 60_000;
const WAITING_FOR_SIGN_IN = { code: 'auth', message: 'Waiting for you to connect TickTick in the settings.' };

export type FlushOutcome = { id: string } & ({ landed: Landed } | { error: { code: string; message: string } });

/** A send's outcome, and whether the captures behind it should wait (TickTick is down, or we are signed out). */
export interface Attempt {
  outcome: FlushOutcome;
  stopQueue: boolean;
}

/** A capture ready to go: see `prepare`. */
export interface Prepared {
  via: 'v1' | 'v2';
  marked: OutboxEntry;
  maybeSent: boolean;
  markNeeded: boolean;
}

/** Landings' records, to go with a change of the queue. */
export interface Landing {
  ids: string[];
  along: AlongWith;
  /** After the change is written: what memory holds follows storage. */
  written: () => void;
}

export interface SenderDeps {
  queue: Queue;
  connections: Connections;
  now: () => number;
  random?: () => number;
  /** This worker run: a send marked by another run that never finished has an unknown outcome. */
  run: string;
  hold: MemoItem<OutboxHold | null>;
  sent: MemoItem<SentCapture[]>;
  /** A landing's records are being written: told before anyone hears of the landing. */
  recording: (id: string, written: Promise<void>) => void;
}

export function asTickTickError(caught: unknown): TickTickError {
  return caught instanceof TickTickError
    ? caught
    : new TickTickError({ kind: 'client', message: caught instanceof Error ? caught.message : String(caught) });
}

/** A failure that says nothing about this capture: the next in line would meet it too. */
const stopsTheQueue = (error: TickTickError) => error.retryable || error.kind === 'auth';

/** A failed send: retried later (with the whole queue held), waiting for a sign-in, or the user's to fix. */
async function recordFailure(
  deps: SenderDeps,
  entry: OutboxEntry,
  error: TickTickError,
  maybeSentBefore: boolean,
): Promise<Attempt> {
  const now = deps.now();
  const attempts = entry.attempts + 1;
  const lastError = {
    code: error.kind,
    message: error.message,
    ...(error.errorCode ? { reason: error.errorCode } : {}),
  };
  // A timeout or a dropped connection may still have made the task (it matters on V1).
  const maybeSent = maybeSentBefore || error.kind === 'timeout' || error.kind === 'network';
  const base = {
    ...entry,
    attempts,
    lastError,
    delivery: maybeSent ? { kind: 'maybe-sent' as const } : { kind: 'unsent' as const },
  };
  let next: OutboxEntry;
  if (error.retryable) {
    next = { ...base, nextAttemptAt: now + retryDelayMs(attempts, error.retryAfter, deps.random) };
    await holdTheQueue(deps, error, lastError, now);
  } else if (error.kind === 'auth') {
    next = { ...base, nextAttemptAt: now + WAIT_FOR_SIGN_IN_MS };
  } else {
    next = { ...base, state: 'needs-attention' };
  }
  await deps.queue.update(entry.id, () => next);
  return { outcome: { id: entry.id, error: lastError }, stopQueue: stopsTheQueue(error) };
}

async function holdTheQueue(
  deps: SenderDeps,
  error: TickTickError,
  lastError: OutboxHold['lastError'],
  now: number,
): Promise<void> {
  const failures = ((await deps.hold.getValue())?.failures ?? 0) + 1;
  await deps.hold.setValue({
    since: now,
    until: now + retryDelayMs(failures, error.retryAfter, deps.random),
    failures,
    rateLimited: error.kind === 'rate-limit',
    lastError,
  });
}

/** What a landing leaves for Open and Undo (and, on V1, for the look for a twin). */
function sentRecord(deps: SenderDeps, entry: OutboxEntry, landed: Landed): SentCapture {
  return {
    captureId: entry.id,
    taskId: landed.taskId,
    projectId: landed.projectId,
    title: entry.task.title,
    via: landed.via,
    sentAt: deps.now(),
    ...(landed.via === 'v1' ? { twinCheck: 'due' as const } : {}),
  };
}

/**
 * The records of one or more landings: out of the queue, into the sent list,
 * the hold over. Written with a change of the queue (`along`), after the
 * answers, so that the confirmation reaches the user first; `written` once
 * that change is.
 */
function landingRecords(deps: SenderDeps, records: SentCapture[]): Landing {
  let nextSent: SentCapture[] = [];
  let hadHold = false;
  const ids = new Set(records.map((record) => record.captureId));
  return {
    ids: [...ids],
    along: async () => {
      const [sent, hold] = await Promise.all([deps.sent.getValue(), deps.hold.getValue()]);
      hadHold = hold !== null;
      nextSent = [...[...records].reverse(), ...sent.filter((s) => !ids.has(s.captureId))].slice(0, KEEP_SENT);
      return [
        { key: sentCapturesItem.key as `local:${string}`, value: nextSent },
        ...(hadHold ? [{ key: outboxHoldItem.key as `local:${string}`, value: null }] : []),
      ];
    },
    written: () => {
      deps.sent.remember(nextSent);
      if (hadHold) deps.hold.remember(null);
    },
  };
}

/** Made under another account than the one signed in: never sent silently; the user decides. */
function otherAccount(entry: OutboxEntry, current: CaptureAccount | undefined): boolean {
  return Boolean(entry.account && current && entry.account.id !== current.id);
}

async function waitForUser(deps: SenderDeps, entry: OutboxEntry): Promise<Attempt> {
  const lastError = {
    code: 'client',
    reason: OTHER_ACCOUNT,
    message: `Captured while signed in ${entry.account!.label}. Send it to this account, or delete it.`,
  };
  await deps.queue.update(entry.id, (e) => ({
    ...e,
    state: 'needs-attention',
    lastError,
    delivery: { kind: 'unsent' },
  }));
  return { outcome: { id: entry.id, error: lastError }, stopQueue: false };
}

/**
 * Marked by this run: no request of this run is under way for it (sends are
 * one at a time, and a failed one writes its outcome), so the mark is all
 * that says what came before.
 */
function markedHere(deps: SenderDeps, entry: OutboxEntry): boolean {
  return entry.delivery.kind === 'sending' && entry.delivery.run === deps.run;
}

/**
 * What a capture's delivery was before its mark: a mark of this run that
 * never led to a request (the flush stopped before it) changes nothing; one
 * left by a run that died may have been sent.
 */
function unmarked(delivery: Delivery, here: boolean): Delivery {
  if (delivery.kind !== 'sending') return delivery;
  return !here || delivery.maybeSent ? { kind: 'maybe-sent' } : { kind: 'unsent' };
}

async function waitForSignIn(deps: SenderDeps, entry: OutboxEntry): Promise<Attempt> {
  await deps.queue.update(entry.id, (e) => ({
    ...e,
    lastError: WAITING_FOR_SIGN_IN,
    nextAttemptAt: deps.now() + WAIT_FOR_SIGN_IN_MS,
    delivery: markedHere(deps, e) ? unmarked(e.delivery, true) : e.delivery,
  }));
  return { outcome: { id: entry.id, error: WAITING_FOR_SIGN_IN }, stopQueue: true };
}

/**
 * What a send needs before its request: the way in, and the capture marked
 * as being sent by this run (`markNeeded` when storage does not say so yet:
 * marked before it is made, so that a run that dies leaves "maybe sent").
 * Or, when it cannot be sent, the attempt that says why.
 */
async function prepare(deps: SenderDeps, entry: OutboxEntry): Promise<Prepared | { attempt: Attempt }> {
  const via = await deps.connections.preferred();
  if (!via) return { attempt: await waitForSignIn(deps, entry) };
  const account = await deps.connections.account(via);
  if (otherAccount(entry, account)) return { attempt: await waitForUser(deps, entry) };
  const here = markedHere(deps, entry);
  const maybeSent = unmarked(entry.delivery, here).kind === 'maybe-sent';
  const marked: OutboxEntry = {
    ...entry,
    account: entry.account ?? account,
    delivery: { kind: 'sending', run: deps.run, since: deps.now(), ...(maybeSent ? { maybeSent } : {}) },
  };
  return { via, marked, maybeSent, markNeeded: !here || !entry.account };
}

/** The request, once the mark is with the browser: the landing, or the failure written down. */
async function send(deps: SenderDeps, prepared: Prepared): Promise<Landed | Attempt> {
  try {
    return await sendCapture(deps.connections, prepared.marked, prepared.via, prepared.maybeSent);
  } catch (caught) {
    return recordFailure(deps, prepared.marked, asTickTickError(caught), prepared.maybeSent);
  }
}

/**
 * Sends one capture on its own: marked, sent, its landing written after.
 * `onConfirmed` hears of a landing before its records are written.
 */
async function sendOne(
  deps: SenderDeps,
  entry: OutboxEntry,
  onConfirmed?: (outcome: FlushOutcome) => void,
): Promise<Attempt> {
  const prepared = await prepare(deps, entry);
  if ('attempt' in prepared) return prepared.attempt;
  if (prepared.markNeeded) await deps.queue.update(entry.id, () => prepared.marked);
  const result = await send(deps, prepared);
  if ('outcome' in result) return result;
  const landing = landingRecords(deps, [sentRecord(deps, prepared.marked, result)]);
  deps.recording(
    entry.id,
    (async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await deps.queue.remove(entry.id, landing.along);
      landing.written();
    })(),
  );
  const outcome: FlushOutcome = { id: entry.id, landed: result };
  onConfirmed?.(outcome);
  return { outcome, stopQueue: false };
}

/** Sending one capture, and writing down what came of it: the steps a flush combines, and a send on its own. */
export function createSender(deps: SenderDeps) {
  return {
    prepare: (entry: OutboxEntry) => prepare(deps, entry),
    send: (prepared: Prepared) => send(deps, prepared),
    sendOne: (entry: OutboxEntry, onConfirmed?: (outcome: FlushOutcome) => void) => sendOne(deps, entry, onConfirmed),
    sentRecord: (entry: OutboxEntry, landed: Landed) => sentRecord(deps, entry, landed),
    landingRecords: (records: SentCapture[]) => landingRecords(deps, records),
  };
}
