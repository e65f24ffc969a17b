import { storageArea } from '../storage/area';
import { outboxEntryKey, outboxWaitingItem } from '../storage/items';
import { serially } from '../storage/update-item';
import { waitingCapture, type OutboxEntry, type WaitingList } from './entry';
import { changeLayout, layoutOf, readLayout, type Layout } from './layout';
import { finishMigration, migrateOldQueue } from './migrate';

/**
 * The stored queue: one storage key per capture, their ids in pages (see
 * layout.ts), and the few the popup lists. Adding, changing or removing a
 * capture writes that capture, one page of ids and the popup's list, whatever
 * waits besides: the cost of a capture does not grow with the queue. The
 * background is the only writer; it keeps what it has read in memory, and
 * storage stays the truth (a stopped worker loses nothing but that memory).
 */

/** How many captures the popup lists; the rest it counts. */
const WAITING_SHOWN = 20;

/**
 * Other items a write carries, in the same storage call (a landing's sent
 * record, the hold), worked out when the write's turn comes.
 */
export type AlongWith = () => Promise<{ key: `local:${string}`; value: unknown }[]>;
const nothing: AlongWith = async () => [];

/** All the writes of the queue run one after another on this chain, never waiting for the network. */
export const QUEUE_CHAIN = 'outbox';

/** One change of the queue: captures written (new ones appended), captures removed. */
export interface QueueChange {
  put: OutboxEntry[];
  drop: string[];
}

/** What the background has read of the queue in this run: the index, and the captures by id. */
function createQueueMemory() {
  let layout: Promise<Layout> | undefined;
  const entries = new Map<string, OutboxEntry>();

  async function read(wanted: string[]): Promise<OutboxEntry[]> {
    const missing = wanted.filter((id) => !entries.has(id));
    if (missing.length) {
      const found = await storageArea.getItems(missing.map(outboxEntryKey));
      for (const { value } of found) if (value) entries.set((value as OutboxEntry).id, value as OutboxEntry);
    }
    return wanted.flatMap((id) => entries.get(id) ?? []);
  }

  const memory = {
    /** The index, read once a run; the first time, the old one-array layout is moved into this one. */
    loadLayout: (): Promise<Layout> => (layout ??= moveOldQueue(memory)),
    read,
    async waitingList(order: string[]): Promise<WaitingList> {
      return { total: order.length, first: (await read(order.slice(0, WAITING_SHOWN))).map(waitingCapture) };
    },
    remember: (put: OutboxEntry[]) => put.forEach((entry) => entries.set(entry.id, entry)),
    drop: (ids: string[]) => ids.forEach((id) => entries.delete(id)),
    forget(): void {
      layout = undefined;
      entries.clear();
    },
  };
  return memory;
}

type QueueMemory = ReturnType<typeof createQueueMemory>;

/** The layout to start from: the stored one, with the captures of the old one-array layout appended once. */
async function moveOldQueue(memory: QueueMemory): Promise<Layout> {
  const moved = await migrateOldQueue();
  if (!moved.length) return readLayout();
  memory.remember(moved);
  const current = await readLayout();
  const known = new Set(current.order);
  await storageArea.setItems(
    layoutOf(
      moved.filter((entry) => !known.has(entry.id)),
      current,
    ),
  );
  await finishMigration();
  const migrated = await readLayout();
  // The popup's list, which the old layout did not have.
  await outboxWaitingItem.setValue(await memory.waitingList(migrated.order));
  return migrated;
}

/**
 * One storage call for a change: the captures written, the pages of ids that
 * changed, the popup's list, and what goes along; removed captures' keys go
 * after it. `handedOver` settles once the call is with the browser, which
 * completes it even if this worker stops; `persisted` once it is done.
 */
function writeChange(memory: QueueMemory, change: (current: Layout) => Promise<QueueChange>, along: AlongWith) {
  let handOver!: () => void;
  const handed = new Promise<void>((resolve) => (handOver = resolve));
  const persisted = serially(QUEUE_CHAIN, async () => {
    const current = await memory.loadLayout();
    const { put, drop } = await change(current);
    const append = put.filter((entry) => !current.pageOf.has(entry.id)).map((entry) => entry.id);
    const { values, removed } = changeLayout(current, append, drop);
    memory.remember(put);
    const writing = storageArea.setItems([
      ...put.map((entry) => ({ key: outboxEntryKey(entry.id), value: entry })),
      ...values,
      { key: outboxWaitingItem.key, value: await memory.waitingList(current.order) },
      ...(await along()),
    ]);
    handOver();
    try {
      await writing;
    } catch (error) {
      // Memory must not run ahead of storage: the next read goes there.
      memory.forget();
      throw error;
    }
    memory.drop(drop);
    // Not awaited: nothing reads these keys again (ids are never reused, nor are page numbers in a run), and a
    // flush's next write need not wait for a second trip to storage.
    if (removed.length) {
      void storageArea.removeItems(removed).catch((error: unknown) => console.warn('Outbox keys not removed', error));
    }
  });
  return { handedOver: Promise.race([handed, persisted]), persisted };
}

export function createQueue() {
  const memory = createQueueMemory();
  const write = (change: (current: Layout) => Promise<QueueChange>, along: AlongWith = nothing) =>
    writeChange(memory, change, along);
  const ids = async () => (await memory.loadLayout()).order;

  return {
    /** Every capture that waits, oldest first. */
    list: async () => memory.read(await ids()),
    get: async (id: string) => ((await memory.loadLayout()).pageOf.has(id) ? (await memory.read([id]))[0] : undefined),
    ids,
    /** What the popup lists: the count and the first few. */
    waiting: async () => memory.waitingList(await ids()),

    /** Any change in one write: see `writeChange` for what settles when. */
    change: (change: QueueChange, along?: AlongWith) => write(async () => change, along),

    /** Appends a capture. */
    add: (entry: OutboxEntry) => write(async () => ({ put: [entry], drop: [] })),

    /** Changes one capture in place (nothing if it is gone); undefined from `change` removes it. */
    update(id: string, change: (entry: OutboxEntry) => OutboxEntry | undefined, along?: AlongWith) {
      return write(async (current) => {
        const [entry] = current.pageOf.has(id) ? await memory.read([id]) : [];
        if (!entry) return { put: [], drop: [] };
        const changed = change(entry);
        return changed ? { put: [changed], drop: [] } : { put: [], drop: [id] };
      }, along).persisted;
    },

    remove: (id: string, along?: AlongWith) => write(async () => ({ put: [], drop: [id] }), along).persisted,

    /** Read storage again: the worker restarted, or storage was changed from outside. */
    forget: memory.forget,
    /** Everything written so far is written. */
    settled: () => serially(QUEUE_CHAIN, async () => undefined),
  };
}

export type Queue = ReturnType<typeof createQueue>;
