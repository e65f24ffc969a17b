import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { expectV2HeadersOnOwnRequestsOnly, lastRequestTo } from '../browser/checks';
import { resetAfterEach } from '../browser/lifecycle';
import { DEMO } from '../sandbox/seed';
import type { FirefoxSession } from './harness';
import { button, FirefoxPage } from './page';

/** Signing in from the options page: a TickTick account (V2 and its header rule) and OAuth. */
export function signingIn(session: () => FirefoxSession): void {
  resetAfterEach(session);

  async function openOptions(): Promise<FirefoxPage> {
    const options = await session().openPage('options.html');
    await options.waitFor('[data-testid="v1-status"]');
    return options;
  }

  it('signs in to a TickTick account; Cookie, Origin and Referer go on its own V2 requests, not on a web page’s', async () => {
    const options = await openOptions();
    await options.fill('#v2-username', DEMO.username);
    await options.fill('#v2-password', DEMO.password);
    await options.click(button('Sign in'));
    await expect
      .poll(() => options.textContent('[data-testid="v2-status"]'))
      .toContain(`signed in as ${DEMO.username}`);
    await expectV2HeadersOnOwnRequestsOnly(session(), async (pageUrl, path) => {
      const web = await session().openWebPage(pageUrl);
      const status = await web.page.evaluate((p) => fetch(p).then((r) => r.status), path);
      await web.close();
      return status;
    });
    await options.close();
  });

  it('signs in with OAuth through the approve page, at the redirect URL every install of this build has', async () => {
    const options = await openOptions();
    const redirect = await options.inputValue('#oauth-redirect');
    // Firefox derives the redirect host from the add-on id, which the manifest fixes.
    const idHash = createHash('sha1').update(session().geckoId).digest('hex');
    expect(redirect).toBe(`https://${idHash}.extensions.allizom.org/`);
    await options.fill('#oauth-client-id', DEMO.oauthClient.clientId);
    await options.fill('#oauth-client-secret', DEMO.oauthClient.clientSecret);
    const authWindow = session().browser.waitForTarget((target) => target.url().includes('/oauth/authorize'));
    await options.click(button('Sign in with TickTick'));
    const approve = new FirefoxPage((await (await authWindow).page())!);
    await approve.click(button('Allow'));
    await expect
      .poll(() => options.textContent('[data-testid="v1-status"]'))
      .toContain('TickTick sign-in (OAuth), valid until');
    expect(lastRequestTo(session().sandbox, '/oauth/token')!.body).toMatchObject({ redirect_uri: redirect });
    expect(JSON.stringify(await session().callHook('dumpStorage'))).not.toContain(DEMO.oauthClient.clientSecret);
    await options.close();
  });
}
