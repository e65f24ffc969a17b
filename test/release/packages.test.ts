import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { CHECKSUMS_FILE } from '../../scripts/release';
import { CHROMIUM_PUBLIC_KEY, GECKO_ID } from '../../wxt.config';
import { root } from '../browser/setup';
import { extensionIdOf, packageManifest, releaseDir, releasePackage, unpack } from './packages';
import { permissionList, readReadme, section } from '../markdown';

const run = promisify(execFile);

describe('npm run release', () => {
  it('makes the Chrome/Edge, Firefox and sources packages, and checksums that match them', async () => {
    const files = (await readdir(releaseDir)).sort();
    expect(files).toEqual([
      CHECKSUMS_FILE,
      expect.stringMatching(/^ticktick-capture-\d+\.\d+\.\d+-chrome\.zip$/),
      expect.stringMatching(/^ticktick-capture-\d+\.\d+\.\d+-firefox\.zip$/),
      expect.stringMatching(/^ticktick-capture-\d+\.\d+\.\d+-sources\.zip$/),
    ]);
    const listed = (await readFile(path.join(releaseDir, CHECKSUMS_FILE), 'utf8')).trim().split('\n');
    const actual = await Promise.all(
      files
        .filter((f) => f !== CHECKSUMS_FILE)
        .map(
          async (f) =>
            `${createHash('sha256')
              .update(await readFile(path.join(releaseDir, f)))
              .digest('hex')}  ${f}`,
        ),
    );
    expect(listed).toEqual(actual);
  });

  it('gives Chrome a Manifest V3 package with no key (the Chrome Web Store refuses one)', async () => {
    const manifest = await packageManifest('-chrome.zip');
    expect(manifest.manifest_version).toBe(3);
    expect(manifest).not.toHaveProperty('key');
    expect(JSON.stringify(manifest)).not.toContain('127.0.0.1');
  });

  it("matches the README's redirect URL of development builds, which keep the fixed key", async () => {
    const readme = section(await readReadme(root), '## Build it and load it in your browser');
    expect(readme).toContain(`https://${extensionIdOf(CHROMIUM_PUBLIC_KEY)}.chromiumapp.org/`);
  });

  it('gives Firefox a Manifest V2 package with its add-on id and no test host', async () => {
    const manifest = await packageManifest('-firefox.zip');
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.browser_specific_settings.gecko.id).toBe(GECKO_ID);
    expect(manifest).not.toHaveProperty('key');
    expect(JSON.stringify(manifest)).not.toContain('127.0.0.1');
  });
});

describe('web-ext lint on the Firefox package', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it('finds no errors, no warnings and no notices', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ttc-lint-'));
    dirs.push(dir);
    await unpack(await releasePackage('-firefox.zip'), dir);
    // web-ext exits non-zero when it finds errors: its report is on stdout either way.
    const { stdout } = await run('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], {
      cwd: root,
    }).catch((failure: { stdout: string }) => failure);
    const report = JSON.parse(stdout) as Record<'errors' | 'warnings' | 'notices', { code: string; file: string }[]>;
    const found = (kind: 'errors' | 'warnings' | 'notices') => report[kind].map((m) => `${m.code} in ${m.file}`);
    expect({ errors: found('errors'), warnings: found('warnings'), notices: found('notices') }).toEqual({
      errors: [],
      warnings: [],
      notices: [],
    });
  });
});

describe('the permissions the packages ask for', () => {
  it("are exactly the README's list for the Chrome package, each with why it is needed", async () => {
    const listed = permissionList(section(await readReadme(root), '## Permissions'));
    const manifest = await packageManifest('-chrome.zip');
    expect(listed.map((p) => p.name).sort()).toEqual([...manifest.permissions, ...manifest.host_permissions].sort());
    for (const { name, reason } of listed) expect(reason.length, `the reason given for ${name}`).toBeGreaterThan(20);
  });

  it("are exactly the README's list for the Firefox package (MV2 lists the hosts among them)", async () => {
    const listed = permissionList(section(await readReadme(root), '## Permissions'));
    const manifest = await packageManifest('-firefox.zip');
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest).not.toHaveProperty('optional_permissions');
    expect(listed.map((p) => p.name).sort()).toEqual([...manifest.permissions].sort());
  });

  it("are each justified in the store listing, as the Chrome Web Store's form asks", async () => {
    const listing = await readFile(path.join(root, 'store/listing.md'), 'utf8');
    const justified = permissionList(section(listing, '## Permission justifications'));
    const manifest = await packageManifest('-chrome.zip');
    expect(justified.map((p) => p.name).sort()).toEqual([...manifest.permissions, ...manifest.host_permissions].sort());
    for (const { name, reason } of justified) expect(reason.length, `the justification of ${name}`).toBeGreaterThan(20);
  });
});
