import type { Region } from '../ticktick/regions';

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

/** What pages may know about the account: who and how, never a secret. */
export interface AccountState {
  region: Region;
  /** The redirect URL to register for OAuth: the same on every install of this build. */
  oauthRedirectUrl: string;
  v1:
    | { connected: false; clientId?: string }
    | { connected: true; method: 'token' | 'oauth'; expiresAt?: number; needsReconnect: boolean; clientId?: string };
  v2:
    | { connected: false; awaitingCode?: { username: string } }
    | { connected: true; username: string; needsReconnect: boolean; storesTotpSecret: boolean };
}

type Empty = Record<string, never>;

/** Each message type with its payload and the data of a successful answer. */
export interface Protocol {
  ping: { payload: Empty; response: PingResponse };
  'account.get': { payload: Empty; response: AccountState };
  /** Checks each connection with a cheap live call and marks the ones TickTick refuses. */
  'account.refresh': { payload: Empty; response: AccountState };
  'account.setRegion': { payload: { region: Region }; response: AccountState };
  'account.connectToken': { payload: { token: string }; response: AccountState };
  'account.connectOAuth': { payload: { clientId: string; clientSecret: string }; response: AccountState };
  'account.signInV2': {
    payload: { username: string; password: string };
    response: AccountState;
  };
  'account.verifyV2Code': {
    payload: { code?: string; totpSecret?: string; rememberTotpSecret: boolean };
    response: AccountState;
  };
  'account.signOut': { payload: { connection: 'v1' | 'v2' }; response: AccountState };
}

export type MessageType = keyof Protocol;

export interface Message<T extends MessageType = MessageType> {
  type: T;
  payload: Protocol[T]['payload'];
}
