/**
 * `npm run release`: everything the stores take, in one folder (.output/release/):
 * the Chrome/Edge package (MV3, no `key`: the store refuses one), the Firefox
 * package (MV2), the Firefox sources package AMO asks for when code is bundled,
 * and SHA256SUMS over the three. The packages and the sources package are
 * `wxt zip`'s (see `zip` in wxt.config.ts); the README's "Release" section says
 * how the sources rebuild the Firefox package, and test/release/ proves it.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const RELEASE_DIR = path.join(root, '.output/release');
export const CHECKSUMS_FILE = 'SHA256SUMS';

function zip(browser: 'chrome' | 'firefox'): void {
  // Under Vitest (the release tests run this) NODE_ENV=test would give the bundles Preact's dev JSX runtime.
  const { NODE_ENV: _ignored, ...env } = process.env;
  execFileSync('npx', ['wxt', 'zip', '-b', browser], { cwd: root, env, stdio: 'pipe' });
}

/** `sha256sum` format, so `sha256sum -c SHA256SUMS` checks a download. */
async function writeChecksums(files: string[]): Promise<void> {
  const lines = await Promise.all(
    files.map(async (file) => {
      const hash = createHash('sha256').update(await readFile(path.join(RELEASE_DIR, file)));
      return `${hash.digest('hex')}  ${file}\n`;
    }),
  );
  await writeFile(path.join(RELEASE_DIR, CHECKSUMS_FILE), lines.join(''));
}

async function main(): Promise<void> {
  await rm(RELEASE_DIR, { recursive: true, force: true });
  await mkdir(RELEASE_DIR, { recursive: true });
  zip('chrome');
  zip('firefox');
  const packages = (await readdir(RELEASE_DIR)).filter((f) => f.endsWith('.zip')).sort();
  await writeChecksums(packages);
  console.log(`Release in ${path.relative(process.cwd(), RELEASE_DIR) || '.'}:`);
  for (const file of [...packages, CHECKSUMS_FILE]) {
    const { size } = await stat(path.join(RELEASE_DIR, file));
    console.log(`  ${file.padEnd(44)} ${(size / 1024).toFixed(1).padStart(7)} kB`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
