import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ChunkReport } from '../module-sizes-plugin';
import type { Figure } from './report';

/** Targets for the gzip bytes of the JS and CSS each page (and the background) loads. */
const BUDGETS: [string, number][] = [
  ['popup.html', 25_000],
  ['options.html', 40_000],
  ['background.js', 60_000],
];
/** Injected into a tab on demand only (activeTab + scripting), never loaded by a page or the background: reported. */
const INJECTED = ['page-reader.js', 'page-text.js'] as const;
const LARGEST_SHOWN = 8;

/** A module's owner: its npm package, or its path in this repository. */
function owner(id: string, root: string): string {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (inPackage) return inPackage[1]!;
  return id.startsWith(root) ? path.relative(root, id) : id.replace(/^\0/, '');
}

/** The JS and CSS files a page loads: what its HTML names, and the chunks those scripts import. */
function pageAssets(outDir: string, file: string): string[] {
  if (file.endsWith('.js')) return [file];
  const html = readFileSync(path.join(outDir, file), 'utf8');
  const direct = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const all = new Set(direct);
  for (const script of direct.filter((f) => f.endsWith('.js'))) {
    for (const m of readFileSync(path.join(outDir, script), 'utf8').matchAll(/from"\.\/([^"]+\.js)"/g)) {
      all.add(`chunks/${m[1]}`);
    }
  }
  return [...all];
}

/**
 * Size figures of the production build, each with its largest modules grouped
 * by owner, from the chunk reports the build wrote (scripts/module-sizes-plugin.ts).
 */
export function sizeFigures(outDir: string, chunkReports: ChunkReport[], root: string): Figure[] {
  const gz = (file: string) => gzipSync(readFileSync(path.join(outDir, file)), { level: 9 }).length;
  const figure = (page: string, budget?: number): Figure => {
    const assets = pageAssets(outDir, page);
    const bytes = assets.reduce((sum, f) => sum + gz(f), 0);
    const owners = new Map<string, number>();
    for (const report of chunkReports.filter((r) => assets.includes(r.fileName))) {
      for (const m of report.modules) {
        const key = owner(m.id, root);
        owners.set(key, (owners.get(key) ?? 0) + m.gzipBytes);
      }
    }
    for (const css of assets.filter((f) => f.endsWith('.css'))) owners.set(css, gz(css));
    const largest = [...owners.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, LARGEST_SHOWN)
      .map(([name, size]) => `${name} ${(size / 1000).toFixed(1)} kB`);
    return {
      name: `size: ${page}${page.endsWith('.html') ? ' JS+CSS' : budget === undefined ? ' (injected on demand)' : ''}`,
      value: bytes,
      unit: 'B gzip',
      ...(budget === undefined ? {} : { target: `≤ ${budget}`, met: bytes <= budget }),
      detail: `largest: ${largest.join(', ')}`,
    };
  };
  return [...BUDGETS.map(([page, budget]) => figure(page, budget)), ...INJECTED.map((file) => figure(file))];
}
