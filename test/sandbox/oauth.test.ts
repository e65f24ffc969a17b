import { describe, expect, it } from 'vitest';
import { DEMO } from './seed';
import { useSandbox } from './test-helpers';

const sandbox = useSandbox();
const redirectUri = 'https://abcdefghijklmnop.chromiumapp.org/';
const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;

function authorizeUrl(params: Record<string, string>): string {
  const url = new URL('/oauth/authorize', sandbox().url);
  const all = {
    client_id: DEMO.oauthClient.clientId,
    scope: 'tasks:read tasks:write',
    state: 'st4te',
    redirect_uri: redirectUri,
    response_type: 'code',
    ...params,
  };
  for (const [k, v] of Object.entries(all)) url.searchParams.set(k, v);
  return url.toString();
}

async function approveAndGetCode(state = 'st4te'): Promise<string> {
  sandbox().autoApproveOAuth = true;
  try {
    const res = await fetch(authorizeUrl({ state }), { redirect: 'manual' });
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location')!);
    expect(location.origin + location.pathname).toBe(redirectUri);
    expect(location.searchParams.get('state')).toBe(state);
    return location.searchParams.get('code')!;
  } finally {
    sandbox().autoApproveOAuth = false;
  }
}

function exchange(code: string, overrides: { auth?: string; redirect?: string; grant?: string } = {}) {
  return fetch(`${sandbox().url}/oauth/token`, {
    method: 'POST',
    headers: {
      authorization: overrides.auth ?? basic(DEMO.oauthClient.clientId, DEMO.oauthClient.clientSecret),
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({
      code,
      grant_type: overrides.grant ?? 'authorization_code',
      scope: 'tasks:read tasks:write',
      redirect_uri: overrides.redirect ?? redirectUri,
    }),
  });
}

describe('sandbox OAuth', () => {
  it('shows an approve page whose Allow button redirects with a code and the state', async () => {
    const page = await fetch(authorizeUrl({}));
    expect(page.status).toBe(200);
    const text = await page.text();
    expect(text).toContain('id="allow"');
    expect(text).toContain(DEMO.oauthClient.name);

    const form = new URLSearchParams([...text.matchAll(/name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
    form.set('decision', 'allow');
    const decided = await fetch(`${sandbox().url}/oauth/authorize`, {
      method: 'POST',
      body: form,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      redirect: 'manual',
    });
    expect(decided.status).toBe(302);
    const location = new URL(decided.headers.get('location')!);
    expect(location.searchParams.get('state')).toBe('st4te');
    expect(location.searchParams.get('code')).toMatch(/^\w{6}$/);
  });

  it('redirects with access_denied when the user denies', async () => {
    const form = new URLSearchParams({
      client_id: DEMO.oauthClient.clientId,
      redirect_uri: redirectUri,
      response_type: 'code',
      state: 'x1',
      decision: 'deny',
    });
    const res = await fetch(`${sandbox().url}/oauth/authorize`, { method: 'POST', body: form, redirect: 'manual' });
    const location = new URL(res.headers.get('location')!);
    expect(location.searchParams.get('error')).toBe('access_denied');
    expect(location.searchParams.get('state')).toBe('x1');
    expect(location.searchParams.has('code')).toBe(false);
  });

  it('refuses an unknown client on the authorize page', async () => {
    const res = await fetch(authorizeUrl({ client_id: 'nobody' }));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Unknown client_id');
  });

  it('exchanges a code once for a token of the real shape', async () => {
    const code = await approveAndGetCode();
    const res = await exchange(code);
    expect(res.status).toBe(200);
    const token = await res.json();
    expect(token).toEqual({
      access_token: expect.stringMatching(/^[0-9a-f-]{36}$/),
      token_type: 'bearer',
      expires_in: expect.any(Number),
      scope: 'tasks:read tasks:write',
    });
    expect(token.expires_in).toBeGreaterThan(15_000_000);

    const v1 = await fetch(`${sandbox().url}/open/v1/project`, {
      headers: { authorization: `Bearer ${token.access_token}` },
    });
    expect(v1.status).toBe(200);

    const replay = await exchange(code);
    expect(replay.status).toBe(400);
    expect((await replay.json()).error).toBe('invalid_grant');
  });

  it('refuses wrong client credentials, a wrong redirect_uri and a wrong grant type', async () => {
    const wrongSecret = await exchange(await approveAndGetCode(), {
      auth: basic(DEMO.oauthClient.clientId, 'nope'),
    });
    expect(wrongSecret.status).toBe(401);
    expect((await wrongSecret.json()).error).toBe('invalid_client');

    const noAuth = await exchange(await approveAndGetCode(), { auth: '' });
    expect(noAuth.status).toBe(401);

    const wrongRedirect = await exchange(await approveAndGetCode(), { redirect: 'https://elsewhere.example/' });
    expect(wrongRedirect.status).toBe(400);
    expect((await wrongRedirect.json()).error_description).toContain('Redirect URI mismatch');

    const wrongGrant = await exchange(await approveAndGetCode(), { grant: 'password' });
    expect(wrongGrant.status).toBe(400);
    expect((await wrongGrant.json()).error).toBe('unsupported_grant_type');
  });

  it('refuses a redirect_uri the app did not register, when it registered some', async () => {
    sandbox().state.oauthClients.set('strict-client', {
      clientId: 'strict-client',
      clientSecret: 's',
      name: 'Strict',
      redirectUris: ['https://registered.example/cb'],
    });
    const res = await fetch(authorizeUrl({ client_id: 'strict-client' }));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('not registered');
  });
});
