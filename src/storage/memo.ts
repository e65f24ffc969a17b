import type { StorageItem } from './area';

/** A storage item served from memory between changes: reads cost nothing, writes go to storage first. */
export interface MemoItem<T> {
  getValue(): Promise<T>;
  /** Writes storage (awaited); readers see the value at once. */
  setValue(value: T): Promise<void>;
  /** For writes made together with other items (one `storage.setItems`): remember what was written. */
  remember(value: T): void;
  /** The next read goes to storage. */
  forget(): void;
}

/**
 * Storage stays the truth, since an MV3 worker may stop at any moment; the memo
 * only saves the ~0.3 ms a storage read costs on paths that read the same items
 * again and again (a capture reads six). A change made elsewhere clears it through
 * `watch`; the echo of this memo's own write, which holds the value it already
 * has, does not. Build one per service instance, not per module: tests that wipe
 * storage start new instances.
 */
/** Every memo's `forget`: the bench compares a capture with its memos and one without (docs/performance.md). */
const everyMemo = new Set<() => void>();

/** The next read of every memo goes to storage. */
export function forgetEveryMemo(): void {
  for (const forget of everyMemo) forget();
}

export function memoItem<T>(item: StorageItem<T>): MemoItem<T> {
  let cached: Promise<T> | undefined;
  /** The value `cached` holds, once known: what a change event is compared with. */
  let known: { value: T } | undefined;

  const forget = () => {
    cached = undefined;
    known = undefined;
  };
  everyMemo.add(forget);
  const hold = (value: T) => {
    cached = Promise.resolve(value);
    known = { value };
  };
  // Compared when the event comes, not when the value is written: writes are on paths users wait for.
  item.watch((value) => {
    if (known !== undefined && canonicalJson(value) === canonicalJson(known.value)) return;
    forget();
  });

  return {
    getValue() {
      if (cached) return cached;
      const reading = item.getValue().then(
        (value) => {
          if (cached === reading) known = { value };
          return value;
        },
        (error: unknown) => {
          if (cached === reading) cached = undefined;
          throw error;
        },
      );
      cached = reading;
      return reading;
    },
    async setValue(value) {
      // Held before the write, so that a change made elsewhere while it is under way still clears it.
      hold(value);
      try {
        await item.setValue(value);
      } catch (error) {
        forget();
        throw error;
      }
    },
    remember: hold,
    forget,
  };
}

/**
 * JSON with every object's keys sorted: Chromium hands a stored object back with its
 * keys in its own order, not the order they were written in, so a plain
 * `JSON.stringify` would take every echo for a change made elsewhere.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
