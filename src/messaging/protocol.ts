import type { TickTickErrorKind } from '../ticktick/errors';

export { MFA_EXPIRED } from '../ticktick/error-codes';
import type { WaitingList } from '../outbox/entry';
import type { Region } from '../ticktick/regions';

/**
 * The typed protocol between extension pages and the background. Pages never see
 * a token or a raw exception: every answer is a `MessageResult`.
 */

/** A TickTick failure's kind, or one of the messaging layer's own. */
export type ErrorCode = TickTickErrorKind | 'forbidden-sender' | 'bad-message' | 'internal';

export interface MessageError {
  code: ErrorCode;
  /** For people; pages show it and never read it. */
  message: string;
  /** For code: what exactly happened (`mfa_expired`, `forbidden`, TickTick's own error code), when known. */
  reason?: string;
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

/** The page quick add is about, read from the active tab on demand. */
export interface PageContext {
  title: string;
  url?: string;
  selection?: string;
  /** False on pages where scripts cannot run (chrome://, the web store, PDFs): title and URL only. */
  scriptable: boolean;
  /** What the user should know about how the page was read (it did not answer in time, the selection was cut). */
  notices: string[];
}

export interface PreviewChip {
  kind: 'date' | 'repeat' | 'start' | 'end' | 'tag' | 'priority' | 'project' | 'reminder';
  text: string;
  label: string;
  index: number;
}

/** Words of the quick-add line the user turned back into text (a removed chip): not recognised again. */
export interface TextSpan {
  index: number;
  length: number;
}

export interface QuickAddPreview {
  title: string;
  chips: PreviewChip[];
  /** The project a `~name` chip matched, if any. */
  project?: { id: string; name: string };
  notices: string[];
}

/** A capture's description before it is saved: the template filled from the page, and what was cut. */
export interface ContentDraft {
  text: string;
  notices: string[];
}

export interface CaptureResult {
  captureId: string;
  /** `sent`: TickTick has it; `queued`: it waits in the outbox and will be sent. */
  status: 'sent' | 'queued';
  message: string;
  taskUrl?: string;
  notices: string[];
}

export interface ProjectList {
  inboxId?: string;
  projects: { id: string; name: string; groupId?: string; kind?: 'TASK' | 'NOTE'; color?: string }[];
  groups: { id: string; name: string }[];
  recent: string[];
  defaultProjectId?: string;
  fetchedAt?: number;
}

/** The outbox as pages show it: how many wait, and the first few with why they wait (the outbox's own list). */
export type OutboxView = WaitingList;

export interface CaptureSettingsView {
  defaultProjectId?: string;
  defaultTags: string[];
  defaultPriority: 0 | 1 | 3 | 5;
  defaultDue: 'none' | 'today' | 'tomorrow';
  contentTemplate: string;
  closePopupAfterSave: boolean;
}

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
  /** The active tab, or the tab given (the popup opened for a tab, as tests do). */
  'capture.context': { payload: { tabId?: number }; response: PageContext };
  /** The description a capture of this page will have, to show before saving. */
  'capture.content': {
    payload: { page: { title?: string; url?: string; selection?: string } };
    response: ContentDraft;
  };
  'capture.preview': { payload: { text: string; keptAsText?: TextSpan[] }; response: QuickAddPreview };
  'capture.submit': {
    payload: {
      text: string;
      keptAsText?: TextSpan[];
      projectId?: string;
      page?: { title?: string; url?: string; selection?: string };
      /** The description as the popup showed it, when the user edited it. */
      content?: string;
    };
    response: CaptureResult;
  };
  /** The cached list at once; `refresh: true` waits for a fresh one from TickTick. */
  'projects.get': { payload: { refresh?: boolean }; response: ProjectList };
  'outbox.retry': { payload: { id: string }; response: OutboxView };
  /** A capture made under another account, sent into this one. */
  'outbox.sendHere': { payload: { id: string }; response: OutboxView };
  'outbox.edit': { payload: { id: string; title: string; content?: string }; response: OutboxView };
  'outbox.remove': { payload: { id: string }; response: OutboxView };
  'settings.get': { payload: Empty; response: CaptureSettingsView };
  'settings.set': { payload: Partial<CaptureSettingsView>; response: CaptureSettingsView };
}

export type MessageType = keyof Protocol;

export interface Message<T extends MessageType = MessageType> {
  type: T;
  payload: Protocol[T]['payload'];
}
