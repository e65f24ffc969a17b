import type { BrowserContext, CDPSession } from 'playwright-core';

/**
 * Runs in every page before its own scripts: records when the page was ready,
 * by the DOM and focus alone, so the popup's own code has no say in it.
 * - blank page: its `load` event;
 * - popup: the first moment the title input has focus and the list button
 *   names the list the cache holds (`expected`, from the URL hash, which the
 *   popup ignores), and, when the hash says so after a `|`, the waiting list's
 *   heading reads that. Checked on every DOM change and focus change, not per frame.
 */
export const READY_OBSERVER = `(() => {
  const [expected, waiting] = decodeURIComponent(location.hash.slice(1)).split('|');
  window.__readyAt = new Promise((resolve) => {
    if (location.pathname.endsWith('/blank.html')) {
      addEventListener('load', () => resolve(performance.now()), { once: true });
      return;
    }
    if (!location.pathname.endsWith('/popup.html')) return;
    const check = () => {
      const input = document.getElementById('quick-add-title');
      const button = document.querySelector('[data-testid="project-button"]');
      const heading = document.getElementById('outbox-heading');
      const listed = !waiting || (heading && heading.textContent.includes(waiting));
      if (input && document.activeElement === input && button && button.textContent.includes(expected) && listed) {
        resolve(performance.now());
        observer.disconnect();
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { subtree: true, childList: true, characterData: true });
    document.addEventListener('focusin', check, true);
  });
})();`;

/** Opens a page `runs` times in fresh tabs and returns when each was ready (ms from navigation start). */
export async function timeOpens(
  context: BrowserContext,
  url: string,
  runs: number,
  beforeEach?: () => Promise<void>,
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await beforeEach?.();
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    times.push(await page.evaluate(() => (window as unknown as { __readyAt: Promise<number> }).__readyAt));
    await page.close();
  }
  return times;
}

/**
 * Stops every service worker, as the browser does after 30 s idle, and waits
 * until they stay stopped: a message a closed page sent just before may wake
 * one again, and then it is stopped again.
 */
export async function stopAllWorkers(cdp: CDPSession): Promise<void> {
  const status = new Map<string, string>();
  const onUpdate = (event: { versions: { versionId: string; runningStatus: string }[] }) => {
    for (const v of event.versions) status.set(v.versionId, v.runningStatus);
  };
  const allStopped = () => status.size > 0 && [...status.values()].every((s) => s === 'stopped');
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  cdp.on('ServiceWorker.workerVersionUpdated', onUpdate);
  try {
    await cdp.send('ServiceWorker.enable');
    for (let attempt = 0; attempt < 20; attempt++) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      for (let waited = 0; !allStopped() && waited < 2000; waited += 10) await sleep(10);
      await sleep(150);
      if (allStopped()) return;
    }
    throw new Error(`Service workers did not stay stopped: ${JSON.stringify([...status])}`);
  } finally {
    cdp.off('ServiceWorker.workerVersionUpdated', onUpdate);
    await cdp.send('ServiceWorker.disable');
  }
}
