import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../sandbox/seed';
import { noChromium, useExtension } from './harness';

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
    await page.locator('h1').waitFor();
    await page.waitForTimeout(300);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
    await page.close();
    await session().callHook('resetAccount');
  });
});
