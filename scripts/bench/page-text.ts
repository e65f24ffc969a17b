/**
 * The readable-text reader of "Add page with its text" (page-text.js:
 * Readability, then safe Markdown) on a 2 MB article served by the sandbox, in
 * Chromium, as the menu runs it: the reader's own time in the page, median of
 * several reads of the same page (the page reloaded before each).
 */
import type { BrowserContext } from 'playwright-core';
import type { CallHook } from '../../test/browser/hooks';
import type { Sandbox } from '../../test/sandbox/server';
import { median, round, type Figure } from './report';

const TARGET_MS = 300;
const ARTICLE_MB = 2;
const READS = 10;

export async function pageTextFigure(bench: {
  context: BrowserContext;
  callHook: CallHook;
  sandbox: Sandbox;
}): Promise<Figure> {
  const url = `${bench.sandbox.url}/__sandbox/long-article?mb=${ARTICLE_MB}`;
  const page = await bench.context.newPage();
  try {
    await page.goto(url);
    const bytes = await page.evaluate(() => document.documentElement.outerHTML.length);
    const tabId = await bench.callHook('tabIdOf', url);
    if (tabId === null) throw new Error('the article’s tab was not found');
    const warm = await bench.callHook('benchPageText', tabId);
    if (!warm.chars) throw new Error(`the reader read nothing: ${warm.notices.join(' ')}`);
    const times: number[] = [];
    for (let i = 0; i < READS; i++) {
      // A fresh page each time, as a user's one read meets it (ten copies of 2 MB would have the collector run).
      await page.reload();
      times.push((await bench.callHook('benchPageText', tabId)).ms);
    }
    const ms = median(times);
    return {
      name: 'readable-text reader: 2 MB article (Chromium)',
      value: round(ms, 1),
      unit: 'ms (median)',
      target: `< ${TARGET_MS}`,
      met: ms < TARGET_MS,
      detail: `${READS} reads of a ${(bytes / 1e6).toFixed(1)} MB page, each freshly loaded, timed in the page (copy, hidden text out, Readability, Markdown), slowest ${Math.max(...times).toFixed(1)} ms; ${warm.chars.toLocaleString('en')} characters kept`,
    };
  } finally {
    await page.close();
  }
}
