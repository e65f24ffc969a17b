import { storage } from '@wxt-dev/storage';
import { outboxEntryKey, outboxIndexItem, outboxWaitingItem } from '../storage/items';
import { serially } from '../storage/update-item';
import { waitingCapture, type OutboxEntry, type WaitingList } from './entry';
import { finishMigration, migrateOldQueue } from './migrate';

/**
 * The stored queue: one storage key per capture, an index of their ids in
 * order, and the few the popup lists. Adding, changing or removing one capture
 * writes that capture, the index and the popup's list, whatever waits besides:
 * the cost of a capture does not grow with the queue. The background is the
 * only writer; it keeps what it has read in memory, and storage stays the truth
 * (a stopped worker loses nothing but that memory).
 */

/** How many captures the popup lists; the rest it counts. */
export const WAITING_SHOWN = 20;
const entryKey = outboxEntryKey;
const indexItem = outboxIndexItem;
const waitingItem = outboxWaitingItem;

/**
 * Other items a write carries, in the same storage call (a landing's sent
 * record, the hold), worked out when the write's turn comes.
 */
export type AlongWith = () => Promise<{ key: `local:${string}`; value: unknown }[]>;
const nothing: AlongWith = async () => [];

/** All the writes of the queue run one after another on this chain, never waiting for the network. */
export const QUEUE_CHAIN = 'outbox';

export function createQueue() {
  let ids: Promise<string[]> | undefined;
  const entries = new Map<string, OutboxEntry>();

  /** The index, read once a run; the first time, the old one-array layout is moved into this one. */
  function loadIds(): Promise<string[]> {
    ids ??= (async () => {
      const moved = await migrateOldQueue();
      const order = [...new Set([...(await indexItem.getValue()), ...moved.map((e) => e.id)])];
      if (moved.length) {
        for (const entry of moved) entries.set(entry.id, entry);
        await storage.setItems([
          ...moved.map((entry) => ({ key: entryKey(entry.id), value: entry })),
          { key: indexItem.key, value: order },
        ]);
        await finishMigration();
        // The popup's list, which the old layout did not have.
        await waitingItem.setValue(await waitingList(order));
      }
      return order;
    })();
    return ids;
  }

  async function read(wanted: string[]): Promise<OutboxEntry[]> {
    const missing = wanted.filter((id) => !entries.has(id));
    if (missing.length) {
      const found = await storage.getItems(missing.map(entryKey));
      for (const { value } of found) if (value) entries.set((value as OutboxEntry).id, value as OutboxEntry);
    }
    return wanted.flatMap((id) => entries.get(id) ?? []);
  }

  async function waitingList(order: string[]): Promise<WaitingList> {
    return { total: order.length, first: (await read(order.slice(0, WAITING_SHOWN))).map(waitingCapture) };
  }

  type Change = (order: string[]) => Promise<{ order: string[]; put: OutboxEntry[]; drop: string[] }>;

  /**
   * One storage call for a change: the captures written, the index (when it
   * changed) and the popup's list, and what goes along; removed captures' keys
   * go after it. `handedOver` settles once the call is with the browser, which
   * completes it even if this worker stops; `persisted` once it is done.
   */
  function write(change: Change, along: AlongWith = nothing) {
    let handOver!: () => void;
    const handed = new Promise<void>((resolve) => (handOver = resolve));
    const persisted = serially(QUEUE_CHAIN, async () => {
      const before = await loadIds();
      const { order, put, drop } = await change(before);
      for (const entry of put) entries.set(entry.id, entry);
      const values = [
        ...put.map((entry) => ({ key: entryKey(entry.id), value: entry })),
        ...(order === before ? [] : [{ key: indexItem.key, value: order }]),
        { key: waitingItem.key, value: await waitingList(order) },
        ...(await along()),
      ];
      ids = Promise.resolve(order);
      const writing = storage.setItems(values);
      handOver();
      try {
        await writing;
      } catch (error) {
        // Memory must not run ahead of storage: the next read goes there.
        forget();
        throw error;
      }
      for (const id of drop) entries.delete(id);
      if (drop.length) await storage.removeItems(drop.map(entryKey));
    });
    return { handedOver: Promise.race([handed, persisted]), persisted };
  }

  function forget(): void {
    ids = undefined;
    entries.clear();
  }

  return {
    /** Every capture that waits, oldest first. */
    list: async () => read(await loadIds()),
    get: async (id: string) => ((await loadIds()).includes(id) ? (await read([id]))[0] : undefined),
    ids: () => loadIds(),
    /** What the popup lists: the count and the first few. */
    waiting: async () => waitingList(await loadIds()),

    /** Appends a capture; see `write` for what settles when. */
    add: (entry: OutboxEntry) => write(async (order) => ({ order: [...order, entry.id], put: [entry], drop: [] })),

    /** Changes one capture in place (nothing if it is gone); undefined from `change` removes it. */
    update(id: string, change: (entry: OutboxEntry) => OutboxEntry | undefined, along: AlongWith = nothing) {
      return write(async (order) => {
        const [entry] = order.includes(id) ? await read([id]) : [];
        const changed = entry && change(entry);
        if (!entry) return { order, put: [], drop: [] };
        if (changed) return { order, put: [changed], drop: [] };
        return { order: order.filter((other) => other !== id), put: [], drop: [id] };
      }, along).persisted;
    },

    remove(id: string, along: AlongWith = nothing) {
      return write(async (order) => ({ order: order.filter((other) => other !== id), put: [], drop: [id] }), along)
        .persisted;
    },

    /** Read storage again: the worker restarted, or storage was changed from outside. */
    forget,
    /** Everything written so far is written. */
    settled: () => serially(QUEUE_CHAIN, async () => undefined),
  };
}

export type Queue = ReturnType<typeof createQueue>;
