import { storageItem } from './area';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { canonicalJson, memoItem } from './memo';

beforeEach(() => fakeBrowser.reset());

/** A storage item that counts the reads that reach storage. */
function countedItem() {
  const item = storageItem<{ n: number }>('local:memo-test', { n: 0 });
  let reads = 0;
  const counted = {
    ...item,
    watch: item.watch,
    setValue: item.setValue,
    getValue: () => {
      reads++;
      return item.getValue();
    },
  };
  return { item: counted, reads: () => reads };
}

/** Settles once storage has reported a change of the test item to its listeners, the memo's among them. */
function changeReported(): Promise<void> {
  return new Promise((resolve) => {
    // On the same event as the memo's listener, added after it: by the time this one runs, the memo's has.
    const listener = (changes: Record<string, unknown>) => {
      if (!('memo-test' in changes)) return;
      fakeBrowser.storage.onChanged.removeListener(listener);
      resolve();
    };
    fakeBrowser.storage.onChanged.addListener(listener);
  });
}

describe('memoItem', () => {
  it('reads storage once, then from memory', async () => {
    const { item, reads } = countedItem();
    const memo = memoItem(item);
    expect(await memo.getValue()).toEqual({ n: 0 });
    expect(await memo.getValue()).toEqual({ n: 0 });
    expect(reads()).toBe(1);
  });

  it('serves its own write at once and is not cleared by its echo', async () => {
    const { item, reads } = countedItem();
    const memo = memoItem(item);
    const echo = changeReported();
    await memo.setValue({ n: 1 });
    await echo;
    expect(await memo.getValue()).toEqual({ n: 1 });
    expect(reads()).toBe(0);
    expect(await fakeBrowser.storage.local.get('memo-test')).toEqual({ 'memo-test': { n: 1 } });
  });

  it('sees a change made elsewhere once storage reports it', async () => {
    const { item, reads } = countedItem();
    const memo = memoItem(item);
    await memo.getValue();
    const change = changeReported();
    await fakeBrowser.storage.local.set({ 'memo-test': { n: 7 } });
    await change;
    expect(await memo.getValue()).toEqual({ n: 7 });
    expect(reads()).toBe(2);
  });

  it('forgets on demand, and after a failed write', async () => {
    const { item, reads } = countedItem();
    const memo = memoItem({ ...item, setValue: () => Promise.reject(new Error('quota')) });
    await expect(memo.setValue({ n: 3 })).rejects.toThrow('quota');
    expect(await memo.getValue()).toEqual({ n: 0 });
    memo.forget();
    await memo.getValue();
    expect(reads()).toBe(2);
  });

  it('takes an echo whose keys come back in another order for its own write', async () => {
    type Value = { zeta: number; alpha: { y: number; b: number } };
    const item = storageItem<Value>('local:memo-order', { zeta: 0, alpha: { y: 0, b: 0 } });
    let reads = 0;
    let echo: ((value: Value) => void) | undefined;
    const memo = memoItem({
      ...item,
      setValue: item.setValue,
      getValue: () => (reads++, item.getValue()),
      // The change event as Chromium sends it for this item.
      watch: (listener) => ((echo = (value) => listener(value)), () => undefined),
    });
    await memo.setValue({ zeta: 1, alpha: { y: 2, b: 3 } });
    // Chromium reports the same value with its keys sorted.
    echo!({ alpha: { b: 3, y: 2 }, zeta: 1 });
    expect(await memo.getValue()).toEqual({ zeta: 1, alpha: { y: 2, b: 3 } });
    expect(reads).toBe(0);
    echo!({ alpha: { b: 3, y: 4 }, zeta: 1 });
    expect(await memo.getValue()).toEqual({ zeta: 1, alpha: { y: 2, b: 3 } });
    expect(reads).toBe(1);
  });
});

describe('canonicalJson', () => {
  it('is the same for the same value whatever the order of its keys, at any depth, and keeps array order', () => {
    expect(canonicalJson({ b: [{ d: 1, c: 2 }], a: null })).toBe(canonicalJson({ a: null, b: [{ c: 2, d: 1 }] }));
    expect(canonicalJson({ b: [{ d: 1, c: 2 }], a: null })).toBe('{"a":null,"b":[{"c":2,"d":1}]}');
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: 2 }));
  });
});
