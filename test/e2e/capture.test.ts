import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectLandedOnce, tasksTitled as sandboxTasksTitled } from '../browser/checks';
import { resetAfterEach } from '../browser/lifecycle';
import { ARTICLE, expectPrefilledTitle, selectQuote } from '../browser/pages';
import { DEMO } from '../sandbox/seed';
import { noChromium, useExtension } from './harness';

const READING_LIST = '632b56b88f081e5cbd9f1df6';
const MEETINGS_LIST = '632b56b88f081e5cbd9f1df3';

describe.skipIf(noChromium)('capturing from the built extension', () => {
  const session = useExtension();

  resetAfterEach(session);

  const tasksTitled = (title: string) => sandboxTasksTitled(session().sandbox, title);

  async function openArticle(name: string): Promise<{ article: Page; tabId: number; url: string }> {
    const article = await session().context.newPage();
    const url = ARTICLE.url(session().sandbox, name);
    await article.goto(url);
    const tabId = await session().callHook('tabIdOf', url);
    expect(tabId).not.toBeNull();
    return { article, tabId: tabId!, url };
  }

  async function openPopupFor(tabId: number, options: { closeAfterSave?: boolean } = {}): Promise<Page> {
    await session().callHook('setCaptureSettings', { closePopupAfterSave: options.closeAfterSave ?? false });
    const { page, consoleErrors } = await session().openPage(`popup.html?tabId=${tabId}`);
    await expectPrefilledTitle(page);
    expect(consoleErrors).toEqual([]);
    return page;
  }

  it.each([
    ['V2', async () => session().callHook('signInV2', DEMO.username, DEMO.password)],
    ['V1 only', async () => session().callHook('connectToken', DEMO.personalToken)],
  ])(
    'sends one task from the popup with title, content, list, date, tags, priority and reminder (%s)',
    async (way, connect) => {
      await connect();
      await session().callHook('refreshProjects');
      const { article, tabId, url } = await openArticle(way.replace(' ', '-'));
      await article.evaluate(selectQuote);
      const popup = await openPopupFor(tabId);

      await popup.fill('#quick-add-title', `Read this ${way} tomorrow 3pm #reading !1 ~Reading remind 30m before`);
      await expect
        .poll(() => popup.getByTestId('chips').locator('li').allTextContents())
        .toEqual(['Tomorrow, 15:00×', '#reading×', 'High priority×', '📚 Reading list×', 'Remind 30m before×']);
      await popup.press('#quick-add-title', 'Enter');
      await expect.poll(() => popup.getByTestId('status').textContent()).toContain('Added to TickTick');
      expect(await popup.getByRole('link', { name: 'Open in TickTick' }).getAttribute('href')).toMatch(
        new RegExp(`^https://ticktick\\.com/webapp/#p/${READING_LIST}/tasks/[0-9a-f]{24}$`),
      );

      const [task] = tasksTitled(`Read this ${way}`);
      expect(tasksTitled(`Read this ${way}`)).toHaveLength(1);
      const tomorrow3pm = new Date();
      tomorrow3pm.setDate(tomorrow3pm.getDate() + 1);
      tomorrow3pm.setHours(15, 0, 0, 0);
      expect(task).toMatchObject({
        projectId: READING_LIST,
        content: ARTICLE.content(url),
        isAllDay: false,
        dueDate: tomorrow3pm.toISOString().replace('Z', '+0000'),
        tags: ['reading'],
        priority: 5,
      });
      expect(task!.reminders.map((r) => r.trigger)).toEqual(['TRIGGER:-PT30M']);
      expect(await session().callHook('badgeText')).toBe('');
      await popup.close();
      await article.close();
    },
  );

  it.each([
    ['V2', async () => session().callHook('signInV2', DEMO.username, DEMO.password)],
    ['V1 only', async () => session().callHook('connectToken', DEMO.personalToken)],
  ])('writes a repeat as an RRULE TickTick takes, starting on its first day (%s)', async (way, connect) => {
    // rrule as the build ships it (without its iterator and language modules) writes and checks the rule.
    await connect();
    const title = `Water the plants ${way}`;
    const result = await session().callHook('submitCapture', `${title} every monday and thursday 9am`);
    expect(result.status).toBe('sent');
    const [task] = tasksTitled(title);
    expect(task).toMatchObject({ repeatFlag: 'RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TH', isAllDay: false });
    const due = new Date(task!.dueDate!.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    expect([1, 4]).toContain(due.getDay());
    expect(due.getHours()).toBe(9);
  });

  it('picks a list with the keyboard (filter by list or folder name, arrows, Enter) and saves into it', async () => {
    await session().callHook('signInV2', DEMO.username, DEMO.password);
    await session().callHook('refreshProjects');
    const { tabId } = await openArticle('picker');
    const popup = await openPopupFor(tabId);

    await popup.getByTestId('project-button').click();
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('project-filter');
    // Typed and moved at once, as people do: no wait for the list between the last keystroke and the arrow.
    await popup.keyboard.type('office');
    await popup.keyboard.press('ArrowDown');
    // The folder's name finds its lists.
    expect(await popup.getByRole('option').allTextContents()).toEqual(['Work', 'Meetings']);
    expect(await popup.getByRole('option', { selected: true }).textContent()).toBe('Meetings');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByTestId('project-button').textContent()).toContain('Meetings');
    expect(await popup.getByRole('listbox').count()).toBe(0);

    await popup.fill('#quick-add-title', 'Prepare the agenda');
    await popup.press('#quick-add-title', 'Enter');
    await expect.poll(() => popup.getByTestId('status').textContent()).toContain('Added to TickTick');
    const [task] = tasksTitled('Prepare the agenda');
    expect(task?.projectId).toBe(MEETINGS_LIST);
    await popup.close();
  });

  it('the popup first shows the lists it showed last time, then what storage holds; signing out forgets them', async () => {
    await session().callHook('signInV2', DEMO.username, DEMO.password);
    const list = (id: string, name: string) => ({ fetchedAt: Date.now(), projects: [{ id, name }], groups: [] });
    await session().callHook('seedProjects', list(READING_LIST, 'Shown last time'), READING_LIST);
    const first = await session().openPage('popup.html');
    await expect.poll(() => first.page.getByTestId('project-button').textContent()).toContain('Shown last time');
    await first.page.close();

    await session().callHook('seedProjects', list(MEETINGS_LIST, 'Renamed since'), MEETINGS_LIST);
    const popup = await session().context.newPage();
    // Every name the list button shows, from the first render on.
    await popup.addInitScript(() => {
      const shown: string[] = [];
      (window as unknown as { __shown: string[] }).__shown = shown;
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="project-button"]')?.textContent ?? '';
        if (text && text !== shown.at(-1)) shown.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await popup.goto(`chrome-extension://${session().extensionId}/popup.html`);
    await expect.poll(() => popup.getByTestId('project-button').textContent()).toContain('Renamed since');
    const shown = await popup.evaluate(() => (window as unknown as { __shown: string[] }).__shown);
    expect(shown[0]).toContain('Shown last time');
    expect(shown.at(-1)).toContain('Renamed since');
    await popup.close();

    const { page: options } = await session().openPage('options.html');
    expect(await options.evaluate(() => localStorage.length)).toBe(1);
    await options.getByRole('button', { name: 'Sign out' }).last().click();
    await expect.poll(() => options.evaluate(() => localStorage.length)).toBe(0);
    await options.close();
  });

  it('signing out forgets the account’s lists, recent lists and sent captures, and the menu and popup stop naming them', async () => {
    await session().callHook('signInV2', DEMO.username, DEMO.password);
    await session().callHook('refreshProjects');
    const { url: pageUrl } = await openArticle('sign-out');
    const sent = await session().callHook('contextMenuClick', { menuItemId: `ttc-add-to:${READING_LIST}`, pageUrl });
    await expect
      .poll(() => session().callHook('contextMenuTitles'))
      .toMatchObject({
        [`ttc-add-to:${READING_LIST}`]: '📚 Reading list',
      });
    await session().callHook('setCaptureSettings', {
      defaultProjectId: READING_LIST,
      contentTemplate: 'Kept: {{url}}',
    });

    const { page: options } = await session().openPage('options.html');
    await options.getByTestId('v2-status').getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => options.getByTestId('v2-status').textContent()).toContain('not signed in');

    const { local, session: sessionArea } = await session().callHook('dumpStorage');
    for (const key of ['projects.cache', 'projects.recent', 'outbox.sent', 'outbox.hold']) {
      expect(local, key).not.toHaveProperty(key);
    }
    expect(sessionArea).toEqual({});
    // This browser's own choices stay; the account's default list does not.
    expect(local['settings.capture']).toMatchObject({ contentTemplate: 'Kept: {{url}}' });
    expect(local['settings.capture']).not.toHaveProperty('defaultProjectId');
    await expect
      .poll(async () => Object.values(await session().callHook('contextMenuTitles')))
      .toEqual(['Add to TickTick', 'Add page with its text', 'Add to…', 'Inbox']);

    const { page: popup } = await session().openPage('popup.html');
    await expect.poll(() => popup.getByTestId('project-button').textContent()).toContain('Inbox');
    await popup.getByTestId('project-button').click();
    expect(await popup.getByRole('option').allTextContents()).toEqual(['Inbox']);
    await popup.close();
    await options.close();
    // The later tests look for tasks by title: this one's is theirs too.
    session().sandbox.state.tasks.delete(sent!.taskId);
  });

  it('captures a page, a selection, a link and an image from the context menu, and Undo deletes', async () => {
    await session().callHook('signInV2', DEMO.username, DEMO.password);
    const { article, url: pageUrl } = await openArticle('menus');
    await article.bringToFront();

    const page = await session().callHook('contextMenuClick', { menuItemId: 'ttc-add', pageUrl });
    expect(page).toMatchObject({ title: 'How to keep a task list', projectId: `inbox${DEMO.userId}` });

    await session().callHook('contextMenuClick', {
      menuItemId: `ttc-add-to:${READING_LIST}`,
      pageUrl,
      selectionText: 'Write it down the moment you think of it.',
    });
    const [selection] = session()
      .sandbox.state.tasksOf(DEMO.userId)
      .filter((t) => t.projectId === READING_LIST && t.title === 'How to keep a task list');
    expect(selection!.content).toContain('> Write it down the moment you think of it.');

    await session().callHook('contextMenuClick', {
      menuItemId: 'ttc-add',
      pageUrl,
      linkUrl: 'https://example.com/guide',
      selectionText: 'The complete guide',
    });
    const [link] = tasksTitled('The complete guide');
    expect(link!.content).toBe(
      `[The complete guide](https://example.com/guide)\n\nFrom [How to keep a task list](${pageUrl})`,
    );

    await session().callHook('contextMenuClick', {
      menuItemId: 'ttc-add',
      pageUrl,
      linkUrl: 'javascript:alert(1)',
      selectionText: 'Run',
    });
    const [unsafe] = tasksTitled('Run');
    expect(unsafe!.content ?? '').not.toContain('javascript:');

    const image = await session().callHook('contextMenuClick', {
      menuItemId: 'ttc-add',
      pageUrl,
      mediaType: 'image',
      srcUrl: 'https://example.com/list.png',
    });
    expect(image!.title).toBe('Image from How to keep a task list');
    expect(tasksTitled('Image from How to keep a task list')[0]!.content).toContain(
      '![image](https://example.com/list.png)',
    );

    await session().callHook('notificationButton', image!.captureId, 1);
    expect(tasksTitled('Image from How to keep a task list')).toEqual([]);
    await article.close();
  });

  it('the capture shortcut adds the current page at once', async () => {
    await session().callHook('connectToken', DEMO.personalToken);
    const { article, tabId } = await openArticle('shortcut');
    await article.bringToFront();
    await article.evaluate(selectQuote);
    await session().callHook('command', 'capture-page', tabId);
    const task = tasksTitled('How to keep a task list').find((t) => t.content?.includes('case=shortcut'));
    expect(task!.content).toContain('> Write it down');
    await article.close();
  });

  it('shows what goes into the description before saving, and saves what the user wrote there', async () => {
    await session().callHook('signInV2', DEMO.username, DEMO.password);
    const { article, tabId, url } = await openArticle('preview');
    await article.evaluate(selectQuote);
    const popup = await openPopupFor(tabId);
    const preview = popup.getByTestId('content-preview');
    await expect
      .poll(() => preview.locator('.content-preview__line').allTextContents())
      .toEqual([
        expect.stringMatching(/^\[How to keep a task list\]\(http:\/\/127\.0\.0\.1/),
        '> Write it down the moment you think of it.',
      ]);

    await preview.click();
    const editor = popup.getByLabel('Description', { exact: true });
    expect(await editor.inputValue()).toBe(
      `[How to keep a task list](${url})\n\n> Write it down the moment you think of it.`,
    );
    await editor.fill(`My own words about [the article](${url})`);
    await popup.fill('#quick-add-title', 'With my own description');
    await popup.press('#quick-add-title', 'Enter');
    await expect.poll(() => popup.getByTestId('status').textContent()).toContain('Added to TickTick');
    expect(tasksTitled('With my own description')[0]!.content).toBe(`My own words about [the article](${url})`);

    // Unticked, nothing of the page goes in.
    await popup.getByLabel('Add the page to the description').uncheck();
    await popup.fill('#quick-add-title', 'Without the page');
    await popup.press('#quick-add-title', 'Enter');
    await expect.poll(() => tasksTitled('Without the page')).toHaveLength(1);
    expect(tasksTitled('Without the page')[0]!.content ?? '').toBe('');
    await popup.close();
  });

  it('a tab with a 12,000-character address and a 6,000-character line typed are saved, not refused', async () => {
    await session().callHook('signInV2', DEMO.username, DEMO.password);
    const { tabId, url } = await openArticle(`long-url&pad=${'x'.repeat(12_000)}`);
    expect(url.length).toBeGreaterThan(12_000);
    const popup = await openPopupFor(tabId);
    const typed = `Long ${'word '.repeat(1200)}`.trim();
    await popup.fill('#quick-add-title', typed);
    await popup.press('#quick-add-title', 'Enter');
    await expect.poll(() => popup.getByTestId('status').textContent()).toContain('Added to TickTick');
    expect(await popup.getByTestId('status').textContent()).toContain(
      'the whole text is at the top of the description',
    );
    const [task] = session()
      .sandbox.state.tasksOf(DEMO.userId)
      .filter((t) => t.title.startsWith('Long word word'));
    expect(task!.content).toBe(`${typed}\n\n[How to keep a task list](${url})`);
    await popup.close();
  });

  it('text a page hides inside the selection stays out of the task, from the popup and from the menu', async () => {
    await session().callHook('signInV2', DEMO.username, DEMO.password);
    const page = await session().context.newPage();
    const url = `${session().sandbox.url}/__sandbox/hidden-text`;
    await page.goto(url);
    await page.bringToFront();
    await page.evaluate(() => getSelection()!.selectAllChildren(document.getElementById('hidden-quote')!));
    const tabId = (await session().callHook('tabIdOf', url))!;
    // The page's emphasis is kept (as Markdown); the text that spells Markdown stays text.
    const seen = 'Open the settings and choose _Account_ then \\*\\*Security\\*\\*.';

    await session().callHook('setCaptureSettings', { closePopupAfterSave: false });
    const { page: popup } = await session().openPage(`popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.inputValue('#quick-add-title')).toBe('Account help');
    await popup.fill('#quick-add-title', 'Hidden text from the popup');
    await popup.press('#quick-add-title', 'Enter');
    await expect.poll(() => popup.getByTestId('status').textContent()).toContain('Added to TickTick');
    await popup.close();

    // The browser's own selectionText has the hidden parts too: the page's reader is what counts.
    await page.bringToFront();
    await session().callHook('contextMenuClick', {
      menuItemId: 'ttc-add',
      pageUrl: url,
      selectionText: await page.evaluate(() => document.getElementById('hidden-quote')!.textContent!),
    });
    const fromMenu = session()
      .sandbox.state.tasksOf(DEMO.userId)
      .filter((t) => t.title === 'Account help');
    for (const task of [...tasksTitled('Hidden text from the popup'), ...fromMenu]) {
      expect(task.content).toBe(`[Account help](${url})\n\n> ${seen}`);
    }
    expect(fromMenu).toHaveLength(1);
    await page.close();
  });

  it('the capture shortcut on a page that does not answer captures its title and address at once, and says so', async () => {
    await session().callHook('signInV2', DEMO.username, DEMO.password);
    const busy = await session().context.newPage();
    const url = `${session().sandbox.url}/__sandbox/busy`;
    await busy.goto(url);
    const tabId = (await session().callHook('tabIdOf', url))!;
    // Busy for four seconds from now: no script (ours included) can run in it meanwhile.
    await busy.evaluate(
      (ms) => void setTimeout(() => (window as unknown as { busyUntil(end: number): void }).busyUntil(Date.now() + ms)),
      4000,
    );
    const answered = await Promise.race([
      busy.evaluate(() => true),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), 300)),
    ]);
    expect(answered, 'the page is busy').toBe(false);

    const started = Date.now();
    const result = await session().callHook('command', 'capture-page', tabId);
    // Bounded by the one-second read, not by the page (which stays busy for four): generous for a loaded machine.
    expect(Date.now() - started).toBeLessThan(3500);
    expect(result).toMatchObject({ status: 'sent', notices: [expect.stringMatching(/did not answer/)] });
    expect(tasksTitled('A very busy page')).toEqual([
      expect.objectContaining({ content: `[A very busy page](${url})` }),
    ]);
    await busy.evaluate(() => true);
    await busy.close();
  });

  it('outbox: three 503s and a 429 with Retry-After, then exactly one task; the badge counts what waits', async () => {
    await session().callHook('signInV2', DEMO.username, DEMO.password);
    const { tabId } = await openArticle('storm');
    session().sandbox.faults.inject({ kind: 'status', status: 503 }, { path: '/api/v2/batch/task', times: 3 });
    session().sandbox.faults.inject({ kind: 'rate-limit', retryAfterSeconds: 120 }, { path: '/api/v2/batch/task' });
    const popup = await openPopupFor(tabId);
    await popup.fill('#quick-add-title', 'Survives the storm');
    await popup.press('#quick-add-title', 'Enter');
    await expect.poll(() => popup.getByTestId('status').textContent()).toContain('Saved in the outbox');
    expect(await session().callHook('badgeText')).toBe('1');
    const alarms = await session().callHook('alarms');
    expect(alarms.find((a) => a.name === 'outbox')).toBeDefined();

    for (let i = 0; i < 3; i++) await session().callHook('flushOutbox', true);
    const [waiting] = await session().callHook('outbox');
    expect(waiting!.attempts).toBe(4);
    expect(waiting!.nextAttemptAt - Date.now()).toBeGreaterThan(100_000);
    expect(tasksTitled('Survives the storm')).toEqual([]);

    await session().callHook('flushOutbox', true);
    await expectLandedOnce(session(), 'Survives the storm');
    await popup.close();
  });

  it('outbox: the worker stopped mid-send and started again still makes exactly one task', async () => {
    await session().callHook('signInV2', DEMO.username, DEMO.password);
    const { tabId } = await openArticle('mid-send');
    // TickTick makes the task, but its answer never comes: the worker is stopped while it waits.
    session().sandbox.faults.inject({ kind: 'hang-after-handling' }, { path: '/api/v2/batch/task' });
    const popup = await openPopupFor(tabId);
    await popup.fill('#quick-add-title', 'Stopped mid-send');
    await popup.press('#quick-add-title', 'Enter');
    await expect
      .poll(() => popup.getByTestId('status').textContent(), { timeout: 10_000 })
      .toContain('Saved in the outbox');
    await popup.close();
    expect(tasksTitled('Stopped mid-send')).toHaveLength(1);
    expect((await session().callHook('outbox'))[0]).toMatchObject({ delivery: { kind: 'sending' } });
    const firstStart = await session().callHook('workerStartedAt');

    await session().stopWorker();
    // Opening the popup wakes the worker (its messages are events); the new worker's start sends what was
    // in flight, and the client-made id makes the second add a no-op.
    const { page: again } = await session().openPage(`popup.html?tabId=${tabId}`);
    await again.locator('#quick-add-title').waitFor();
    expect(await session().callHook('workerStartedAt')).not.toBe(firstStart);
    await expect.poll(async () => (await session().callHook('outbox')).length, { timeout: 10_000 }).toBe(0);
    await expectLandedOnce(session(), 'Stopped mid-send');
    await again.close();
  });

  it('outbox: a 400 is kept as needs attention, edited, then sent', async () => {
    await session().callHook('signInV2', DEMO.username, DEMO.password);
    const { tabId, url } = await openArticle('bad-request');
    session().sandbox.faults.inject(
      { kind: 'status', status: 400, body: { errorCode: 'param_error' } },
      { path: '/api/v2/batch/task' },
    );
    const popup = await openPopupFor(tabId);
    await popup.fill('#quick-add-title', 'Needs a fix');
    await popup.press('#quick-add-title', 'Enter');
    await expect.poll(() => popup.getByRole('heading', { name: /Waiting to be sent/ }).textContent()).toContain('(1)');
    await popup.getByRole('button', { name: 'Edit', exact: true }).click();
    await popup.getByLabel('Title', { exact: true }).fill('Fixed it');
    await popup.getByRole('button', { name: 'Save' }).click();
    await popup.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => popup.getByRole('heading', { name: /Waiting to be sent/ }).count()).toBe(0);
    expect(tasksTitled('Fixed it')).toHaveLength(1);
    // The edit named the title only: the page link it was captured with is still there.
    expect(tasksTitled('Fixed it')[0]!.content).toBe(`[How to keep a task list](${url})`);
    expect(tasksTitled('Needs a fix')).toEqual([]);
    await popup.close();
  });

  it('uses the defaults from the options page, and closes the popup after saving', async () => {
    await session().callHook('signInV2', DEMO.username, DEMO.password);
    await session().callHook('refreshProjects');
    const { page: options } = await session().openPage('options.html');
    await options.getByLabel('Default list').selectOption({ label: '📚 Reading list' });
    await options.getByLabel('Default tags').fill('#web #later');
    await options.getByLabel('Default priority').selectOption({ label: 'Medium' });
    await options.getByLabel('Default date').selectOption({ label: 'Tomorrow' });
    await options.getByLabel('Content template').fill('Seen on {{url}}');
    await options.getByLabel('Default list').focus();
    await expect
      .poll(async () => (await session().callHook('dumpStorage')).local['settings.capture'])
      .toMatchObject({
        defaultProjectId: READING_LIST,
        defaultTags: ['web', 'later'],
        defaultPriority: 3,
        defaultDue: 'tomorrow',
        contentTemplate: 'Seen on {{url}}',
      });

    const { tabId, url } = await openArticle('defaults');
    const popup = await openPopupFor(tabId, { closeAfterSave: true });
    const closed = popup.waitForEvent('close');
    await popup.fill('#quick-add-title', 'With defaults #mine');
    await popup.press('#quick-add-title', 'Enter');
    await closed;
    const [task] = tasksTitled('With defaults');
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    tomorrow.setHours(0, 0, 0, 0);
    expect(task).toMatchObject({
      projectId: READING_LIST,
      tags: ['web', 'later', 'mine'],
      priority: 3,
      isAllDay: true,
      dueDate: tomorrow.toISOString().replace('Z', '+0000'),
      content: `Seen on ${url}`,
    });
    await options.close();
  });

  it('a page where scripts cannot run gives title and URL only', async () => {
    await session().callHook('connectToken', DEMO.personalToken);
    const settings = await session().context.newPage();
    await settings.goto('chrome://version');
    const tabId = await session().callHook('tabIdOf', 'chrome://version/');
    const { page: popup } = await session().openPage(`popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.inputValue('#quick-add-title')).not.toBe('');
    await popup.press('#quick-add-title', 'Enter');
    await expect.poll(() => popup.getByTestId('status').textContent()).toContain('Added to TickTick');
    const task = session().sandbox.state.tasksOf(DEMO.userId).at(-1)!;
    // Not an http(s) page: no link in the content.
    expect(task.content ?? '').toBe('');
    await popup.close();
    await settings.close();
  });
});
