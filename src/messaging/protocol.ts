/**
 * The typed protocol between extension pages and the background. Pages never see
 * a token or a raw exception: every answer is a `MessageResult`.
 */

export type ErrorCode =
  | 'network'
  | 'timeout'
  | 'auth'
  | 'rate-limit'
  | 'server'
  | 'client'
  | 'validation'
  | 'captcha'
  | 'mfa-required'
  | 'forbidden-sender'
  | 'bad-message'
  | 'internal';

export interface MessageError {
  code: ErrorCode;
  message: string;
}

export type MessageResult<T> = { ok: true; data: T } | { ok: false; error: MessageError };

export interface PingResponse {
  pong: true;
  version: string;
  /** Where API calls go: a TickTick region's site, or the sandbox in test builds. */
  apiOrigin: string;
}

/** Each message type with its payload and the data of a successful answer. */
export interface Protocol {
  ping: { payload: Record<string, never>; response: PingResponse };
}

export type MessageType = keyof Protocol;

export interface Message<T extends MessageType = MessageType> {
  type: T;
  payload: Protocol[T]['payload'];
}
