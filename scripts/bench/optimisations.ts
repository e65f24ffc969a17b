import { SNAPSHOT_KEY } from '../../src/ui/snapshot-key';
import { timeOpens } from './pages';
import { median, type Figure } from './report';
import type { OutboxBench } from './outbox';

/**
 * What each of the two micro-optimisations buys, measured against the same
 * path without it, in alternation: the storage memo (a capture whose memos are
 * all forgotten first reads every item from storage) and the popup's snapshot
 * (a popup whose snapshot was removed first waits for storage's first answer).
 * Each is kept while its gain shows here; docs/performance.md records the figures.
 */

/** Visible: the path without the optimisation is at least this much slower, in medians of the same run. */
const VISIBLE_GAIN = 1.05;

function gainFigure(name: string, without: number[], withIt: number[], what: string): Figure {
  const ratio = median(without) / median(withIt);
  return {
    name,
    value: Math.round(ratio * 100) / 100,
    unit: '× without ÷ with',
    target: `≥ ${VISIBLE_GAIN} (kept while visible)`,
    met: ratio >= VISIBLE_GAIN,
    detail: `median ${what} ${median(withIt).toFixed(2)} ms with it, ${median(without).toFixed(2)} ms without, ${withIt.length} each`,
  };
}

export async function memoFigure(bench: OutboxBench): Promise<Figure> {
  const withMemo: number[] = [];
  const withoutMemo: number[] = [];
  await bench.callHook('benchCapture', 'Memo warm-up');
  for (let i = 0; i < bench.runs; i++) {
    withMemo.push((await bench.callHook('benchCapture', `With memo ${i}`)).ms);
    withoutMemo.push((await bench.callHook('benchCapture', `Without memo ${i}`, true)).ms);
  }
  return gainFigure('storage memo: capture time', withoutMemo, withMemo, 'capture');
}

/**
 * The popup opened until it names the default list, which only stored data
 * (or the snapshot of it) can tell, with last time's snapshot and with none.
 */
export async function snapshotFigure(bench: OutboxBench): Promise<Figure> {
  const work = { id: '632b56b88f081e5cbd9f1def', name: 'Work' };
  const lists = { fetchedAt: Date.now(), projects: [work], groups: [] };
  await bench.callHook('seedProjects', lists, work.id);
  const url = `${bench.base}/popup.html#${encodeURIComponent(work.name)}`;
  const dropSnapshot = async () => {
    await bench.controlPage.evaluate((key) => localStorage.removeItem(key), SNAPSHOT_KEY);
  };
  const withSnapshot: number[] = [];
  const withoutSnapshot: number[] = [];
  await timeOpens(bench.context, url, 1);
  for (let i = 0; i < bench.runs; i++) {
    // Each open writes the next snapshot: the one after a removal is measured with it again.
    withSnapshot.push(...(await timeOpens(bench.context, url, 1)));
    withoutSnapshot.push(...(await timeOpens(bench.context, url, 1, dropSnapshot)));
  }
  await bench.callHook('seedProjects', lists, undefined);
  return gainFigure('popup snapshot: popup ready', withoutSnapshot, withSnapshot, 'popup ready');
}
