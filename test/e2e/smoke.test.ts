import { describe, expect, it } from 'vitest';
import { noChromium, sendFromPage, useExtension } from './harness';

describe.skipIf(noChromium)('the built extension in Chromium', () => {
  const session = useExtension();

  it('opens the popup ready to type, with no console errors and no CSP violations', async () => {
    const { page, consoleErrors, cspViolations } = await session().openPage('popup.html');
    await page.getByRole('heading', { name: 'Add to TickTick' }).waitFor();
    const focusedId = await page.evaluate(() => document.activeElement?.id);
    expect(focusedId).toBe('quick-add-title');
    await page.keyboard.type('Buy milk');
    expect(await page.inputValue('#quick-add-title')).toBe('Buy milk');
    expect(await cspViolations()).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('opens the options page, which hears from the background over the messaging module', async () => {
    const { page, consoleErrors, cspViolations } = await session().openPage('options.html');
    await page.getByRole('heading', { name: 'TickTick Capture settings' }).waitFor();
    await expect.poll(() => page.getByTestId('background-status').textContent()).toBe('Running');
    // The e2e build points every TickTick URL at the sandbox.
    expect(await page.getByTestId('api-origin').textContent()).toBe(session().sandbox.url);
    expect(await cspViolations()).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('answers a typed ping from an extension page', async () => {
    const { page } = await session().openPage('popup.html');
    const answer = await sendFromPage(page, { type: 'ping', payload: {} });
    expect(answer).toEqual({
      ok: true,
      data: { pong: true, version: expect.stringMatching(/^\d+\.\d+\.\d+$/), apiOrigin: session().sandbox.url },
    });
    const refused = await sendFromPage(page, { type: 'ping', payload: { extra: 1 } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    await page.close();
  });

  it('the popup and options pages may not reach the network, not even TickTick: their own policy says so', async () => {
    for (const file of ['popup.html', 'options.html']) {
      const { page, cspViolations } = await session().openPage(file);
      const reached = await page.evaluate(
        (url) =>
          fetch(url).then(
            () => 'reached',
            () => 'refused',
          ),
        `${session().sandbox.url}/open/v1/project`,
      );
      expect(reached, file).toBe('refused');
      await expect.poll(cspViolations).toContainEqual(expect.stringMatching(/^connect-src/));
      await page.close();
    }
    // Meant to happen here: taken from the session, which would fail the test for them.
    expect(session().cspViolations.splice(0).length).toBeGreaterThanOrEqual(2);
  });

  it('notices a CSP violation when one happens (the detector itself works)', async () => {
    const { page, cspViolations } = await session().openPage('popup.html');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
    });
    await expect.poll(cspViolations).toContainEqual(expect.stringContaining('script-src'));
    // The session heard of it too (and would fail this test); it was meant to happen here.
    await expect.poll(() => session().cspViolations.length).toBeGreaterThan(0);
    session().cspViolations.length = 0;
    await page.close();
  });

  it('leaves a page open, as a test that fails half-way would', async () => {
    await session().openPage('popup.html');
    await session().context.newPage();
  });

  it('starts with only the run’s own page: pages a test left open were closed after it', () => {
    expect(
      session()
        .context.pages()
        .map((page) => page.url()),
    ).toEqual([`chrome-extension://${session().extensionId}/blank.html`]);
  });
});
