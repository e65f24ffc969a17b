import type { TickTickErrorKind } from '../ticktick/errors';

export { MFA_EXPIRED } from '../ticktick/error-codes';
import type { AccountState } from '../auth/account-state';
import type { Chip as PreviewChip } from '../capture/quick-add/types';
import type { WaitingList } from '../outbox/entry';
import type { ProjectList } from '../projects/project-list';

export type { AccountState, ProjectList };
import type { z } from '../ticktick/zod';
import type { payloadSchemas } from './schemas';
import type { SiteRule } from '../capture/site-rules';

/**
 * The typed protocol between extension pages and the background. Pages never see
 * a token or a raw exception: every answer is a `MessageResult`.
 */

/** A TickTick failure's kind, or one of the messaging layer's own. */
type ErrorCode = TickTickErrorKind | 'forbidden-sender' | 'bad-message' | 'internal';

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

/** The page quick add is about, read from the active tab on demand and described (describePage). */
export interface PageContext {
  /** The described title and URL: the email's subject, an issue's title and number, the URL without tracking… */
  title: string;
  url?: string;
  /** What the page is: `page`, `email`, `issue`, `video`… (PageKind). */
  kind: string;
  /** Lines the description adds to the task's content, e.g. `From: Name <address>`: plain text. */
  details?: string[];
  selection?: string;
  /** The first site rule that matches the page, when one does. */
  rule?: SiteRuleView;
  /** The same selection as Markdown that keeps its links, lists, code and emphasis, when the page gave it in time. */
  selectionMarkdown?: string;
  /** False on pages where scripts cannot run (chrome://, the web store, PDFs): title and URL only. */
  scriptable: boolean;
  /** What the user should know about how the page was read (it did not answer in time, the selection was cut). */
  notices: string[];
}

/** A site rule as the popup shows it: which one (its place in the list), its pattern, and its list. */
export interface SiteRuleView {
  index: number;
  pattern: string;
  projectId?: string;
}

/** A chip as quick add shows it, and the words the user turned back into text: the parser's own types. */
export type { Chip as PreviewChip, TextSpan } from '../capture/quick-add/types';

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
  /** The per-site rules, first match wins. */
  'siteRules.get': SiteRule[];
  'siteRules.set': SiteRule[];
}

export type MessageType = keyof typeof payloadSchemas & keyof Responses;

/** What a page sends: its schema's input. */
export type Payload<T extends MessageType> = z.input<(typeof payloadSchemas)[T]>;
/** What a handler gets: its schema's output (trimmed, normalised). */
export type ParsedPayload<T extends MessageType> = z.output<(typeof payloadSchemas)[T]>;
