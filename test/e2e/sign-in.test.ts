import { generate } from 'otplib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectV2HeadersOnOwnRequestsOnly } from '../browser/checks';
import { resetAfterEach } from '../browser/lifecycle';
import { payloadSchemas } from '../../src/messaging/schemas';
import { CAPTCHA_USER, DEMO, MAX_FAILED_SIGNONS, MFA_USER } from '../sandbox/seed';
import { noChromium, useExtension } from './harness';

describe.skipIf(noChromium)('signing in from the options page', () => {
  const session = useExtension();

  resetAfterEach(session);

  async function openOptions(): Promise<Page> {
    const { page } = await session().openPage('options.html');
    await page.getByRole('heading', { name: 'Account', exact: true }).waitFor();
    await page.getByTestId('v1-status').waitFor();
    return page;
  }

  async function storedText(): Promise<string> {
    return JSON.stringify(await session().callHook('dumpStorage'));
  }

  it('connects with a personal token, shows it, and signs out leaving no token anywhere', async () => {
    const page = await openOptions();
    await page.getByLabel('API token', { exact: true }).fill(DEMO.personalToken);
    await page.getByRole('button', { name: 'Connect' }).click();
    await expect
      .poll(() => page.getByTestId('v1-status').textContent())
      .toContain('connected with a personal API token');
    expect(await storedText()).toContain(DEMO.personalToken);

    await page.getByTestId('v1-status').getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => page.getByTestId('v1-status').textContent()).toContain('not connected');
    expect(await storedText()).not.toContain(DEMO.personalToken);
    await page.close();
  });

  it('shows what to do about a wrong token', async () => {
    const page = await openOptions();
    await page.getByLabel('API token', { exact: true }).fill('tp_this_is_wrong');
    await page.getByRole('button', { name: 'Connect' }).click();
    await expect.poll(() => page.locator('#token-error').textContent()).toContain('did not accept this token');
    await page.close();
  });

  it('signs in with OAuth through TickTick’s approve page', async () => {
    const page = await openOptions();
    const redirect = await page.getByLabel('Redirect URL to register').inputValue();
    expect(redirect).toBe(`https://${session().extensionId}.chromiumapp.org/`);
    await page.getByLabel('Client ID').fill(DEMO.oauthClient.clientId);
    await page.getByLabel('Client Secret').fill(DEMO.oauthClient.clientSecret);
    const authWindow = session().context.waitForEvent('page');
    await page.getByRole('button', { name: 'Sign in with TickTick' }).click();
    const approve = await authWindow;
    await approve.getByRole('button', { name: 'Allow' }).click();
    await expect
      .poll(() => page.getByTestId('v1-status').textContent())
      .toContain('TickTick sign-in (OAuth), valid until');
    expect(await storedText()).not.toContain(DEMO.oauthClient.clientSecret);
    await page.close();
  });

  it('rejects an OAuth answer whose state was forged', async () => {
    const page = await openOptions();
    const logStart = session().sandbox.requests.length;
    await page.getByLabel('Client ID').fill(DEMO.oauthClient.clientId);
    await page.getByLabel('Client Secret').fill(DEMO.oauthClient.clientSecret);
    const authWindow = session().context.waitForEvent('page');
    await page.getByRole('button', { name: 'Sign in with TickTick' }).click();
    const approve = await authWindow;
    await approve.waitForLoadState();
    // Instead of approving, something sends the redirect URL a code with a state it made up.
    await approve.evaluate(
      (url) => (location.href = url),
      `https://${session().extensionId}.chromiumapp.org/?code=abc123&state=forged`,
    );
    await expect.poll(() => page.locator('#oauth-error').textContent()).toContain('state does not match');
    const exchanges = session()
      .sandbox.requests.slice(logStart)
      .filter((r) => r.path === '/oauth/token');
    expect(exchanges).toEqual([]);
    expect(await page.getByTestId('v1-status').textContent()).toContain('not connected');
    await page.close();
  });

  it('signs in to an account with two-factor using a code, sending the V2 headers only on its own requests', async () => {
    const page = await openOptions();
    await page.getByLabel('Email').fill(MFA_USER.username);
    await page.getByLabel('Password').fill(MFA_USER.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page
      .getByLabel('6-digit code from your authenticator app')
      .fill(await generate({ secret: MFA_USER.totpSecret }));
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(() => page.getByTestId('v2-status').textContent()).toContain(`signed in as ${MFA_USER.username}`);
    expect(await storedText()).not.toContain(MFA_USER.password);

    await expectV2HeadersOnOwnRequestsOnly(session(), async (pageUrl, path) => {
      const web = await session().context.newPage();
      await web.goto(pageUrl);
      const status = await web.evaluate((p) => fetch(p).then((r) => r.status), path);
      await web.close();
      return status;
    });
    await page.close();
  });

  it('never uses or changes the browser’s cookies: the user’s own TickTick session survives signing in and out', async () => {
    const { context, sandbox } = session();
    // The user is signed in to TickTick in this browser, as a different web session.
    await context.addCookies([
      { name: 't', value: 'USERS-OWN-WEB-SESSION', url: sandbox.url },
      { name: 'tracking', value: 'yes', url: sandbox.url },
    ]);
    const jarSession = async () => (await context.cookies(sandbox.url)).find((c) => c.name === 't')?.value;
    const logStart = sandbox.requests.length;

    await session().callHook('connectToken', DEMO.personalToken);
    await session().callHook('signInV2', DEMO.username, DEMO.password);
    await session().callHook('v2Status');

    const sent = sandbox.requests.slice(logStart);
    // V1 (and sign-on) requests carry none of the jar's cookies…
    for (const request of sent.filter((r) => r.path.startsWith('/open/v1') || r.path === '/api/v2/user/signon')) {
      expect(request.headers.cookie, `${request.method} ${request.path}`).toBeUndefined();
    }
    // …V2 calls carry exactly the extension's own session, from the header rule…
    const status = sent.filter((r) => r.path === '/api/v2/user/status').at(-1)!;
    expect(status.headers.cookie).toMatch(/^t=[0-9A-F]+$/);
    // …and the sign-on's Set-Cookie did not replace the user's own session in the jar.
    expect(await jarSession()).toBe('USERS-OWN-WEB-SESSION');

    await session().callHook('resetAccount');
    expect(await jarSession()).toBe('USERS-OWN-WEB-SESSION');
    await context.clearCookies();
  });

  it('with the secret stored, signs in again after TickTick ended the session without asking for a code', async () => {
    const page = await openOptions();
    await page.getByLabel('Email').fill(MFA_USER.username);
    await page.getByLabel('Password').fill(MFA_USER.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByLabel(/let the extension make the codes/).check();
    await expect.poll(() => page.getByRole('note').textContent()).toContain('never stored');
    await page.getByLabel(/Secret key/).fill(MFA_USER.totpSecret);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(() => page.getByTestId('v2-status').textContent()).toContain('makes its own two-factor codes');

    session().sandbox.expireSessions();
    await page.reload();
    await expect.poll(() => page.getByTestId('v2-status').textContent()).toContain('Needs reconnect');
    await page.getByLabel('Password').fill(MFA_USER.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect.poll(() => page.getByTestId('v2-status').textContent()).not.toContain('Needs reconnect');
    expect(await page.getByLabel('6-digit code from your authenticator app').count()).toBe(0);
    expect(await storedText()).not.toContain(MFA_USER.password);
    await page.close();
  });

  it.each([
    ['a wrong password', DEMO.username, 'wrong-password', /did not accept that email and password/],
    ['a CAPTCHA demand', CAPTCHA_USER.username, CAPTCHA_USER.password, /CAPTCHA.*API token/],
  ])('explains %s', async (_case, username, password, message) => {
    const page = await openOptions();
    await page.getByLabel('Email').fill(username);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect.poll(() => page.locator('#v2-error').textContent()).toMatch(message);
    await page.close();
  });

  it('explains too many attempts, a wrong two-factor code, TickTick down and the network down', async () => {
    const page = await openOptions();
    const signIn = async (username: string, password: string) => {
      await page.getByLabel('Email').fill(username);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    };

    session().sandbox.state.accountByUsername(DEMO.username)!.failedSignons = MAX_FAILED_SIGNONS;
    await signIn(DEMO.username, DEMO.password);
    await expect.poll(() => page.locator('#v2-error').textContent()).toMatch(/Too many wrong passwords/);
    session().sandbox.state.accountByUsername(DEMO.username)!.failedSignons = 0;

    session().sandbox.faults.inject(
      { kind: 'status', status: 503, body: 'Service Unavailable' },
      { path: '/open/v1/project' },
    );
    await page.getByLabel('API token', { exact: true }).fill(DEMO.personalToken);
    await page.getByRole('button', { name: 'Connect' }).click();
    await expect.poll(() => page.locator('#token-error').textContent()).toMatch(/TickTick is having trouble/);

    // Chromium retries a request once when a reused connection drops, so drop a few.
    session().sandbox.faults.inject({ kind: 'drop' }, { path: '/open/v1/project', times: 3 });
    await page.getByRole('button', { name: 'Connect' }).click();
    await expect.poll(() => page.locator('#token-error').textContent()).toMatch(/Could not reach TickTick/);
    session().sandbox.faults.clear();

    await signIn(MFA_USER.username, MFA_USER.password);
    await page.getByLabel('6-digit code from your authenticator app').fill('000000');
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(() => page.locator('#v2-code-error').textContent()).toMatch(/two-factor code was not accepted/);
    await page.close();
  });

  it('applies the region to the V2 headers, and locks it while signed in', async () => {
    const page = await openOptions();
    await page.getByLabel('Region').selectOption('dida365');
    await page.getByLabel('Email').fill(DEMO.username);
    await page.getByLabel('Password').fill(DEMO.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect.poll(() => page.getByTestId('v2-status').textContent()).toContain(`signed in as ${DEMO.username}`);
    const signon = session()
      .sandbox.requests.filter((r) => r.path === '/api/v2/user/signon')
      .at(-1)!;
    expect(signon.headers.origin).toBe('https://dida365.com');
    expect(await page.getByLabel('Region').isDisabled()).toBe(true);
    await page.close();
  });

  it('a script the extension injects into a web page is refused every message: the sender check, not a missing API', async () => {
    const web = await session().context.newPage();
    const url = `${session().sandbox.url}/__sandbox/page`;
    await web.goto(url);
    const tabId = (await session().callHook('tabIdOf', url))!;
    // Every message type, each with a payload that would pass its schema: what stops them is who sends them.
    const messages = [
      ['ping', {}],
      ['account.get', {}],
      ['account.refresh', {}],
      ['account.setRegion', { region: 'dida365' }],
      ['account.connectToken', { token: DEMO.personalToken }],
      ['account.connectOAuth', { clientId: 'a', clientSecret: 'b' }],
      ['account.signInV2', { username: DEMO.username, password: DEMO.password }],
      ['account.verifyV2Code', { code: '123456', rememberTotpSecret: false }],
      ['account.signOut', { connection: 'v2' }],
      ['capture.context', {}],
      ['capture.content', { page: { title: 'x', url: 'https://example.com/' } }],
      ['capture.pageText', { tabId }],
      ['capture.preview', { text: 'x' }],
      ['capture.submit', { text: 'From a web page' }],
      ['projects.get', {}],
      ['outbox.retry', { id: 'x' }],
      ['outbox.sendHere', { id: 'x' }],
      ['outbox.edit', { id: 'x', title: 'x' }],
      ['outbox.remove', { id: 'x' }],
      ['settings.get', {}],
      ['settings.set', { closePopupAfterSave: false }],
      ['siteRules.get', {}],
      ['siteRules.set', { rules: [{ pattern: 'example.com', tags: [] }] }],
    ].map(([type, payload]) => ({ type, payload }));
    expect(messages.map((m) => m.type).sort()).toEqual(Object.keys(payloadSchemas).sort());
    const answers = await session().callHook('sendFromInjectedScript', tabId, messages);
    expect(answers).toEqual(
      messages.map(() => ({ ok: false, error: expect.objectContaining({ code: 'forbidden-sender' }) })),
    );
    expect(
      session()
        .sandbox.state.tasksOf(DEMO.userId)
        .filter((t) => t.title === 'From a web page'),
    ).toEqual([]);
    await web.close();
  });

  it('a web page cannot reach the background', async () => {
    const web = await session().context.newPage();
    await web.goto(`${session().sandbox.url}/__sandbox/page`);
    const reach = await web.evaluate(async (extensionId) => {
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => Promise<unknown> } } })
        .chrome?.runtime;
      if (!runtime?.sendMessage) return 'no runtime.sendMessage';
      try {
        return JSON.stringify(await runtime.sendMessage(extensionId, { type: 'account.get', payload: {} }));
      } catch (error) {
        return `refused: ${(error as Error).message}`;
      }
    }, session().extensionId);
    expect(reach).toMatch(/^(no runtime.sendMessage|refused)/);
    await web.close();
  });
});
