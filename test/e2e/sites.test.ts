import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tasksTitled as sandboxTasksTitled } from '../browser/checks';
import { resetAfterEach } from '../browser/lifecycle';
import { startSitePages, type SitePages } from '../browser/site-pages';
import { DEMO } from '../sandbox/seed';
import { noChromium, useExtension } from './harness';

const MESSAGE = 'FMfcgzQXJWDsKmXhLVxTNbLjHhQmVbzX';
const READING_LIST = '632b56b88f081e5cbd9f1df6';

interface SiteCase {
  name: string;
  /** Where the tab is, tracking and all, as a user would have it. */
  url: string;
  /** Done in the page before the capture (the player's position). */
  prepare?: (page: Page) => Promise<void>;
  title: string;
  content: string;
}

/** Each local copy, with the task its capture must make (the conventions the README documents). */
const SITES: SiteCase[] = [
  {
    name: 'a Gmail message: its subject, a link for the account it was read in, its sender',
    url: `https://mail.google.com/mail/u/0/#inbox/${MESSAGE}`,
    title: 'Re: Q3 numbers',
    content: `[Re: Q3 numbers](https://mail.google.com/mail/u/me@example.com/#inbox/${MESSAGE})\n\nFrom: Bo Chen \\<bo@example.org\\>`,
  },
  {
    name: 'a GitHub issue: its own title and number, linked without query or fragment',
    url: 'https://github.com/acme/app/issues/1234?notification_referrer_id=NT_kw#issuecomment-42',
    title: 'Crash on start when the config is empty (acme/app#1234)',
    content: '[Crash on start when the config is empty (acme/app#1234)](https://github.com/acme/app/issues/1234)',
  },
  {
    name: 'a YouTube video: its title, linked at the time the player is at, playlist and si dropped',
    url: 'https://www.youtube.com/watch?v=1L1tSwJk30Y&list=PLrAXtmErZgOeiKm4sgNOknGvNjby9efdf&index=2&si=Zx8p',
    prepare: (page) =>
      page.evaluate(() => {
        document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime = 95;
      }),
    title: 'Claude Code designing in Figma with MCP server and plug-in',
    content:
      '[Claude Code designing in Figma with MCP server and plug-in](https://www.youtube.com/watch?v=1L1tSwJk30Y&t=95s)',
  },
];

describe.skipIf(noChromium)('capturing what the page is, from local copies of real sites', () => {
  let sites: SitePages | undefined;
  // Before the browser starts (its flags name this server's port), stopped after it.
  beforeAll(async () => {
    sites = await startSitePages();
  });
  afterAll(async () => sites?.stop());
  const session = useExtension({}, { args: () => sites!.chromiumArgs });
  resetAfterEach(session);

  const tasksTitled = (title: string) => sandboxTasksTitled(session().sandbox, title);
  /** The task just made with this title; removed from the sandbox, so that the next capture's is the only one. */
  function takeTask(title: string) {
    const found = tasksTitled(title);
    expect(found).toHaveLength(1);
    session().sandbox.state.tasks.delete(found[0]!.id);
    return found[0]!;
  }

  async function openSite(site: SiteCase) {
    const page = await session().context.newPage();
    await page.goto(site.url);
    await site.prepare?.(page);
    await page.bringToFront();
    const tabId = await session().callHook('tabIdOf', site.url);
    expect(tabId).not.toBeNull();
    return { page, tabId: tabId! };
  }

  async function openPopupFor(tabId: number) {
    await session().callHook('setCaptureSettings', { closePopupAfterSave: false });
    const popup = await session().openPage(`popup.html?tabId=${tabId}`);
    return popup.page;
  }

  it.each(SITES)('$name (popup and menu)', async (site) => {
    await session().callHook('signInV2', DEMO.username, DEMO.password);
    const { page, tabId } = await openSite(site);

    const popup = await openPopupFor(tabId);
    await expect.poll(() => popup.inputValue('#quick-add-title')).toBe(site.title);
    await popup.press('#quick-add-title', 'Enter');
    await expect.poll(() => popup.getByTestId('status').textContent()).toContain('Added to TickTick');
    expect(takeTask(site.title).content).toBe(site.content);
    await popup.close();

    await page.bringToFront();
    const sent = await session().callHook('contextMenuClick', { menuItemId: 'ttc-add', pageUrl: site.url });
    expect(sent).toMatchObject({ title: site.title });
    expect(takeTask(site.title).content).toBe(site.content);
  });

  it('a link to a GitHub issue, right-clicked on another page, becomes that issue', async () => {
    await session().callHook('signInV2', DEMO.username, DEMO.password);
    await openSite(SITES[0]!);
    await session().callHook('contextMenuClick', {
      menuItemId: 'ttc-add',
      pageUrl: SITES[0]!.url,
      linkUrl: 'https://github.com/acme/app/issues/77?utm_source=mail#top',
      linkText: 'Settings page is blank',
    });
    expect(takeTask('Settings page is blank (acme/app#77)').content).toBe(
      '[Settings page is blank (acme/app#77)](https://github.com/acme/app/issues/77)\n\n' +
        `From [Re: Q3 numbers](https://mail.google.com/mail/u/me@example.com/#inbox/${MESSAGE})`,
    );
  });

  it('a site rule made in the settings sends the capture to its list with its tags, shows as a chip, and can be set aside', async () => {
    await session().callHook('signInV2', DEMO.username, DEMO.password);
    await session().callHook('refreshProjects');
    const { page: options } = await session().openPage('options.html');
    await options.getByRole('button', { name: 'Add a rule' }).click();
    await options.getByLabel('Site', { exact: true }).fill('github.com/acme');
    await options.getByLabel('Tags', { exact: true }).fill('#acme');
    await options.getByLabel('List', { exact: true }).selectOption({ label: '📚 Reading list' });
    await options.getByLabel('Priority', { exact: true }).selectOption({ label: 'Medium' });
    await expect
      .poll(async () => (await session().callHook('dumpStorage')).local['settings.siteRules'])
      .toEqual([{ pattern: 'github.com/acme', projectId: READING_LIST, tags: ['acme'], priority: 3 }]);
    await options.close();
    const site = SITES[1]!;
    const { page, tabId } = await openSite(site);

    const popup = await openPopupFor(tabId);
    await expect.poll(() => popup.getByTestId('site-rule').textContent()).toContain('Rule: github.com/acme');
    await expect.poll(() => popup.getByTestId('project-button').textContent()).toContain('Reading list');
    await popup.press('#quick-add-title', 'Enter');
    await expect.poll(() => popup.getByTestId('status').textContent()).toContain('Added to TickTick');
    expect(takeTask(site.title)).toMatchObject({ projectId: READING_LIST, tags: ['acme'], priority: 3 });

    // Removed for this capture: the defaults (the Inbox, no tags).
    await popup.getByRole('button', { name: 'Remove rule github.com/acme' }).click();
    await expect.poll(() => popup.getByTestId('project-button').textContent()).toContain('Inbox');
    await popup.fill('#quick-add-title', 'Without the rule');
    await popup.press('#quick-add-title', 'Enter');
    await expect.poll(() => tasksTitled('Without the rule')).toHaveLength(1);
    const plain = takeTask('Without the rule');
    expect(plain.projectId).toBe(`inbox${DEMO.userId}`);
    expect(plain.tags ?? []).toEqual([]);
    await popup.close();

    // The menu's "Add to TickTick" follows the rule too.
    await page.bringToFront();
    await session().callHook('contextMenuClick', { menuItemId: 'ttc-add', pageUrl: site.url });
    expect(takeTask(site.title)).toMatchObject({ projectId: READING_LIST, tags: ['acme'] });
  });
});
