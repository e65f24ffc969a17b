import type { OutboxEntry } from './entry';
import type { Queue } from './queue';

/** How a capture was kept: whole, or without most of its description because storage was full. */
export type Persisted = 'whole' | 'shortened';

/** What is left of a description when storage has no room for all of it. */
const SHORTENED_CONTENT = 2000;

const isQuotaError = (error: unknown) => /quota/i.test(String(error instanceof Error ? error.message : error));

/**
 * Writes a fresh capture, and keeps it even when storage is full (10 MB in
 * Chromium without `unlimitedStorage`): room is made by dropping what can be
 * fetched again, then the capture is kept with its description shortened.
 * A capture that landed meanwhile needs none of it.
 */
export function keepFresh(
  queue: Queue,
  entry: OutboxEntry,
  options: { freeStorage?: () => Promise<void>; landed: () => boolean },
): { handedOver: Promise<void>; persisted: Promise<Persisted> } {
  const first = queue.add(entry);
  const persisted = first.persisted.then(
    (): Persisted => 'whole',
    async (error: unknown): Promise<Persisted> => {
      if (!isQuotaError(error) || options.landed()) throw error;
      await options.freeStorage?.();
      const content = entry.task.content ?? '';
      const tries: { candidate: OutboxEntry; kept: Persisted }[] = [{ candidate: entry, kept: 'whole' }];
      if (content.length > SHORTENED_CONTENT) {
        const task = { ...entry.task, content: `${content.slice(0, SHORTENED_CONTENT)}…` };
        tries.push({ candidate: { ...entry, task }, kept: 'shortened' });
      }
      for (const { candidate, kept } of tries) {
        if (options.landed()) throw error;
        try {
          await queue.add(candidate).persisted;
          return kept;
        } catch (again) {
          if (!isQuotaError(again)) throw again;
        }
      }
      throw error;
    },
  );
  return { handedOver: first.handedOver, persisted };
}
