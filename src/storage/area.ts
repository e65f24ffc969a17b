import { browser } from 'wxt/browser';

/**
 * The extension's storage, as typed items with a fallback. Small on purpose:
 * the background's budget is 60 kB, and the item library it replaces (with
 * versioning, metadata and a lock this extension never used) was 2.5 kB of it.
 */

export type StorageKey = `local:${string}` | `session:${string}`;
type AreaName = 'local' | 'session';

export interface StorageItem<T> {
  readonly key: StorageKey;
  readonly fallback: T;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  /** Calls back with the new value (the fallback once removed) whenever it changes, here or elsewhere. */
  watch(onChange: (value: T) => void): () => void;
}

function split(key: StorageKey): { area: AreaName; name: string } {
  const colon = key.indexOf(':');
  return { area: key.slice(0, colon) as AreaName, name: key.slice(colon + 1) };
}

const areaOf = (area: AreaName) => browser.storage[area];

/** Keys grouped by area, so that each area is asked once. */
function byArea<T>(entries: T[], keyOf: (entry: T) => StorageKey): Map<AreaName, { name: string; entry: T }[]> {
  const grouped = new Map<AreaName, { name: string; entry: T }[]>();
  for (const entry of entries) {
    const { area, name } = split(keyOf(entry));
    grouped.set(area, [...(grouped.get(area) ?? []), { name, entry }]);
  }
  return grouped;
}

export const storageArea = {
  /** The values of these keys, in their order; null for a key that holds nothing. */
  async getItems(keys: StorageKey[]): Promise<{ key: StorageKey; value: unknown }[]> {
    const found = new Map<StorageKey, unknown>();
    for (const [area, names] of byArea(keys, (key) => key)) {
      const values = await areaOf(area).get(names.map((n) => n.name));
      for (const { name, entry } of names) found.set(entry, values[name] ?? null);
    }
    return keys.map((key) => ({ key, value: found.get(key) ?? null }));
  },

  async getItem<T>(key: StorageKey): Promise<T | null> {
    return (await storageArea.getItems([key]))[0]!.value as T | null;
  },

  /**
   * Writes every value, one call per area (a single call is written whole or
   * not at all). The browser has the call before this returns its promise.
   */
  setItems(values: { key: StorageKey; value: unknown }[]): Promise<void> {
    const calls = [...byArea(values, (v) => v.key)].map(([area, entries]) =>
      areaOf(area).set(Object.fromEntries(entries.map(({ name, entry }) => [name, entry.value]))),
    );
    return Promise.all(calls).then(() => undefined);
  },

  setItem: (key: StorageKey, value: unknown) => storageArea.setItems([{ key, value }]),

  removeItems(keys: StorageKey[]): Promise<void> {
    const calls = [...byArea(keys, (key) => key)].map(([area, names]) => areaOf(area).remove(names.map((n) => n.name)));
    return Promise.all(calls).then(() => undefined);
  },

  removeItem: (key: StorageKey) => storageArea.removeItems([key]),
};

export function storageItem<T>(key: StorageKey, fallback: T): StorageItem<T> {
  const { area, name } = split(key);
  return {
    key,
    fallback,
    async getValue() {
      return ((await areaOf(area).get(name))[name] as T | undefined) ?? fallback;
    },
    setValue: (value) => areaOf(area).set({ [name]: value }),
    removeValue: () => areaOf(area).remove(name),
    watch(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown }>, changed: string) => {
        if (changed === area && name in changes) onChange((changes[name]!.newValue as T | undefined) ?? fallback);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
