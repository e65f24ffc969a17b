import { expect, it } from 'vitest';
import { sendRuntimeMessage } from '../browser/pages';
import type { FirefoxSession } from './harness';

/** Install, background start and restart, the popup and the options page, and the log detectors themselves. */
export function installAndPages(session: () => FirefoxSession): void {
  it('installs, and its background page starts and starts again with no errors', async () => {
    const firstStart = await session().callHook('workerStartedAt');
    expect(await session().takeLog()).toEqual({ errors: [], cspViolations: [] });
    await session().restartBackground();
    expect(await session().callHook('workerStartedAt')).not.toBe(firstStart);
    // The restarted background still talks to the sandbox it was pointed at.
    expect(await session().callHook('dumpStorage')).toMatchObject({
      local: { 'e2e.apiOrigin': session().sandbox.url },
    });
    expect(await session().takeLog()).toEqual({ errors: [], cspViolations: [] });
  });

  it('opens the popup ready to type', async () => {
    const popup = await session().openPage('popup.html');
    await popup.waitFor('::-p-aria([name="Add to TickTick"][role="heading"])');
    expect(await popup.page.evaluate(() => document.activeElement?.id)).toBe('quick-add-title');
    await popup.page.keyboard.type('Buy milk');
    expect(await popup.inputValue('#quick-add-title')).toBe('Buy milk');
    await popup.close();
  });

  it('opens the options page, which hears from the background', async () => {
    const options = await session().openPage('options.html');
    await options.waitFor('::-p-aria([name="TickTick Capture settings"][role="heading"])');
    await expect.poll(() => options.textContent('[data-testid="background-status"]')).toBe('Running');
    expect(await options.textContent('[data-testid="api-origin"]')).toBe(session().sandbox.url);
    await options.close();
  });

  it('answers a typed ping from an extension page', async () => {
    const popup = await session().openPage('popup.html');
    expect(await popup.page.evaluate(sendRuntimeMessage, { type: 'ping', payload: {} })).toMatchObject({
      ok: true,
      data: { pong: true, apiOrigin: session().sandbox.url },
    });
    await popup.close();
  });

  it('notices a CSP violation, an uncaught error and a console error when they happen (the detectors work)', async () => {
    const popup = await session().openPage('popup.html');
    await popup.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
      console.error('logged on purpose');
      setTimeout(() => {
        throw new Error('thrown on purpose');
      });
    });
    const seen = { errors: [] as string[], cspViolations: [] as string[] };
    await expect
      .poll(async () => {
        const log = await session().takeLog();
        seen.errors.push(...log.errors);
        seen.cspViolations.push(...log.cspViolations);
        return seen;
      })
      .toEqual({
        errors: expect.arrayContaining([
          expect.stringContaining('logged on purpose'),
          expect.stringMatching(/popup\.html: Error: thrown on purpose/),
        ]),
        // Once per policy that forbids it: the manifest's and the page's own.
        cspViolations: expect.arrayContaining([
          expect.stringMatching(/popup\.html: Content-Security-Policy: .*script-src/),
        ]),
      });
    await popup.close();
  });
}
