/** Every failure of the client is a TickTickError with one of these kinds; pages see the same kinds. */
export const TICKTICK_ERROR_KINDS = [
  'network',
  'timeout',
  'auth',
  'rate-limit',
  'server',
  'client',
  'validation',
  'captcha',
  'mfa-required',
] as const;
export type TickTickErrorKind = (typeof TICKTICK_ERROR_KINDS)[number];

const RETRYABLE: ReadonlySet<TickTickErrorKind> = new Set(['network', 'timeout', 'rate-limit', 'server']);

export interface TickTickErrorInit {
  kind: TickTickErrorKind;
  /** What the user can do about it, in plain words. */
  message: string;
  status?: number;
  /** The API's own `errorCode` (or OAuth `error`), when it sent one. */
  errorCode?: string;
  /** Seconds to wait before trying again, from `Retry-After`. */
  retryAfter?: number;
  /** Machine-readable details: validation issues, the MFA challenge… Never a secret. */
  details?: unknown;
  cause?: unknown;
}

/** Longest message an error carries: it is stored with a capture and shown on a page. */
export const MAX_ERROR_MESSAGE_LENGTH = 500;
/** What a machine-readable code looks like; anything else from a server is not one and is dropped. */
const ERROR_CODE = /^[A-Za-z0-9_.:-]{1,64}$/;

/** A server's error code when it looks like one, else undefined: it reaches storage and messages. */
export function asErrorCode(value: unknown): string | undefined {
  return typeof value === 'string' && ERROR_CODE.test(value) ? value : undefined;
}

/** At most `max` characters, cut with an ellipsis: text from a server or a validator has no length of its own. */
function capText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * A typed error value. The client never retries by itself: `retryable` tells the
 * caller (the outbox) whether trying the same request again can succeed.
 */
export class TickTickError extends Error {
  readonly kind: TickTickErrorKind;
  readonly status?: number;
  readonly errorCode?: string;
  readonly retryAfter?: number;
  readonly details?: unknown;

  constructor(init: TickTickErrorInit) {
    // Capped here, where every failure passes: a server can make both as long as it likes.
    super(
      capText(init.message, MAX_ERROR_MESSAGE_LENGTH),
      init.cause === undefined ? undefined : { cause: init.cause },
    );
    this.name = 'TickTickError';
    this.kind = init.kind;
    this.status = init.status;
    this.errorCode = asErrorCode(init.errorCode);
    this.retryAfter = init.retryAfter;
    this.details = init.details;
  }

  get retryable(): boolean {
    return RETRYABLE.has(this.kind);
  }
}

export function isTickTickError(error: unknown): error is TickTickError {
  return error instanceof TickTickError;
}
