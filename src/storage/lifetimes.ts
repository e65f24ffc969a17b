import { storageItem, type StorageItem, type StorageKey } from './area';

/**
 * What becomes of a stored item when accounts come and go. Every item says it
 * where it is defined (`defineItem` requires it), so no item can be left behind
 * by a sign-out because someone forgot to list it.
 */
export type ItemLifetime<T> =
  /** Belongs to this browser, not to an account: kept. */
  | 'installation'
  /** Belongs to the signed-in account: removed at sign-out, at a region change, and when another account signs in. */
  | 'account'
  /** A secret of one way in: removed when that way is signed out. */
  | 'v1-sign-in'
  | 'v2-sign-in'
  /** Kept, with the account's part taken out. */
  | { withoutAccount: (value: T) => T };

type AnyItem = StorageItem<unknown>;

const registry: { item: AnyItem; lifetime: ItemLifetime<unknown> }[] = [];

/** A storage item with its lifetime: the only way this extension defines one. */
export function defineItem<T>(key: StorageKey, options: { fallback: T }, lifetime: ItemLifetime<T>): StorageItem<T> {
  const item = storageItem<T>(key, options.fallback);
  registry.push({ item: item as AnyItem, lifetime: lifetime as ItemLifetime<unknown> });
  return item;
}

/** Removes (or trims) every item that belongs to the account, in every storage area. */
export async function forgetAccountData(): Promise<void> {
  await Promise.all(
    registry.map(async ({ item, lifetime }) => {
      if (lifetime === 'account') await item.removeValue();
      else if (typeof lifetime === 'object') await item.setValue(lifetime.withoutAccount(await item.getValue()));
    }),
  );
}

/** Removes every secret a way in left, in every storage area. */
export async function forgetSignIn(connection: 'v1' | 'v2'): Promise<void> {
  const lifetime = `${connection}-sign-in`;
  await Promise.all(registry.filter((r) => r.lifetime === lifetime).map(({ item }) => item.removeValue()));
}

/** Every item and its lifetime, for tests and for a reset to a fresh install. */
export function definedItems(): readonly { item: AnyItem; lifetime: ItemLifetime<unknown> }[] {
  return registry;
}
