import type { StorageItem } from './area';

/** One chain per storage key: read-modify-writes of the same item run one after another. */
const chains = new Map<string, Promise<unknown>>();

/**
 * Runs `work` after every earlier piece of work queued under `key`, so that two
 * quick changes never both read the old value and one overwrites the other.
 * Serial within one JavaScript context (the background), which is where every
 * writer of a shared item lives.
 */
export function serially<T>(key: string, work: () => Promise<T>): Promise<T> {
  const result = (chains.get(key) ?? Promise.resolve()).then(work);
  const settled = result.then(
    () => undefined,
    () => undefined,
  );
  chains.set(key, settled);
  // The map forgets a key once its chain is idle, so it holds only what is under way.
  void settled.then(() => {
    if (chains.get(key) === settled) chains.delete(key);
  });
  return result;
}

/** Changes an item from its current value, in turn with every other change of it. */
export function updateItem<T>(item: StorageItem<T>, change: (value: T) => T | Promise<T>): Promise<T> {
  return serially(item.key, async () => {
    const next = await change(await item.getValue());
    await item.setValue(next);
    return next;
  });
}
