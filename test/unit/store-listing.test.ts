import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { section } from '../markdown';

const root = path.resolve(import.meta.dirname, '../..');
const listingPath = path.join(root, 'store/listing.md');

/** A section's text without its surrounding blank lines. */
async function listingSection(heading: string): Promise<string> {
  return section(await readFile(listingPath, 'utf8'), heading).trim();
}

/** Width and height from a PNG's header (the IHDR chunk right after the signature). */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('the store listing (store/listing.md)', () => {
  const messagesPath = path.join(root, 'public/_locales/en/messages.json');

  it("gives the extension's own name and short description, within the Chrome Web Store's 132 characters", async () => {
    const messages = JSON.parse(await readFile(messagesPath, 'utf8'));
    expect(await listingSection('## Name')).toBe(messages.extName.message);
    const short = await listingSection('## Short description');
    expect(short).toBe(messages.extDescription.message);
    expect(short.length).toBeLessThanOrEqual(132);
  });

  it('lists screenshots that exist, each 1280×800', async () => {
    const listed = [...(await listingSection('## Screenshots')).matchAll(/`(screenshots\/[^`]+\.png)`/g)].map(
      (m) => m[1]!,
    );
    expect(listed.length).toBeGreaterThanOrEqual(3);
    for (const file of listed) {
      expect(pngSize(await readFile(path.join(root, 'store', file))), file).toEqual({ width: 1280, height: 800 });
    }
  });
});
