import { describe, expect, it } from 'vitest';
import { DEMO } from '../../test/sandbox/seed';
import { useSandbox } from '../../test/sandbox/test-helpers';
import { TickTickError } from './errors';
import { buildAuthorizeUrl, exchangeOAuthCode } from './oauth';
import { createV1Client } from './v1/client';

const sandbox = useSandbox({ autoApproveOAuth: true });
const redirectUri = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/';

async function authorize(state: string): Promise<URL> {
  const url = buildAuthorizeUrl({ clientId: DEMO.oauthClient.clientId, redirectUri, state, baseUrl: sandbox().url });
  const res = await fetch(url, { redirect: 'manual' });
  return new URL(res.headers.get('location')!);
}

describe('OAuth helpers', () => {
  it('builds the authorize URL with every parameter TickTick expects', () => {
    const url = new URL(buildAuthorizeUrl({ clientId: 'cid', redirectUri, state: 's1' }));
    expect(url.origin + url.pathname).toBe('https://ticktick.com/oauth/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: 'cid',
      scope: 'tasks:read tasks:write',
      state: 's1',
      redirect_uri: redirectUri,
      response_type: 'code',
    });
  });

  it('exchanges a code for a TokenV1 whose expiry is in Unix seconds, usable on V1', async () => {
    const back = await authorize('xyz');
    expect(back.searchParams.get('state')).toBe('xyz');
    const now = Date.now();
    const token = await exchangeOAuthCode({
      clientId: DEMO.oauthClient.clientId,
      clientSecret: DEMO.oauthClient.clientSecret,
      code: back.searchParams.get('code')!,
      redirectUri,
      baseUrl: sandbox().url,
      now: () => now,
    });
    expect(token.value).toMatch(/^[0-9a-f-]{36}$/);
    expect(token.expiration).toBe(Math.floor(now / 1000) + 15_552_000);
    const request = sandbox().requests.at(-1)!;
    expect(request.headers.authorization).toBe(
      `Basic ${Buffer.from('sandbox-client:sandbox-secret').toString('base64')}`,
    );
    expect(request.body).toMatchObject({ grant_type: 'authorization_code', redirect_uri: redirectUri });
    const projects = await createV1Client({ token: token.value, baseUrl: `${sandbox().url}/open/v1` }).getProjects();
    expect(projects.length).toBeGreaterThan(0);
  });

  it('says what to fix for a wrong secret and for a used code', async () => {
    const code = (await authorize('a')).searchParams.get('code')!;
    const options = {
      clientId: DEMO.oauthClient.clientId,
      clientSecret: 'wrong',
      code,
      redirectUri,
      baseUrl: sandbox().url,
    };
    const wrongSecret = await exchangeOAuthCode(options).catch((e: unknown) => e);
    expect(wrongSecret).toBeInstanceOf(TickTickError);
    expect(wrongSecret).toMatchObject({ kind: 'auth', errorCode: 'invalid_client' });
    expect((wrongSecret as Error).message).toMatch(/Client ID and Client Secret/);

    const ok = {
      ...options,
      clientSecret: DEMO.oauthClient.clientSecret,
      code: (await authorize('b')).searchParams.get('code')!,
    };
    await exchangeOAuthCode(ok);
    const reused = await exchangeOAuthCode(ok).catch((e: unknown) => e);
    expect(reused).toMatchObject({ kind: 'auth', errorCode: 'invalid_grant' });
  });

  it('refuses a token that is already expired', async () => {
    const code = (await authorize('c')).searchParams.get('code')!;
    const farFuture = Date.now() + 400 * 24 * 3600 * 1000;
    let calls = 0;
    // The clock jumps past the expiry between reading the answer and checking it.
    const now = () => (calls++ === 0 ? Date.now() : farFuture);
    const error = await exchangeOAuthCode({
      clientId: DEMO.oauthClient.clientId,
      clientSecret: DEMO.oauthClient.clientSecret,
      code,
      redirectUri,
      baseUrl: sandbox().url,
      now,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'validation' });
    expect((error as Error).message).toMatch(/expired/);
  });
});
