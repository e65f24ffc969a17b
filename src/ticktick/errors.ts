/** Every failure of the client is a TickTickError with one of these kinds. */
export type TickTickErrorKind =
  'network' | 'timeout' | 'auth' | 'rate-limit' | 'server' | 'client' | 'validation' | 'captcha' | 'mfa-required';

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
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'TickTickError';
    this.kind = init.kind;
    this.status = init.status;
    this.errorCode = init.errorCode;
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
