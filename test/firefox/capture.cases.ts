import { expect, it } from 'vitest';
import { expectLandedOnce, tasksTitled } from '../browser/checks';
import { resetAfterEach } from '../browser/lifecycle';
import { ARTICLE, expectPrefilledTitle, popupStatus, quickAdd, selectQuote } from '../browser/pages';
import { DEMO } from '../sandbox/seed';
import { contextMenuClick } from './context-menu';
import type { FirefoxSession } from './harness';
import { button, type FirefoxPage } from './page';

/** Captures from the popup and from the page's context menu, and the outbox through a 503. */
export function capturing(session: () => FirefoxSession): void {
  resetAfterEach(session);

  async function openArticle(name: string): Promise<{ article: FirefoxPage; tabId: number; url: string }> {
    const url = ARTICLE.url(session().sandbox, name);
    const article = await session().openWebPage(url);
    const tabId = await session().callHook('tabIdOf', url);
    expect(tabId).not.toBeNull();
    return { article, tabId: tabId!, url };
  }

  async function openPopupFor(tabId: number): Promise<FirefoxPage> {
    await session().callHook('setCaptureSettings', { closePopupAfterSave: false });
    const popup = await session().openPage(`popup.html?tabId=${tabId}`);
    await expectPrefilledTitle(popup);
    return popup;
  }

  it('connects with a personal token on the options page, then sends a capture from the popup', async () => {
    const options = await session().openPage('options.html');
    await options.fill('#token-input', DEMO.personalToken);
    await options.click(button('Connect'));
    await expect
      .poll(() => options.textContent('[data-testid="v1-status"]'))
      .toContain('connected with a personal API token');
    await options.close();

    const { article, tabId, url } = await openArticle('token');
    await article.page.evaluate(selectQuote);
    const popup = await openPopupFor(tabId);
    await quickAdd(popup, 'Read this tomorrow #reading !1');
    await expect.poll(() => popupStatus(popup)).toContain('Added to TickTick');
    const [task, ...others] = tasksTitled(session().sandbox, 'Read this');
    expect(others).toEqual([]);
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    tomorrow.setHours(0, 0, 0, 0);
    expect(task).toMatchObject({
      content: ARTICLE.content(url),
      tags: ['reading'],
      priority: 5,
      isAllDay: true,
      dueDate: tomorrow.toISOString().replace('Z', '+0000'),
    });
    await popup.close();
    await article.close();
  });

  it('captures a selection from the page’s real context menu', async () => {
    await session().callHook('signInV2', DEMO.username, DEMO.password);
    const { article, url } = await openArticle('menu');
    await article.page.evaluate(selectQuote);
    await contextMenuClick(session().browser, article, '#quote', 'Add to TickTick');
    await expect.poll(() => tasksTitled(session().sandbox, ARTICLE.title)).toHaveLength(1);
    expect(tasksTitled(session().sandbox, ARTICLE.title)[0]).toMatchObject({
      projectId: `inbox${DEMO.userId}`,
      content: ARTICLE.content(url),
    });
    await article.close();
  });

  it('outbox: a 503 keeps the capture and counts it on the badge; after a background restart it lands exactly once', async () => {
    await session().callHook('signInV2', DEMO.username, DEMO.password);
    const { article, tabId } = await openArticle('outage');
    session().sandbox.faults.inject({ kind: 'status', status: 503 }, { path: '/api/v2/batch/task', times: 1 });
    const popup = await openPopupFor(tabId);
    await quickAdd(popup, 'Survives an outage');
    await expect.poll(() => popupStatus(popup)).toContain('Saved in the outbox');
    expect(await session().callHook('badgeText')).toBe('1');
    await popup.close();

    // The outbox is in storage: a background started again (a browser restart, an update) still has it.
    await session().restartBackground();
    await session().callHook('outboxTimePasses');
    await expect.poll(() => tasksTitled(session().sandbox, 'Survives an outage')).toHaveLength(1);
    await session().callHook('flushOutbox', true);
    await expectLandedOnce(session(), 'Survives an outage');
    await article.close();
  });
}
