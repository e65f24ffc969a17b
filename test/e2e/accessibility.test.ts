import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../sandbox/seed';
import { noChromium, useExtension } from './harness';

/** axe-core's serious and critical findings, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The page shows what it will show: the account read (options), or the title field focused with its list (popup). */
async function pageSettled(page: Page, file: 'popup.html' | 'options.html') {
  if (file === 'options.html') {
    await page.locator('section[aria-busy="false"]').waitFor();
    await page.getByText('connected with a personal API token').waitFor();
  } else {
    await page.getByTestId('project-button').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'quick-add-title');
  }
}

describe.skipIf(noChromium)('accessibility (axe-core)', () => {
  const session = useExtension();

  it.each([
    ['popup.html', 'light'],
    ['popup.html', 'dark'],
    ['options.html', 'light'],
    ['options.html', 'dark'],
  ] as const)('%s in %s mode has no serious or critical violations', async (file, scheme) => {
    await session().callHook('connectToken', DEMO.personalToken);
    const { page } = await session().openPage(file);
    await page.emulateMedia({ colorScheme: scheme });
    await pageSettled(page, file);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
    await session().callHook('resetAccount');
  });

  it.each(['light', 'dark'] as const)(
    'the popup with its list picker open and a capture needing attention, in %s mode, has none either',
    async (scheme) => {
      await session().callHook('signInV2', DEMO.username, DEMO.password);
      await session().callHook('refreshProjects');
      session().sandbox.faults.inject(
        { kind: 'status', status: 400, body: { errorCode: 'param_error' } },
        { path: '/api/v2/batch/task' },
      );
      await session().callHook('submitCapture', 'Refused by TickTick');
      const { page } = await session().openPage('popup.html');
      await page.emulateMedia({ colorScheme: scheme });
      await page.getByRole('heading', { name: /Waiting to be sent/ }).waitFor();
      await page.getByTestId('project-button').click();
      await page.getByRole('listbox').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
      await session().callHook('resetAccount');
    },
  );
});
