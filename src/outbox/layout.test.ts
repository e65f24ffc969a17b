import { describe, expect, it } from 'vitest';
import { OUTBOX_PAGE_SIZE } from '../storage/items';
import { changeLayout, type Layout } from './layout';

const empty = (): Layout => ({ order: [], pages: new Map(), pageOf: new Map(), head: [], highest: -1 });
const ids = (from: number, count: number) => Array.from({ length: count }, (_, i) => `id-${from + i}`);

describe('the queue’s pages of ids', () => {
  it('an append writes only the last page; the index only when a page comes', () => {
    const layout = empty();
    changeLayout(layout, ids(0, OUTBOX_PAGE_SIZE * 15), []);
    const one = changeLayout(layout, ['id-new'], []);
    expect(one.values.map((v) => v.key)).toEqual(['local:outbox.page.15', 'local:outbox.index']);
    const two = changeLayout(layout, ['id-newer'], []);
    // However long the queue, a capture writes one page of at most OUTBOX_PAGE_SIZE ids.
    expect(two.values.map((v) => v.key)).toEqual(['local:outbox.page.15']);
    expect(two.values[0]!.value).toEqual(['id-new', 'id-newer']);
    expect(layout.order.at(-1)).toBe('id-newer');
  });

  it('a removal writes its own page, and a page left empty goes, with the index', () => {
    const layout = empty();
    changeLayout(layout, ids(0, OUTBOX_PAGE_SIZE + 1), []);
    const inFirst = changeLayout(layout, [], ['id-3']);
    expect(inFirst).toEqual({
      values: [{ key: 'local:outbox.page.0', value: ids(0, OUTBOX_PAGE_SIZE).filter((id) => id !== 'id-3') }],
      removed: ['local:outbox.entry.id-3'],
    });
    const last = changeLayout(layout, [], [`id-${OUTBOX_PAGE_SIZE}`]);
    expect(last.values).toEqual([{ key: 'local:outbox.index', value: { pages: [0] } }]);
    expect(last.removed).toEqual([`local:outbox.entry.id-${OUTBOX_PAGE_SIZE}`, 'local:outbox.page.1']);
    // A new page never takes the number of one that went (its key may still be being removed).
    const again = changeLayout(layout, ids(1000, OUTBOX_PAGE_SIZE), ids(0, OUTBOX_PAGE_SIZE));
    expect(again.removed).toContain('local:outbox.page.0');
    expect(again.values.map((v) => v.key)).not.toContain('local:outbox.page.0');
    expect(layout.order).toEqual(ids(1000, OUTBOX_PAGE_SIZE));
  });
});
