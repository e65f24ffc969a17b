import type { MessageError } from '../messaging/protocol';
import { TickTickError } from '../ticktick/errors';

/**
 * A TickTickError (the client's, the sign-in flows') keeps its kind, its
 * user-facing message and, for code, its reason; anything else is an internal
 * fault whose details stay in the background's log rather than on a page.
 */
export function describeError(error: unknown): MessageError {
  if (error instanceof TickTickError) {
    return { code: error.kind, message: error.message, ...(error.errorCode ? { reason: error.errorCode } : {}) };
  }
  console.error('Unexpected error in a message handler', error);
  return { code: 'internal', message: 'Something went wrong inside the extension. Please try again.' };
}
