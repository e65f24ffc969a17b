import { describe, expect, it } from 'vitest';
import { resetAfterEach } from '../browser/lifecycle';
import { DEMO } from '../sandbox/seed';
import { noChromium, useExtension } from './harness';

describe.skipIf(noChromium)('capture defaults on the options page', () => {
  const session = useExtension();

  resetAfterEach(session);

  it('saves each default as it is changed, and shows the saved values after a reload', async () => {
    await session().callHook('connectToken', DEMO.personalToken);
    await session().callHook('refreshProjects');
    const { page } = await session().openPage('options.html');
    await page.getByLabel('Default tags').fill('#Reading, #web');
    await page.getByLabel('Default priority').selectOption('High');
    // A text field is saved when it is left, a choice when it is made.
    await page.getByLabel('Content template').fill('{{title}} — {{url}}');
    await page.keyboard.press('Tab');
    await page.getByLabel('Default date').selectOption('tomorrow');
    await page.getByLabel('Default list').selectOption({ index: 1 });
    const stored = () =>
      session()
        .callHook('dumpStorage')
        .then((s) => JSON.stringify(s));
    await expect.poll(stored).toContain('"defaultDue":"tomorrow"');
    const settings = JSON.parse(await stored()).local['settings.capture'];
    expect(settings).toMatchObject({
      defaultTags: ['reading', 'web'],
      defaultPriority: 5,
      contentTemplate: '{{title}} — {{url}}',
      defaultDue: 'tomorrow',
    });
    expect(settings.defaultProjectId).toMatch(/^[0-9a-f]{24}$/);

    await page.reload();
    await expect.poll(() => page.getByLabel('Default tags').inputValue()).toBe('#reading #web');
    expect(await page.getByLabel('Content template').inputValue()).toBe('{{title}} — {{url}}');
    expect(await page.getByLabel('Default priority').inputValue()).toBe('5');
    await page.close();
  });
});
