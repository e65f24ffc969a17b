import { describe, expect, it } from 'vitest';
import { tasksTitled } from '../browser/checks';
import { resetAfterEach } from '../browser/lifecycle';
import { READABLE_ARTICLE_MARKDOWN } from '../sandbox/article-pages';
import { DEMO } from '../sandbox/seed';
import { noChromium, useExtension } from './harness';

/** TickTick's content limit as the extension keeps it (src/capture/sanitize.ts MAX_CONTENT_LENGTH). */
const CONTENT_LIMIT = 100_000;
const CUT_MARK = '_… the rest of the page’s text did not fit in a TickTick task._';

describe.skipIf(noChromium)('"Add page with its text"', () => {
  const session = useExtension();
  resetAfterEach(session);

  async function openPage(path: string) {
    const page = await session().context.newPage();
    const url = `${session().sandbox.url}${path}`;
    await page.goto(url);
    await page.bringToFront();
    const tabId = (await session().callHook('tabIdOf', url))!;
    return { page, url, tabId };
  }

  const taskWith = (text: string) =>
    session()
      .sandbox.state.tasksOf(DEMO.userId)
      .filter((t) => t.content?.includes(text));

  it('from the menu: the article as Markdown, after the page’s link, without what the page hides or javascript: links', async () => {
    await session().callHook('signInV2', DEMO.username, DEMO.password);
    const { page, url } = await openPage('/__sandbox/readable?case=menu');
    const result = await session().callHook('contextMenuCapture', { menuItemId: 'ttc-add-text', pageUrl: url });
    expect(result).toMatchObject({ status: 'sent', notices: [] });
    const [task] = taskWith('A list is the cheapest way');
    expect(task!.content).toMatch(
      /^\[Why lists work[^\]]*\]\(http:\/\/127\.0\.0\.1:\d+\/__sandbox\/readable\?case=menu\)\n\n/,
    );
    expect(task!.content!.slice(task!.content!.indexOf('\n\n') + 2)).toBe(READABLE_ARTICLE_MARKDOWN);
    expect(task!.content).not.toMatch(/phish|javascript:|Comment|Subscribe/);
    await page.close();
  });

  it.each([
    ['a hidden block longer than the article', '/__sandbox/steered'],
    ['a hidden block that pushes the article past what is read of a long page', '/__sandbox/steered?offers=2500'],
  ])(
    'a page that steers the reader with %s gets the article the user sees, without the hidden text',
    async (_, path) => {
      await session().callHook('signInV2', DEMO.username, DEMO.password);
      const { page, url } = await openPage(path);
      const result = await session().callHook('contextMenuCapture', { menuItemId: 'ttc-add-text', pageUrl: url });
      expect(result).toMatchObject({ status: 'sent', notices: [] });
      const [task] = taskWith('A list is the cheapest way');
      expect(task!.content!.slice(task!.content!.indexOf('\n\n') + 2)).toBe(READABLE_ARTICLE_MARKDOWN);
      expect(task!.content).not.toMatch(/phish|Offer|password/);
      await page.close();
    },
  );

  it('from the popup’s toggle: the description shows the text before saving, and the task has it', async () => {
    await session().callHook('signInV2', DEMO.username, DEMO.password);
    await session().callHook('setCaptureSettings', { closePopupAfterSave: false });
    const { page, tabId } = await openPage('/__sandbox/readable?case=popup');
    const { page: popup, consoleErrors } = await session().openPage(`popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.inputValue('#quick-add-title')).toMatch(/^Why lists work/);
    await popup.getByLabel('Add page with its text').check();
    await expect
      .poll(() => popup.getByTestId('content-preview').locator('.content-preview__line').allTextContents())
      .toEqual([
        expect.stringMatching(/^\[Why lists work/),
        expect.stringMatching(/^A list is the cheapest way/),
        expect.stringMatching(/^Three habits/),
      ]);
    await popup.fill('#quick-add-title', 'Read why lists work');
    await popup.press('#quick-add-title', 'Enter');
    await expect.poll(() => popup.getByTestId('status').textContent()).toContain('Added to TickTick');
    const [task] = tasksTitled(session().sandbox, 'Read why lists work');
    expect(task!.content!.endsWith(`\n\n${READABLE_ARTICLE_MARKDOWN}`)).toBe(true);
    expect(consoleErrors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('a selection keeps its links, list, code and emphasis as Markdown, without what the page hides', async () => {
    await session().callHook('signInV2', DEMO.username, DEMO.password);
    const { page, url } = await openPage('/__sandbox/readable?case=selection');
    const browserSelection = await page.evaluate(() => {
      const range = document.createRange();
      range.setStartBefore(document.querySelector('p.promo')!.previousElementSibling!);
      range.setEndAfter(document.querySelector('article p:last-of-type')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      // What the browser gives a menu click as selectionText can hold hidden text: the hidden paragraph is in it here.
      return range.cloneContents().textContent!;
    });
    expect(browserSelection).toContain('phish.example');
    await session().callHook('contextMenuClick', {
      menuItemId: 'ttc-add',
      pageUrl: url,
      selectionText: browserSelection,
    });
    const [task] = taskWith('> Three habits keep a list useful.');
    expect(task!.content).toContain(
      '\n>\n> -   Capture everything, at once.\n> -   Review the list **every** morning.\n',
    );
    expect(task!.content).toContain(
      'for example `todo add "Call Bo"`:\n>\n> ```\n> todo add "Call Bo" --due tomorrow\n',
    );
    expect(task!.content).toContain('> Read [the research](https://example.com/research), or run the demo.');
    expect(task!.content).toContain('behind _getting things done_');
    expect(task!.content).not.toMatch(/phish|javascript:/);
    await page.close();
  });

  it('a 5 MB article is cut to TickTick’s content limit, ends with a mark, and the capture says so', async () => {
    await session().callHook('signInV2', DEMO.username, DEMO.password);
    const { page, url } = await openPage('/__sandbox/long-article?mb=5');
    const result = await session().callHook('contextMenuCapture', { menuItemId: 'ttc-add-text', pageUrl: url });
    expect(result).toMatchObject({
      status: 'sent',
      notices: [expect.stringMatching(/longer than a TickTick task holds/)],
    });
    const [task] = taskWith('Paragraph 0:');
    expect(task!.content!.length).toBeLessThanOrEqual(CONTENT_LIMIT);
    expect(task!.content!.length).toBeGreaterThan(CONTENT_LIMIT * 0.9);
    expect(task!.content).toContain('[note 0](https://example.com/notes/0) says why it keeps working for _years_.');
    expect(task!.content!.endsWith(`\n\n${CUT_MARK}`)).toBe(true);
    await page.close();
  });

  it('a page where scripts cannot run is captured with its title, and the capture says why there is no text', async () => {
    await session().callHook('signInV2', DEMO.username, DEMO.password);
    const page = await session().context.newPage();
    await page.goto('chrome://version');
    const result = await session().callHook('contextMenuCapture', {
      menuItemId: 'ttc-add-text',
      pageUrl: 'chrome://version/',
    });
    expect(result).toMatchObject({
      status: 'sent',
      notices: [expect.stringMatching(/did not answer: only its title and address/)],
    });
    await page.close();
  });
});
