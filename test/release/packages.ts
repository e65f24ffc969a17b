import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { inject } from 'vitest';

export const releaseDir = inject('releaseDir');

/** The release's package whose name ends so (`-chrome.zip`, `-firefox.zip`, `-sources.zip`); exactly one. */
export async function releasePackage(suffix: string): Promise<string> {
  const found = (await readdir(releaseDir)).filter((f) => f.endsWith(suffix));
  if (found.length !== 1)
    throw new Error(`Expected one *${suffix} in ${releaseDir}, found ${found.join(', ') || 'none'}`);
  return path.join(releaseDir, found[0]!);
}

/** A zip's files (not its folder entries), by path. */
export async function zipFiles(zipPath: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(await readFile(zipPath));
  const files = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  }
  return files;
}

export async function unpack(zipPath: string, dir: string): Promise<void> {
  for (const [name, content] of await zipFiles(zipPath)) {
    const file = path.resolve(dir, name);
    if (!file.startsWith(path.resolve(dir) + path.sep)) throw new Error(`${zipPath} names a file outside it: ${name}`);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
}

/** A folder's files, by path relative to it (with `/`, as in a zip). */
export async function folderFiles(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file).split(path.sep).join('/'), await readFile(file));
  }
  return files;
}

export async function packageManifest(suffix: string): Promise<Record<string, any>> {
  const manifest = (await zipFiles(await releasePackage(suffix))).get('manifest.json');
  if (!manifest) throw new Error(`No manifest.json in the *${suffix} package`);
  return JSON.parse(manifest.toString('utf8'));
}

/** Chromium's id for a public key: the first 128 bits of its SHA-256, each hex digit written a–p. */
export function extensionIdOf(publicKey: string): string {
  const hex = createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}
