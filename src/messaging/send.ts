import { browser } from 'wxt/browser';
import type { MessageResult, MessageType, Payload, Responses } from './protocol';

/**
 * Sends a typed message to the background. Never throws: a background that cannot
 * be reached is reported as an `internal` error result like any other failure.
 */
export async function sendMessage<T extends MessageType>(
  type: T,
  payload: Payload<T>,
): Promise<MessageResult<Responses[T]>> {
  try {
    const answer = (await browser.runtime.sendMessage({ type, payload })) as MessageResult<Responses[T]> | undefined;
    if (answer && typeof answer === 'object' && 'ok' in answer) return answer;
    return { ok: false, error: { code: 'internal', message: 'The background did not answer.' } };
  } catch (error) {
    return {
      ok: false,
      error: {
        code: 'internal',
        message: `Could not reach the extension's background: ${error instanceof Error ? error.message : String(error)}`,
      },
    };
  }
}

/** The shape of `sendMessage`, for components that take it as a prop (and tests that fake it). */
export type SendMessage = typeof sendMessage;
