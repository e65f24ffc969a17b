import { storageArea } from '../storage/area';
import { OUTBOX_PAGE_SIZE, outboxEntryKey, outboxIndexItem, outboxPageKey } from '../storage/items';
import type { OutboxEntry } from './entry';

/**
 * Where the queue's captures are in storage: one key per capture, and their
 * ids in pages of OUTBOX_PAGE_SIZE, which the index lists in order. Adding a
 * capture rewrites the last page; removing one, its own page; the index only
 * when a page comes or goes.
 */
export interface Layout {
  order: string[];
  pages: Map<number, string[]>;
  pageOf: Map<string, number>;
  /** The index: page numbers in order. */
  head: number[];
  /**
   * The highest page number this run has used: a new page takes the next one, never a number whose key a
   * removal may still be deleting.
   */
  highest: number;
}

type Value = { key: `local:${string}`; value: unknown };

/** What a change of the layout writes and removes. */
export interface LayoutChange {
  values: Value[];
  removed: `local:${string}`[];
}

export async function readLayout(): Promise<Layout> {
  const { pages: head } = await outboxIndexItem.getValue();
  const stored = head.length ? await storageArea.getItems(head.map(outboxPageKey)) : [];
  const layout: Layout = {
    order: [],
    pages: new Map(),
    pageOf: new Map(),
    head: [...head],
    highest: Math.max(-1, ...head),
  };
  head.forEach((page, i) => {
    const ids = (stored[i]?.value as string[] | null) ?? [];
    layout.pages.set(page, ids);
    for (const id of ids) {
      layout.pageOf.set(id, page);
      layout.order.push(id);
    }
  });
  return layout;
}

/** Appends and removes ids, and says which pages (and whether the index) must be written. */
export function changeLayout(layout: Layout, append: string[], drop: string[]): LayoutChange {
  const touched = new Set<number>();
  const gone: number[] = [];
  let headChanged = false;
  for (const id of drop) {
    const page = layout.pageOf.get(id);
    if (page === undefined) continue;
    const rest = layout.pages.get(page)!.filter((other) => other !== id);
    layout.pageOf.delete(id);
    if (rest.length) {
      layout.pages.set(page, rest);
      touched.add(page);
    } else {
      layout.pages.delete(page);
      layout.head = layout.head.filter((p) => p !== page);
      gone.push(page);
      touched.delete(page);
      headChanged = true;
    }
  }
  for (const id of append) {
    let last = layout.head.at(-1);
    if (last === undefined || layout.pages.get(last)!.length >= OUTBOX_PAGE_SIZE) {
      last = ++layout.highest;
      layout.head.push(last);
      layout.pages.set(last, []);
      headChanged = true;
    }
    layout.pages.get(last)!.push(id);
    layout.pageOf.set(id, last);
    touched.add(last);
  }
  if (drop.length) layout.order = layout.order.filter((id) => layout.pageOf.has(id));
  layout.order.push(...append);
  const values: Value[] = [...touched].map((page) => ({ key: outboxPageKey(page), value: layout.pages.get(page) }));
  if (headChanged) values.push({ key: outboxIndexItem.key as `local:${string}`, value: { pages: layout.head } });
  return { values, removed: [...drop.map(outboxEntryKey), ...gone.map(outboxPageKey)] };
}

const emptyLayout = (): Layout => ({ order: [], pages: new Map(), pageOf: new Map(), head: [], highest: -1 });

/**
 * What storing these captures writes, appended behind what `after` holds: for a
 * queue that starts with them (the migration, tests, the bench).
 */
export function layoutOf(entries: OutboxEntry[], after: Layout = emptyLayout()): Value[] {
  const { values } = changeLayout(
    after,
    entries.map((entry) => entry.id),
    [],
  );
  return [...entries.map((entry) => ({ key: outboxEntryKey(entry.id), value: entry })), ...values];
}
