import { z } from '../ticktick/zod';
import type { MessageError, MessageResult, MessageType, ParsedPayload, Responses } from './protocol';
import { payloadSchemas } from './schemas';
import { isOwnExtensionPage, type MessageSenderInfo, type OwnExtension } from './sender';

export type MessageHandlers = {
  [T in MessageType]: (payload: ParsedPayload<T>) => Promise<Responses[T]>;
};

export interface MessageRouterDeps {
  handlers: MessageHandlers;
  own: OwnExtension;
  /** Turns whatever a handler threw into an error a page can show. */
  describeError: (error: unknown) => MessageError;
}

const envelopeSchema = z.object({
  type: z.enum(Object.keys(payloadSchemas) as [MessageType, ...MessageType[]]),
  payload: z.unknown(),
});

/**
 * Checks the sender, validates the message and runs its handler. Always resolves
 * to a `MessageResult`, so no exception (and nothing it may carry) reaches a page.
 */
export function createMessageRouter({ handlers, own, describeError }: MessageRouterDeps) {
  return async (message: unknown, sender: MessageSenderInfo): Promise<MessageResult<unknown>> => {
    if (!isOwnExtensionPage(sender, own)) {
      return fail('forbidden-sender', 'Only the extension’s own pages may send this message.');
    }
    const envelope = envelopeSchema.safeParse(message);
    if (!envelope.success) return fail('bad-message', 'Unknown message.');
    const type = envelope.data.type;
    const payload = payloadSchemas[type].safeParse(envelope.data.payload ?? {});
    if (!payload.success) {
      return fail('bad-message', `Invalid ${type} message: ${z.prettifyError(payload.error)}`);
    }
    try {
      const handler = handlers[type] as (payload: unknown) => Promise<unknown>;
      return { ok: true, data: await handler(payload.data) };
    } catch (error) {
      return { ok: false, error: describeError(error) };
    }
  };
}

function fail(code: MessageError['code'], message: string): MessageResult<never> {
  return { ok: false, error: { code, message } };
}
