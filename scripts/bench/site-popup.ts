import type { BrowserContext } from 'playwright-core';
import type { CallHook } from '../../test/browser/hooks';
import { timeOpens } from './pages';
import { median, ratioFigure, type Figure } from './report';

/** The GitHub-like issue page of test/browser/site-pages.ts: a recipe's page, under its real URL. */
export const SITE_RECIPE_PAGE = 'https://github.com/acme/app/issues/1234?notification_referrer_id=NT_kw';

/** Evaluated in the popup: when the title input first holds something (the page's described title). */
const prefilledAt = () =>
  new Promise<number>((resolve) => {
    const tick = () => {
      const input = document.getElementById('quick-add-title') as HTMLInputElement | null;
      if (input?.value) resolve(performance.now());
      else setTimeout(tick, 1);
    };
    tick();
  });

/**
 * Popup ready (as the other popup figures: the input focused and the list
 * named) when it is opened for a tab showing a site recipe's page, against the
 * blank page in alternation; the detail adds when the described title reached
 * the input (the page reader injected, the page described), which has no target.
 */
export async function popupWithSiteRecipe(bench: {
  context: BrowserContext;
  base: string;
  runs: number;
  callHook: CallHook;
  list: string;
}): Promise<Figure> {
  const { context, base, runs, list, callHook } = bench;
  const tab = await context.newPage();
  await tab.goto(SITE_RECIPE_PAGE);
  const tabId = await callHook('tabIdOf', SITE_RECIPE_PAGE);
  if (tabId === null) throw new Error('the site recipe page has no tab');
  const popup: number[] = [];
  const blank: number[] = [];
  const prefilled: number[] = [];
  const popupUrl = `${base}/popup.html?tabId=${tabId}#${encodeURIComponent(list)}`;
  for (let i = 0; i < runs; i++) {
    blank.push(...(await timeOpens(context, `${base}/blank.html`, 1)));
    const page = await context.newPage();
    await page.goto(popupUrl, { waitUntil: 'commit' });
    popup.push(await page.evaluate(() => (window as unknown as { __readyAt: Promise<number> }).__readyAt));
    prefilled.push(await page.evaluate(prefilledAt));
    await page.close();
  }
  await tab.close();
  return ratioFigure(
    'popup ready (site recipe: a GitHub issue)',
    popup,
    blank,
    1.25,
    (p, b) =>
      `median popup ${p.toFixed(1)} ms, blank page ${b.toFixed(1)} ms, ${runs} opens each; ` +
      `the described title in the input at ${median(prefilled).toFixed(1)} ms (no target)`,
  );
}
