import { afterEach, describe, expect, it } from 'vitest';
import { DEMO } from '../sandbox/seed';
import { noChromium, useExtension } from './harness';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

describe.skipIf(noChromium)('quick add in the popup of the built extension', () => {
  const session = useExtension();

  afterEach(async () => {
    await session().callHook('resetAccount');
  });

  const tasksTitled = (title: string) =>
    session()
      .sandbox.state.tasksOf(DEMO.userId)
      .filter((t) => t.title === title);

  async function openPopup() {
    await session().callHook('setCaptureSettings', { closePopupAfterSave: false });
    const { page, consoleErrors } = await session().openPage('popup.html');
    return { popup: page, consoleErrors };
  }

  const chipTexts = (popup: Awaited<ReturnType<typeof openPopup>>['popup']) =>
    popup.getByTestId('chips').locator('li').allTextContents();

  it('shows the chips of a repeat with a time and a start, and saves its RRULE, first day and time', async () => {
    await session().callHook('signInV2', DEMO.username, DEMO.password);
    const { popup, consoleErrors } = await openPopup();
    // Chromium runs in this machine's zone, as the test does: a start ten days ahead, and its first Tuesday at 7am.
    const start = new Date();
    start.setDate(start.getDate() + 10);
    const first = new Date(start.getFullYear(), start.getMonth(), start.getDate(), 7, 0);
    while (first.getDay() !== 2) first.setDate(first.getDate() + 1);
    const year = first.getFullYear() === new Date().getFullYear() ? '' : ` ${first.getFullYear()}`;

    const title = 'Team sync';
    await popup.fill(
      '#quick-add-title',
      `${title} every other tues 7am starting ${start.getDate()} ${MONTHS[start.getMonth()]}`,
    );
    await expect
      .poll(() => chipTexts(popup))
      .toEqual([
        'Every 2 weeks on Tue×',
        '07:00×',
        `Starts ${DAYS[first.getDay()]} ${first.getDate()} ${MONTHS[first.getMonth()]}${year}×`,
      ]);
    await popup.press('#quick-add-title', 'Enter');
    await expect.poll(() => popup.getByTestId('status').textContent()).toContain('Added to TickTick');

    const [task] = tasksTitled(title);
    const at = first.toISOString().replace(/\.000Z$/, '.000+0000');
    expect(task).toMatchObject({
      repeatFlag: 'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
      isAllDay: false,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    expect([task!.startDate, task!.dueDate].map((d) => new Date(d!.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')))).toEqual([
      new Date(at.replace('+0000', 'Z')),
      new Date(at.replace('+0000', 'Z')),
    ]);
    expect(consoleErrors).toEqual([]);
    await popup.close();
  });

  it('removing a chip, by its × or by Backspace at its end, leaves its words in the title as text', async () => {
    await session().callHook('signInV2', DEMO.username, DEMO.password);
    const { popup } = await openPopup();
    const typed = 'Call mom tomorrow 3pm #family';
    await popup.fill('#quick-add-title', typed);
    await expect.poll(() => chipTexts(popup)).toEqual(['Tomorrow, 15:00×', '#family×']);

    await popup.getByRole('button', { name: 'Remove Tomorrow, 15:00' }).click();
    await expect.poll(() => chipTexts(popup)).toEqual(['#family×']);
    await popup.focus('#quick-add-title');
    await popup.press('#quick-add-title', 'End');
    await popup.press('#quick-add-title', 'Backspace');
    await expect.poll(() => chipTexts(popup)).toEqual([]);
    // Nothing was deleted, and what was typed after stays plain text too.
    expect(await popup.inputValue('#quick-add-title')).toBe(typed);
    // Words kept as text stay text while the line changes around them; what is typed new is read.
    await popup.press('#quick-add-title', 'Home');
    await popup.keyboard.type('Please ');
    await popup.press('#quick-add-title', 'End');
    await popup.keyboard.type(' !2');
    await expect.poll(() => chipTexts(popup)).toEqual(['Medium priority×']);
    expect(await popup.inputValue('#quick-add-title')).toBe(`Please ${typed} !2`);

    await popup.press('#quick-add-title', 'Enter');
    await expect.poll(() => popup.getByTestId('status').textContent()).toContain('Added to TickTick');
    const [task] = tasksTitled(`Please ${typed}`);
    expect(task).toMatchObject({ priority: 3 });
    expect(task!.dueDate ?? undefined).toBeUndefined();
    expect(task!.tags ?? []).toEqual([]);
    await popup.close();
  });
});
