import { DEFAULT_CAPTURE_SETTINGS, type CaptureSettings } from '../capture/capture-settings';
import type { StorageItem } from './area';
import { defineItem } from './lifetimes';
import { PAGE_READABLE_KEYS } from './page-keys';
import type { Region } from '../ticktick/regions';
import type { SiteRule } from '../capture/site-rules';
import type { OutboxHold, SentCapture, WaitingList } from '../outbox/entry';
import type { V2XDevice } from '../ticktick/v2/device';

export { DEFAULT_CAPTURE_SETTINGS, type CaptureSettings };

/**
 * Every storage item of the extension, defined once, each with its lifetime
 * (see lifetimes.ts: what a sign-out removes). Items marked "secret" are read
 * and written by the background only (src/auth); pages learn about the account
 * through the `account.get` message, which never carries a secret.
 */

export const regionItem = defineItem<Region>('local:settings.region', { fallback: 'ticktick' }, 'installation');

/**
 * Which TickTick account something belongs to, as far as the extension can
 * tell: the user id when known (the V2 session says it; V1 tells it through
 * the Inbox's id), else a fingerprint of the V1 token. Never a secret.
 */
export interface AccountRef {
  id: string;
  /** Finishes "signed in …": "as ann@example.com", "with an API token". */
  label: string;
}

/** The account the account-bound items belong to: when another one signs in, they are forgotten. */
export const dataAccountItem = defineItem<AccountRef | null>('local:account.data', { fallback: null }, 'installation');

/** Secret. The V1 connection: a personal token or an OAuth access token. */
export interface StoredV1Credential {
  method: 'token' | 'oauth';
  token: string;
  /** TickTick's user id, from the Inbox's id (`inbox<userId>`), when TickTick told it at sign-in. */
  userId?: string;
  /** OAuth tokens expire (ms since epoch); personal tokens do not say. */
  expiresAt?: number;
  /** The OAuth app's client id, kept to prefill a reconnect; never its secret. */
  clientId?: string;
  /** Set after TickTick refused the token: captures wait until the user reconnects. */
  needsReconnect?: boolean;
  connectedAt: number;
}
export const v1CredentialItem = defineItem<StoredV1Credential | null>(
  'local:auth.v1',
  { fallback: null },
  'v1-sign-in',
);

/** Secret. The V2 session from sign-on. */
export interface StoredV2Session {
  token: string;
  userId: string;
  username: string;
  inboxId: string;
  needsReconnect?: boolean;
  connectedAt: number;
}
export const v2SessionItem = defineItem<StoredV2Session | null>('local:auth.v2', { fallback: null }, 'v2-sign-in');

/** Secret, opt-in. The TOTP secret that lets the extension answer the two-factor step itself. */
export const v2TotpSecretItem = defineItem<string | null>('local:auth.v2.totpSecret', { fallback: null }, 'v2-sign-in');

/** The X-Device of this installation: one device, as a browser would be. Not a secret. */
export const v2DeviceItem = defineItem<V2XDevice | null>('local:auth.v2.device', { fallback: null }, 'installation');

/** An OAuth sign-in in progress: its single-use state, checked before the code is exchanged. */
export interface PendingOAuth {
  state: string;
  createdAt: number;
}
/** One entry per sign-in window open: a second one does not replace the first's state. */
export const pendingOAuthItem = defineItem<PendingOAuth[]>(
  'session:auth.oauthPending',
  {
    fallback: [],
  },
  'v1-sign-in',
);

/** A two-factor sign-on waiting for its code. Holds the challenge, never the password. */
export interface PendingMfa {
  authId: string;
  username: string;
  expireTime: number;
}
export const pendingMfaItem = defineItem<PendingMfa | null>(
  'session:auth.mfaPending',
  { fallback: null },
  'v2-sign-in',
);

/**
 * The outbox (src/outbox/queue.ts): one key per waiting capture, an index of
 * their ids in order, and the few the popup lists. Kept when accounts come and
 * go: each capture names the account it was made under, and is never lost.
 */
export const outboxEntryKey = (id: string) => `local:outbox.entry.${id}` as const;
/** A page of the index: the ids of up to OUTBOX_PAGE_SIZE captures, in order. */
export const outboxPageKey = (page: number) => `local:outbox.page.${page}` as const;
export const OUTBOX_PAGE_SIZE = 64;
/** The index's pages, in order: a capture rewrites one page, not a list of every id. */
export const outboxIndexItem = defineItem<{ pages: number[] }>(
  'local:outbox.index',
  { fallback: { pages: [] } },
  'installation',
);
/** What the popup shows without asking the background (no secrets: titles and why they wait). */
export const outboxWaitingItem = defineItem<WaitingList>(
  `local:${PAGE_READABLE_KEYS.waiting}`,
  { fallback: { total: 0, first: [] } },
  'installation',
);
/** TickTick's state, as this account met it: the hold says nothing about another account's. */
export const outboxHoldItem = defineItem<OutboxHold | null>('local:outbox.hold', { fallback: null }, 'account');
/** Captures that landed, newest first: for "Open" and "Undo". */
export const sentCapturesItem = defineItem<SentCapture[]>('local:outbox.sent', { fallback: [] }, 'account');

export interface CachedProject {
  id: string;
  name: string;
  groupId?: string;
  kind?: 'TASK' | 'NOTE';
  color?: string;
  closed?: boolean;
}
export interface ProjectsCache {
  fetchedAt: number;
  inboxId?: string;
  projects: CachedProject[];
  groups: { id: string; name: string }[];
}
export const projectsCacheItem = defineItem<ProjectsCache | null>(
  `local:${PAGE_READABLE_KEYS.projectsCache}`,
  {
    fallback: null,
  },
  'account',
);
export const recentProjectsItem = defineItem<string[]>(
  `local:${PAGE_READABLE_KEYS.recentProjects}`,
  {
    fallback: [],
  },
  'account',
);

export const captureSettingsItem = defineItem<CaptureSettings>(
  `local:${PAGE_READABLE_KEYS.captureSettings}`,
  {
    fallback: DEFAULT_CAPTURE_SETTINGS,
  },
  // The default list is one of the account's lists; the rest are this browser's habits.
  { withoutAccount: ({ defaultProjectId: _list, ...kept }) => kept },
);

/**
 * Per-site rules (src/capture/site-rules.ts), first match wins. The patterns,
 * tags, priorities and templates are this browser's habits and stay; the list
 * a rule sends to is one of the account's lists, so it goes with the account,
 * as the default list does (a rule without a list sends to the default list).
 */
export const siteRulesItem = defineItem<SiteRule[]>(
  'local:settings.siteRules',
  { fallback: [] },
  { withoutAccount: (rules) => rules.map(({ projectId: _list, ...kept }) => kept) },
);

/**
 * Test builds only: an origin (the sandbox) that replaces every TickTick URL.
 * A function rather than a constant so that production bundles, which never
 * call it, do not contain it at all.
 */
let testApiOrigin: StorageItem<string | null> | undefined;
export function testApiOriginItem() {
  return (testApiOrigin ??= defineItem<string | null>('local:e2e.apiOrigin', { fallback: null }, 'installation'));
}

/** Test builds only: a request timeout (ms) shorter than the client's, for tests of hanging servers. */
let testRequestTimeout: StorageItem<number | null> | undefined;
export function testRequestTimeoutItem() {
  return (testRequestTimeout ??= defineItem<number | null>(
    'local:e2e.requestTimeoutMs',
    { fallback: null },
    'installation',
  ));
}
