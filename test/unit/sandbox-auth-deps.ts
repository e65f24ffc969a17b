import type { Sandbox } from '../sandbox/server';
import { singleOriginEndpoints } from '../../src/ticktick/regions';
import type { FetchLike } from '../../src/ticktick/http';
import type { AuthDeps } from '../../src/auth/deps';
import type { DnrRule, SessionRulesApi } from '../../src/auth/v2-header-rules';

export const TEST_EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';

/**
 * A declarativeNetRequest stand-in for unit tests: it keeps session rules and,
 * like the browser, applies their header changes to matching requests of
 * the fetch it wraps.
 */
export function fakeDnr(fetchImpl: FetchLike = (input, init) => fetch(input, init)) {
  let rules: DnrRule[] = [];
  const api: SessionRulesApi = {
    async updateSessionRules({ addRules = [], removeRuleIds = [] }) {
      rules = [...rules.filter((r) => !removeRuleIds.includes(r.id)), ...addRules];
    },
    async getSessionRules() {
      return rules;
    },
  };
  const ruledFetch: FetchLike = (input, init) => {
    const headers = new Headers(init.headers);
    for (const rule of rules) {
      if (!input.startsWith(rule.condition.urlFilter.replace(/^\|/, ''))) continue;
      for (const change of rule.action.requestHeaders) {
        if (change.operation === 'set') headers.set(change.header, change.value ?? '');
        else headers.delete(change.header);
      }
    }
    // Node's fetch sends no browser User-Agent; the real browser always does.
    if (!headers.has('user-agent')) headers.set('user-agent', 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0.0.0');
    return fetchImpl(input, { ...init, headers });
  };
  return { api, fetch: ruledFetch, rules: () => rules };
}

/** AuthDeps against a sandbox, with an identity whose auth window "clicks" Allow. */
export function sandboxAuthDeps(sandbox: () => Sandbox, overrides: Partial<AuthDeps> = {}) {
  const dnr = fakeDnr();
  let clock = Date.now();
  const deps: AuthDeps = {
    resolveEndpoints: async () => singleOriginEndpoints(sandbox().url),
    extensionId: TEST_EXTENSION_ID,
    dnr: dnr.api,
    fetch: dnr.fetch,
    identity: {
      getRedirectURL: () => `https://${TEST_EXTENSION_ID}.chromiumapp.org/`,
      async launchWebAuthFlow({ url }) {
        sandbox().autoApproveOAuth = true;
        const res = await fetch(url, { redirect: 'manual' });
        sandbox().autoApproveOAuth = false;
        return res.headers.get('location') ?? undefined;
      },
    },
    now: () => clock,
    randomState: () => Math.random().toString(16).slice(2),
    ...overrides,
  };
  return { deps, dnr, advanceClock: (ms: number) => (clock += ms) };
}
