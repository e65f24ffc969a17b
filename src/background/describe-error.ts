import type { ErrorCode, MessageError } from '../messaging/protocol';

const PAGE_VISIBLE_CODES: ReadonlySet<ErrorCode> = new Set([
  'network',
  'timeout',
  'auth',
  'rate-limit',
  'server',
  'client',
  'validation',
  'captcha',
  'mfa-required',
]);

/**
 * Typed errors (the TickTick client's, the sign-in flows') keep their kind and
 * user-facing message; anything else is an internal fault whose details stay in
 * the background's log rather than on a page.
 */
export function describeError(error: unknown): MessageError {
  if (error && typeof error === 'object' && 'kind' in error && 'message' in error) {
    const { kind, message } = error as { kind: unknown; message: unknown };
    if (typeof kind === 'string' && PAGE_VISIBLE_CODES.has(kind as ErrorCode) && typeof message === 'string') {
      return { code: kind as ErrorCode, message };
    }
  }
  console.error('Unexpected error in a message handler', error);
  return { code: 'internal', message: 'Something went wrong inside the extension. Please try again.' };
}
