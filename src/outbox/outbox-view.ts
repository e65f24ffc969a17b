import type { OutboxView } from '../messaging/protocol';
import type { OutboxEntry } from '../storage/items';

/** The outbox as pages show it: what each capture is and why it waits, without its bookkeeping. */
export function toOutboxView(entries: OutboxEntry[]): OutboxView[] {
  return entries.map((e) => ({
    id: e.id,
    title: e.task.title,
    content: e.task.content,
    projectId: e.task.projectId,
    state: e.state,
    attempts: e.attempts,
    nextAttemptAt: e.nextAttemptAt,
    lastError: e.lastError,
  }));
}
