import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../src/storage/items';
import { definedItems } from '../../src/storage/lifetimes';

const root = path.resolve(import.meta.dirname, '../..');

describe('PRIVACY.md', () => {
  it('names every item the extension stores, so a new one cannot go unmentioned', async () => {
    const privacy = await readFile(path.join(root, 'PRIVACY.md'), 'utf8');
    // `local:projects.cache` is written `projects.cache` there, with its area said in words.
    const keys = definedItems().map(({ item }) => item.key.replace(/^\w+:/, ''));
    expect(keys.length).toBeGreaterThan(10);
    expect(keys.filter((key) => !privacy.includes(`\`${key}\``))).toEqual([]);
  });
});
