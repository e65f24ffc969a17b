import type { Priority } from '../ticktick/types';

/** What a capture becomes in TickTick: persisted before any network call. */
export interface CaptureTask {
  title: string;
  content?: string;
  /** Absent: the Inbox. */
  projectId?: string;
  startDate?: string;
  dueDate?: string;
  isAllDay?: boolean;
  timeZone?: string;
  repeatFlag?: string;
  priority?: Priority;
  tags?: string[];
  /** Ids made at capture time, so every retry sends the same task. */
  reminders?: { id: string; trigger: string }[];
}

/** The account a capture was made under (see src/auth/accounts.ts): it is sent into that account only. */
export interface CaptureAccount {
  id: string;
  /** Finishes "captured while signed in …". */
  label: string;
}

/**
 * Where a capture's delivery stands. Only V1 needs to know (V2's add carries
 * the capture's id, so a repeat is a no-op): a task that may have been made
 * is looked for before it is sent again.
 */
export type Delivery =
  /** Never sent, or every send so far certainly failed. */
  | { kind: 'unsent' }
  /** A send may have reached TickTick unanswered: a timeout, a dropped connection, a worker that stopped. */
  | { kind: 'maybe-sent' }
  /**
   * Being sent by worker run `run`; found after that run died, it means
   * maybe-sent. `maybeSent`: it was before this mark, which a flush makes for
   * a whole batch, so a capture the flush never got to keeps knowing it.
   */
  | { kind: 'sending'; run: string; since: number; maybeSent?: true };

export interface OutboxEntry {
  /** The capture's id, and the task's own id on V2: a repeated add is a no-op. */
  id: string;
  task: CaptureTask;
  state: 'pending' | 'needs-attention';
  attempts: number;
  nextAttemptAt: number;
  createdAt: number;
  /** Absent while nobody was signed in: the first account to sign in gets it. */
  account?: CaptureAccount;
  delivery: Delivery;
  lastError?: { code: string; message: string; reason?: string };
}

/**
 * The whole queue waits after TickTick failed in a way that says nothing about the
 * capture (offline, 5xx, 429): the next capture in line would meet the same wall.
 */
export interface OutboxHold {
  /** When the failure that began (or prolonged) the hold happened. */
  since: number;
  until: number;
  /** Failures in a row, for the backoff. */
  failures: number;
  /** TickTick asked us to wait (429): even a fresh capture is not sent before `until`. */
  rateLimited: boolean;
  lastError: { code: string; message: string };
}

/** A capture that landed, for "Open" and "Undo" (and, on V1, the look for a twin a resend made). */
export interface SentCapture {
  captureId: string;
  taskId: string;
  projectId: string;
  title: string;
  via: 'v1' | 'v2';
  sentAt: number;
  /** V1: not yet checked for a twin that the browser's own resend of the request made. */
  twinCheck?: 'due';
}

/** A waiting capture as the popup lists it: what it is and why it waits, without its bookkeeping. */
export interface WaitingCapture {
  id: string;
  title: string;
  content?: string;
  projectId?: string;
  state: OutboxEntry['state'];
  attempts: number;
  nextAttemptAt: number;
  lastError?: OutboxEntry['lastError'];
  /** Set when it was made under another account than the one signed in now. */
  capturedAs?: string;
}

/** The outbox as the popup lists it: how many wait, and the first few. */
export interface WaitingList {
  total: number;
  first: WaitingCapture[];
}

export function waitingCapture(entry: OutboxEntry): WaitingCapture {
  return {
    id: entry.id,
    title: entry.task.title,
    content: entry.task.content,
    projectId: entry.task.projectId,
    state: entry.state,
    attempts: entry.attempts,
    nextAttemptAt: entry.nextAttemptAt,
    lastError: entry.lastError,
    capturedAs: entry.lastError?.reason === OTHER_ACCOUNT ? entry.account?.label : undefined,
  };
}

/** Why a capture waits for the user: it was made under another account than the one signed in. */
export const OTHER_ACCOUNT = 'other_account';
