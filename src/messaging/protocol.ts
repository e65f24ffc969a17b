import type { TickTickErrorKind } from '../ticktick/errors';

export { MFA_EXPIRED } from '../ticktick/error-codes';
import type { WaitingList } from '../outbox/entry';
import type { Region } from '../ticktick/regions';
import type { z } from '../ticktick/zod';
import type { payloadSchemas } from './schemas';

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

/** The page quick add is about, read from the active tab on demand. */
export interface PageContext {
  title: string;
  url?: string;
  selection?: string;
  /** The same selection as Markdown that keeps its links, lists, code and emphasis, when the page gave it in time. */
  selectionMarkdown?: string;
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

/** "Add page with its text": the article as Markdown, or why there is none. */
export interface PageTextAnswer {
  markdown?: string;
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

/** The data of each message type's successful answer. Its payload's type is its schema's (schemas.ts). */
export interface Responses {
  ping: PingResponse;
  'account.get': AccountState;
  /** Checks each connection with a cheap live call and marks the ones TickTick refuses. */
  'account.refresh': AccountState;
  'account.setRegion': AccountState;
  'account.connectToken': AccountState;
  'account.connectOAuth': AccountState;
  'account.signInV2': AccountState;
  'account.verifyV2Code': AccountState;
  'account.signOut': AccountState;
  /** The active tab, or the tab given (the popup opened for a tab, as tests do). */
  'capture.context': PageContext;
  /** The article of the tab given as Markdown, read for "Add page with its text". */
  'capture.pageText': PageTextAnswer;
  /** The description a capture of this page will have, to show before saving. */
  'capture.content': ContentDraft;
  'capture.preview': QuickAddPreview;
  'capture.submit': CaptureResult;
  /** The cached list at once; `refresh: true` waits for a fresh one from TickTick. */
  'projects.get': ProjectList;
  'outbox.retry': OutboxView;
  /** A capture made under another account, sent into this one. */
  'outbox.sendHere': OutboxView;
  'outbox.edit': OutboxView;
  'outbox.remove': OutboxView;
  'settings.get': CaptureSettingsView;
  'settings.set': CaptureSettingsView;
}

export type MessageType = keyof typeof payloadSchemas & keyof Responses;

/** What a page sends: its schema's input. */
export type Payload<T extends MessageType> = z.input<(typeof payloadSchemas)[T]>;
/** What a handler gets: its schema's output (trimmed, normalised). */
export type ParsedPayload<T extends MessageType> = z.output<(typeof payloadSchemas)[T]>;

export interface Message<T extends MessageType = MessageType> {
  type: T;
  payload: Payload<T>;
}
