import { exec } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { folderFiles, releasePackage, unpack, zipFiles } from './packages';
import { readReadme, section, shellCommands } from '../markdown';

const run = promisify(exec);
/** What the README says the sources package's commands build, and where. */
const REBUILD_SECTION = '### Build the Firefox package from its sources';
const REBUILT_DIR = '.output/firefox-mv2';

/**
 * A reviewer's run: the sources package unpacked in a folder of its own, the
 * commands its README gives run there one by one, and the result compared with
 * the Firefox package file by file. Runs `npm ci` (from npm's cache when it has
 * the packages) and one build: most of this suite's time.
 */
describe('the Firefox sources package', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it('rebuilds the Firefox package exactly, with the commands its README documents', { timeout: 300_000 }, async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ttc-sources-'));
    dirs.push(dir);
    await unpack(await releasePackage('-sources.zip'), dir);
    const commands = shellCommands(section(await readReadme(dir), REBUILD_SECTION));
    expect(commands.length).toBeGreaterThan(0);

    // A reviewer's shell: no Vitest NODE_ENV; npm's cache may serve the packages, nothing else changes.
    const { NODE_ENV: _testEnv, ...env } = process.env;
    const reviewerEnv = {
      ...env,
      npm_config_prefer_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
    };
    for (const command of commands) await run(command, { cwd: dir, env: reviewerEnv, maxBuffer: 64 * 1024 * 1024 });

    const rebuilt = await folderFiles(path.join(dir, REBUILT_DIR));
    const shipped = await zipFiles(await releasePackage('-firefox.zip'));
    expect([...rebuilt.keys()].sort()).toEqual([...shipped.keys()].sort());
    const differing = [...shipped].filter(([file, content]) => !rebuilt.get(file)?.equals(content)).map(([f]) => f);
    expect(differing).toEqual([]);
  });
});
