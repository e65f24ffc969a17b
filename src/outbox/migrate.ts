import { storageArea } from '../storage/area';
import type { Delivery, OutboxEntry } from './entry';

/**
 * Before the queue kept one key per capture, it was one array under `outbox`,
 * each capture with three send fields of its own. Read once, at the first
 * start after the update; every capture is kept, in its state.
 */
const OLD_KEY = 'local:outbox';

interface OldEntry extends Omit<OutboxEntry, 'delivery'> {
  inFlightSince?: number;
  sendingRun?: string;
  outcomeUnknown?: boolean;
}

function delivery(old: OldEntry): Delivery {
  if (old.inFlightSince !== undefined)
    return { kind: 'sending', run: old.sendingRun ?? 'before-update', since: old.inFlightSince };
  return old.outcomeUnknown ? { kind: 'maybe-sent' } : { kind: 'unsent' };
}

/** The captures of the old layout, in the new shape; [] once there is none (the common case: one read). */
export async function migrateOldQueue(): Promise<OutboxEntry[]> {
  const old = await storageArea.getItem<OldEntry[]>(OLD_KEY);
  if (!Array.isArray(old)) return [];
  return old
    .filter((entry) => entry && typeof entry.id === 'string' && entry.task)
    .map((entry) => {
      const { inFlightSince: _since, sendingRun: _run, outcomeUnknown: _unknown, ...kept } = entry;
      return { ...kept, delivery: delivery(entry) };
    });
}

/** The old array goes only once every capture in it is stored in the new layout. */
export async function finishMigration(): Promise<void> {
  await storageArea.removeItem(OLD_KEY);
}
