import { generate } from 'otplib';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { rejection } from '../../test/helpers';
import { fakeBrowser } from 'wxt/testing';
import { DEMO, MFA_USER } from '../../test/sandbox/seed';
import { BROWSER_HEADERS, useSandbox } from '../../test/sandbox/test-helpers';
import {
  captureSettingsItem,
  DEFAULT_CAPTURE_SETTINGS,
  outboxIndexItem,
  pendingMfaItem,
  projectsCacheItem,
  recentProjectsItem,
  regionItem,
  v1CredentialItem,
  v2SessionItem,
  v2TotpSecretItem,
} from '../storage/items';
import { definedItems } from '../storage/lifetimes';
import { getProjects } from '../ticktick/v1/calls';
import { getStatus } from '../ticktick/v2/calls';
import { readAccountState } from './account-state';
import { createConnections } from './connections';
import { completeOAuthRedirect, connectOAuth, OAUTH_STATE_LIFETIME_MS } from './oauth-signin';
import { signOut } from './sign-out';
import { sandboxAuthDeps, TEST_EXTENSION_ID } from '../../test/unit/sandbox-auth-deps';
import { connectPersonalToken } from './token-signin';
import { signInV2, verifyV2Code } from './v2-signin';

const sandbox = useSandbox();

beforeEach(() => {
  fakeBrowser.reset();
  for (const account of sandbox().state.accounts) account.failedSignons = 0;
});

async function everythingStored(): Promise<string> {
  const local = await fakeBrowser.storage.local.get(null);
  const session = await fakeBrowser.storage.session.get(null);
  return JSON.stringify({ local, session });
}

describe('personal API token', () => {
  it('is verified with a real call, then kept', async () => {
    const { deps } = sandboxAuthDeps(sandbox);
    await connectPersonalToken(deps, `  ${DEMO.personalToken}\n`);
    expect(await v1CredentialItem.getValue()).toMatchObject({ method: 'token', token: DEMO.personalToken });
    // Checked with the project list; the Inbox then tells which account it is.
    expect(sandbox().requests.map((r) => r.path)).toEqual(['/open/v1/project', '/open/v1/project/inbox/data']);
    expect((await readAccountState(deps)).v1).toEqual({ connected: true, method: 'token', needsReconnect: false });
  });

  it('a wrong token is refused with what to do, and nothing is kept', async () => {
    const { deps } = sandboxAuthDeps(sandbox);
    const error = await rejection(connectPersonalToken(deps, 'tp_wrong'));
    expect(error).toMatchObject({ kind: 'auth', errorCode: 'invalid_token' });
    expect(error.message).toMatch(/Settings → Account → API Token/);
    expect(await v1CredentialItem.getValue()).toBeNull();
  });

  it('a token of the other region is named as a region mismatch', async () => {
    // The real regions, with a fetch that plays both: only Dida365 knows the token.
    const { deps } = sandboxAuthDeps(sandbox, {
      resolveEndpoints: async () => (await import('../ticktick/regions')).regionEndpoints(await regionItem.getValue()),
      fetch: async (input) =>
        input.startsWith('https://api.dida365.com/')
          ? new Response('[]', { status: 200, headers: { 'content-type': 'application/json' } })
          : new Response('{"error":"invalid_token"}', { status: 401 }),
    });
    const error = await rejection(connectPersonalToken(deps, 'tp_dida_token'));
    expect(error).toMatchObject({ kind: 'auth', errorCode: 'region_mismatch' });
    expect(error.message).toMatch(/Dida365/);
  });

  it.each([
    ['a line break', `${DEMO.personalToken}\r\nX-Evil: 1`],
    ['a cookie separator', `${DEMO.personalToken}; other=1`],
    ['a space inside', 'tp_abc def_123456'],
  ])('a token with %s is refused before anything is sent or kept', async (_what, token) => {
    const { deps } = sandboxAuthDeps(sandbox);
    const error = await rejection(connectPersonalToken(deps, token));
    expect(error).toMatchObject({ kind: 'validation', errorCode: 'malformed_token' });
    expect(sandbox().requests).toEqual([]);
    expect(await v1CredentialItem.getValue()).toBeNull();
  });

  it('a network failure is a network error, not a wrong token', async () => {
    const { deps } = sandboxAuthDeps(sandbox);
    sandbox().faults.inject({ kind: 'drop' });
    expect((await rejection(connectPersonalToken(deps, DEMO.personalToken))).kind).toBe('network');
  });
});

describe('OAuth', () => {
  const app = { clientId: DEMO.oauthClient.clientId, clientSecret: DEMO.oauthClient.clientSecret };

  it('runs the flow with a single-use state and keeps the token with its expiry', async () => {
    const { deps } = sandboxAuthDeps(sandbox);
    await connectOAuth(deps, app);
    const stored = await v1CredentialItem.getValue();
    expect(stored).toMatchObject({ method: 'oauth', clientId: app.clientId });
    expect(stored!.expiresAt).toBeGreaterThan(Date.now() + 100 * 24 * 3600 * 1000);
    expect(await everythingStored()).not.toContain(app.clientSecret);
    const authorize = sandbox().requests.find((r) => r.path === '/oauth/authorize')!;
    expect(authorize.query.redirect_uri).toBe(`https://${TEST_EXTENSION_ID}.chromiumapp.org/`);
    expect(authorize.query.state).toMatch(/^[0-9a-f]+$/);
  });

  it('rejects a forged state without exchanging the code', async () => {
    const { deps } = sandboxAuthDeps(sandbox, {
      identity: {
        getRedirectURL: () => `https://${TEST_EXTENSION_ID}.chromiumapp.org/`,
        launchWebAuthFlow: async () => `https://${TEST_EXTENSION_ID}.chromiumapp.org/?code=abc123&state=forged`,
      },
    });
    const error = await rejection(connectOAuth(deps, app));
    expect(error.errorCode).toBe('oauth_state_mismatch');
    expect(sandbox().requests.filter((r) => r.path === '/oauth/token')).toEqual([]);
    expect(await v1CredentialItem.getValue()).toBeNull();
  });

  it('rejects a replayed answer and an expired state', async () => {
    const { deps, advanceClock } = sandboxAuthDeps(sandbox);
    let answer = '';
    const { deps: capturing } = sandboxAuthDeps(sandbox, {
      now: deps.now,
      identity: {
        getRedirectURL: deps.identity.getRedirectURL,
        launchWebAuthFlow: async (details) => (answer = (await deps.identity.launchWebAuthFlow(details))!),
      },
    });
    await connectOAuth(capturing, app);
    const replay = {
      ...app,
      redirectUri: deps.identity.getRedirectURL(),
      responseUrl: answer,
      state: new URL(answer).searchParams.get('state')!,
    };
    expect((await rejection(completeOAuthRedirect(deps, replay))).errorCode).toBe('oauth_state_mismatch');

    const { deps: slow } = sandboxAuthDeps(sandbox, {
      now: deps.now,
      identity: {
        getRedirectURL: deps.identity.getRedirectURL,
        launchWebAuthFlow: async (details) => {
          const url = await deps.identity.launchWebAuthFlow(details);
          advanceClock(OAUTH_STATE_LIFETIME_MS + 1);
          return url;
        },
      },
    });
    expect((await rejection(connectOAuth(slow, app))).errorCode).toBe('oauth_state_expired');
  });

  /** An identity whose approve page answers `query` (with the flow's own state unless `state` says otherwise). */
  const answering = (query: string, state?: string) =>
    sandboxAuthDeps(sandbox, {
      identity: {
        getRedirectURL: () => `https://${TEST_EXTENSION_ID}.chromiumapp.org/`,
        launchWebAuthFlow: async ({ url }) =>
          `https://${TEST_EXTENSION_ID}.chromiumapp.org/?${query}&state=${state ?? new URL(url).searchParams.get('state')}`,
      },
    }).deps;

  it('a denied approval says so', async () => {
    expect((await rejection(connectOAuth(answering('error=access_denied'), app))).message).toMatch(/did not allow/);
  });

  it('checks the state before anything else: a forged answer’s error text is never shown', async () => {
    const lure = encodeURIComponent('Your TickTick account is locked. Call +1-555-0100');
    for (const query of [`error=${lure}`, `error=access_denied&error_description=${lure}`]) {
      const error = await rejection(connectOAuth(answering(query, 'forged'), app));
      expect(error.errorCode).toBe('oauth_state_mismatch');
      expect(error.message).not.toMatch(/locked|555/);
    }
    // Even with the right state, an error that is not a code is not repeated.
    const error = await rejection(connectOAuth(answering(`error=${lure}`), app));
    expect(error).toMatchObject({ errorCode: 'oauth_error' });
    expect(error.message).not.toMatch(/locked|555/);
  });

  it('a second sign-in started while the first is open does not break the first', async () => {
    const { deps } = sandboxAuthDeps(sandbox);
    const windows: { url: string; answer: (url: string) => void }[] = [];
    const waiting = {
      ...deps,
      identity: {
        getRedirectURL: deps.identity.getRedirectURL,
        launchWebAuthFlow: ({ url }: { url: string }) => new Promise<string>((answer) => windows.push({ url, answer })),
      },
    };
    const first = connectOAuth(waiting, app);
    await vi.waitFor(() => expect(windows).toHaveLength(1));
    const second = connectOAuth(waiting, app);
    await vi.waitFor(() => expect(windows).toHaveLength(2));
    // The first window is approved after the second was opened; then the second is closed.
    windows[0]!.answer((await deps.identity.launchWebAuthFlow({ url: windows[0]!.url, interactive: true }))!);
    await first;
    expect(await v1CredentialItem.getValue()).toMatchObject({ method: 'oauth' });
    windows[1]!.answer(
      `https://${TEST_EXTENSION_ID}.chromiumapp.org/?error=access_denied&state=${new URL(windows[1]!.url).searchParams.get('state')}`,
    );
    expect((await rejection(second)).errorCode).toBe('access_denied');
  });

  it('a wrong client secret is named', async () => {
    const { deps } = sandboxAuthDeps(sandbox);
    const error = await rejection(connectOAuth(deps, { ...app, clientSecret: 'wrong' }));
    expect(error.message).toMatch(/Client ID and Client Secret/);
  });
});

describe('TickTick account (V2)', () => {
  it('signs on through the header rule, keeps the session and never the password', async () => {
    const { deps, dnr } = sandboxAuthDeps(sandbox);
    await signInV2(deps, { username: DEMO.username, password: DEMO.password });
    expect(await v2SessionItem.getValue()).toMatchObject({ username: DEMO.username, inboxId: `inbox${DEMO.userId}` });
    const [rule] = dnr.rules();
    expect(rule!.condition).toEqual({
      urlFilter: `|${sandbox().url}/api/v2/`,
      initiatorDomains: [TEST_EXTENSION_ID],
      resourceTypes: ['xmlhttprequest'],
    });
    expect(rule!.action.requestHeaders).toContainEqual({
      header: 'cookie',
      operation: 'set',
      value: expect.stringMatching(/^t=/),
    });
    expect(await everythingStored()).not.toContain(DEMO.password);
    // Later V2 calls carry the cookie through the rule.
    const status = await createConnections(deps).withV2(getStatus);
    expect(status.username).toBe(DEMO.username);
    expect(sandbox().requests.at(-1)!.headers.cookie).toMatch(/^t=/);
  });

  it('asks for a code when two-factor is on, keeping the challenge but not the password', async () => {
    const { deps } = sandboxAuthDeps(sandbox);
    const error = await rejection(signInV2(deps, { username: MFA_USER.username, password: MFA_USER.password }));
    expect(error.kind).toBe('mfa-required');
    expect(await pendingMfaItem.getValue()).toMatchObject({ username: MFA_USER.username });
    expect((await readAccountState(deps)).v2).toEqual({
      connected: false,
      awaitingCode: { username: MFA_USER.username },
    });
    expect(await everythingStored()).not.toContain(MFA_USER.password);

    const wrong = await rejection(verifyV2Code(deps, { code: '000000', rememberTotpSecret: false }));
    expect(wrong.message).toMatch(/two-factor code/);
    await verifyV2Code(deps, { code: await generate({ secret: MFA_USER.totpSecret }), rememberTotpSecret: false });
    expect((await readAccountState(deps)).v2).toEqual({
      connected: true,
      username: MFA_USER.username,
      needsReconnect: false,
      storesTotpSecret: false,
    });
    expect(await v2TotpSecretItem.getValue()).toBeNull();
  });

  it('with the secret stored by choice, a later sign-in needs only the password', async () => {
    const { deps } = sandboxAuthDeps(sandbox);
    await rejection(signInV2(deps, { username: MFA_USER.username, password: MFA_USER.password }));
    await verifyV2Code(deps, { totpSecret: MFA_USER.totpSecret, rememberTotpSecret: true });
    expect(await v2TotpSecretItem.getValue()).toBe(MFA_USER.totpSecret);

    sandbox().expireSessions();
    const connections = createConnections(deps);
    await connections.refresh();
    expect((await readAccountState(deps)).v2).toMatchObject({ connected: true, needsReconnect: true });

    await signInV2(deps, { username: MFA_USER.username, password: MFA_USER.password });
    expect((await readAccountState(deps)).v2).toMatchObject({
      connected: true,
      needsReconnect: false,
      storesTotpSecret: true,
    });
    expect(sandbox().requests.at(-1)!.path).toBe('/api/v2/user/sign/mfa/code/verify');
  });

  it.each([
    ['a line break', (token: string) => `${token}\r\nSet-Cookie: x=1`],
    ['a cookie of its own', (token: string) => `${token}; other=1`],
  ])('a session token with %s is refused: nothing is kept and no rule carries it', async (_what, spoil) => {
    const { deps, dnr } = sandboxAuthDeps(sandbox);
    // The real sign-on answer, with its token spoiled.
    const real = await fetch(`${sandbox().url}/api/v2/user/signon?wc=true&remember=true`, {
      method: 'POST',
      headers: BROWSER_HEADERS,
      body: JSON.stringify({ username: DEMO.username, password: DEMO.password }),
    }).then((r) => r.json() as Promise<{ token: string }>);
    sandbox().faults.inject(
      { kind: 'status', status: 200, body: { ...real, token: spoil(real.token) } },
      { path: '/api/v2/user/signon' },
    );
    const error = await rejection(signInV2(deps, { username: DEMO.username, password: DEMO.password }));
    expect(error.kind).toBe('validation');
    expect(await v2SessionItem.getValue()).toBeNull();
    expect(JSON.stringify(dnr.rules())).not.toContain(real.token);
    expect((await readAccountState(deps)).v2).toEqual({ connected: false });
  });

  it('signs in all or nothing: when the header rule cannot be set, no session is kept', async () => {
    const { deps, dnr } = sandboxAuthDeps(sandbox);
    const failing = {
      ...dnr.api,
      async updateSessionRules(options: Parameters<typeof dnr.api.updateSessionRules>[0]) {
        if (JSON.stringify(options.addRules ?? []).includes('"cookie","operation":"set"')) {
          throw new Error('Rule with id 1 does not have a valid header value');
        }
        return dnr.api.updateSessionRules(options);
      },
    };
    await expect(
      signInV2({ ...deps, dnr: failing }, { username: DEMO.username, password: DEMO.password }),
    ).rejects.toThrow(/valid header value/);
    expect(await v2SessionItem.getValue()).toBeNull();
    expect((await readAccountState(deps)).v2).toEqual({ connected: false });
  });

  it('wrong password and CAPTCHA errors reach the caller with their kind', async () => {
    const { deps } = sandboxAuthDeps(sandbox);
    expect((await rejection(signInV2(deps, { username: DEMO.username, password: 'nope' }))).errorCode).toBe(
      'username_password_not_match',
    );
    expect(
      (await rejection(signInV2(deps, { username: 'captcha@example.com', password: 'captcha-password' }))).kind,
    ).toBe('captcha');
  });
});

describe('connections and sign-out', () => {
  it('marks a refused connection "needs reconnect" and keeps it; a good check clears the mark', async () => {
    const { deps } = sandboxAuthDeps(sandbox);
    await connectPersonalToken(deps, DEMO.personalToken);
    const connections = createConnections(deps);
    sandbox().faults.inject({ kind: 'status', status: 401, body: { error: 'invalid_token' } });
    await expect(connections.withV1(getProjects)).rejects.toMatchObject({ kind: 'auth' });
    expect((await readAccountState(deps)).v1).toMatchObject({ connected: true, needsReconnect: true });
    await connections.refresh();
    expect((await readAccountState(deps)).v1).toMatchObject({ connected: true, needsReconnect: false });
  });

  it('an OAuth token past its expiry reads as needing reconnect', async () => {
    const { deps, advanceClock } = sandboxAuthDeps(sandbox);
    await connectOAuth(deps, { clientId: DEMO.oauthClient.clientId, clientSecret: DEMO.oauthClient.clientSecret });
    advanceClock(200 * 24 * 3600 * 1000);
    expect((await readAccountState(deps)).v1).toMatchObject({ needsReconnect: true });
  });

  const someLists = { fetchedAt: 1, projects: [{ id: '632b56b88f081e5cbd9f1df6', name: 'Reading' }], groups: [] };
  async function storeAccountData() {
    await projectsCacheItem.setValue(someLists);
    await recentProjectsItem.setValue(['632b56b88f081e5cbd9f1df6']);
    await captureSettingsItem.setValue({ ...DEFAULT_CAPTURE_SETTINGS, defaultProjectId: '632b56b88f081e5cbd9f1df6' });
  }

  it('knows the account a V1 token belongs to from its Inbox, so V1 and V2 of one account are one account', async () => {
    const { deps } = sandboxAuthDeps(sandbox);
    await connectPersonalToken(deps, DEMO.personalToken);
    const connections = createConnections(deps);
    const v1 = await connections.account('v1');
    expect(v1).toEqual({ id: `ticktick:user:${DEMO.userId}`, label: 'with an API token' });
    await storeAccountData();
    await signInV2(deps, { username: DEMO.username, password: DEMO.password });
    connections.forget();
    expect(await connections.account()).toEqual({ id: v1!.id, label: `as ${DEMO.username}` });
    // The same account: its lists stay.
    expect(await projectsCacheItem.getValue()).toEqual(someLists);
  });

  it('another account signing in forgets the first one’s lists, recent lists and default list', async () => {
    const { deps } = sandboxAuthDeps(sandbox);
    await connectPersonalToken(deps, DEMO.personalToken);
    await storeAccountData();
    await rejection(signInV2(deps, { username: MFA_USER.username, password: MFA_USER.password }));
    await verifyV2Code(deps, { totpSecret: MFA_USER.totpSecret, rememberTotpSecret: false });
    expect(await projectsCacheItem.getValue()).toBeNull();
    expect(await recentProjectsItem.getValue()).toEqual([]);
    expect((await captureSettingsItem.getValue()).defaultProjectId).toBeUndefined();
  });

  it('signing out forgets the account’s data but keeps waiting captures and this browser’s choices', async () => {
    const { deps } = sandboxAuthDeps(sandbox);
    await signInV2(deps, { username: DEMO.username, password: DEMO.password });
    await storeAccountData();
    // A capture waiting in the outbox, as the queue stores it.
    await outboxIndexItem.setValue({ pages: [0] });
    await signOut(deps, 'v2');
    expect(await projectsCacheItem.getValue()).toBeNull();
    expect(await recentProjectsItem.getValue()).toEqual([]);
    expect(await captureSettingsItem.getValue()).toEqual(DEFAULT_CAPTURE_SETTINGS);
    expect(await outboxIndexItem.getValue()).toEqual({ pages: [0] });
  });

  it('every storage item says what a sign-out does to it', () => {
    const lifetimes = Object.fromEntries(definedItems().map(({ item, lifetime }) => [item.key, typeof lifetime]));
    expect(Object.keys(lifetimes).length).toBeGreaterThanOrEqual(13);
    for (const [key, kind] of Object.entries(lifetimes)) expect(['string', 'object'], key).toContain(kind);
    expect(definedItems().find((d) => d.item.key === 'local:projects.cache')?.lifetime).toBe('account');
  });

  it('signing out wipes each way’s secrets from every area and removes the header rule', async () => {
    const { deps, dnr } = sandboxAuthDeps(sandbox);
    await connectPersonalToken(deps, DEMO.personalToken);
    await rejection(signInV2(deps, { username: MFA_USER.username, password: MFA_USER.password }));
    await verifyV2Code(deps, { totpSecret: MFA_USER.totpSecret, rememberTotpSecret: true });
    const session = (await v2SessionItem.getValue())!;

    await signOut(deps, 'v1');
    await signOut(deps, 'v2');
    const stored = await everythingStored();
    for (const secret of [DEMO.personalToken, session.token, MFA_USER.totpSecret]) expect(stored).not.toContain(secret);
    expect(dnr.rules()).toEqual([]);
    expect(await readAccountState(deps)).toMatchObject({ v1: { connected: false }, v2: { connected: false } });
  });
});
