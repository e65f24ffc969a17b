import type { FetchLike } from '../ticktick/http';
import type { Endpoints } from '../ticktick/regions';
import type { SessionRulesApi } from './v2-header-rules';

/** What the sign-in flows need from the browser and the clock, injectable in tests. */
export interface AuthDeps {
  resolveEndpoints: () => Promise<Endpoints>;
  /** The host of the extension's own URLs: what declarativeNetRequest's `initiatorDomains` matches. */
  extensionId: string;
  dnr: SessionRulesApi;
  identity: {
    getRedirectURL(): string;
    launchWebAuthFlow(details: { url: string; interactive: boolean }): Promise<string | undefined>;
  };
  fetch?: FetchLike;
  /** How long a TickTick call may take; the client's default when absent. Test builds shorten it. */
  requestTimeoutMs?: () => Promise<number | undefined>;
  now: () => number;
  /** A fresh, unguessable OAuth state. */
  randomState: () => string;
}
