import { appendFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** One line per chunk written by a build: which modules it holds and what each costs. */
export interface ChunkReport {
  fileName: string;
  gzipBytes: number;
  modules: { id: string; bytes: number; gzipBytes: number }[];
}

/**
 * Records, for `npm run bench`, what each emitted chunk is made of. Inert unless
 * MODULE_SIZES_FILE names a file; the bench sets it for its own production build,
 * so the bundles are the same ones users get. A module's gzip bytes are its share
 * of the chunk's gzip size in proportion to its own gzip size: modules compress
 * against each other, so no split is exact, but the ranking is what matters.
 */
export function moduleSizesPlugin(): Plugin {
  return {
    name: 'ttc-module-sizes',
    apply: 'build',
    generateBundle(_options, bundle) {
      const target = process.env.MODULE_SIZES_FILE;
      if (!target) return;
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const chunkGzip = gzipSync(output.code, { level: 9 }).length;
        const modules = Object.entries(output.modules)
          .filter(([, m]) => m.renderedLength > 0)
          .map(([id, m]) => ({ id, bytes: m.renderedLength, alone: gzipSync(m.code ?? '', { level: 9 }).length }));
        const aloneTotal = modules.reduce((sum, m) => sum + m.alone, 0) || 1;
        const report: ChunkReport = {
          fileName: output.fileName,
          gzipBytes: chunkGzip,
          modules: modules.map((m) => ({
            id: m.id,
            bytes: m.bytes,
            gzipBytes: Math.round((m.alone / aloneTotal) * chunkGzip),
          })),
        };
        appendFileSync(target, `${JSON.stringify(report)}\n`);
      }
    },
  };
}
