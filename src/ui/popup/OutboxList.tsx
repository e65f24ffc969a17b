import { useState } from 'preact/hooks';
import type { OutboxView } from '../../messaging/protocol';

export interface OutboxListProps {
  entries: OutboxView[];
  onRetry: (id: string) => void;
  onEdit: (id: string, title: string) => void;
  onRemove: (id: string) => void;
}

/** Captures that have not reached TickTick yet, with what to do about each. */
export function OutboxList({ entries, onRetry, onEdit, onRemove }: OutboxListProps) {
  const [editing, setEditing] = useState<{ id: string; title: string } | null>(null);
  if (entries.length === 0) return null;
  return (
    <section class="outbox" aria-labelledby="outbox-heading">
      <h2 id="outbox-heading">Waiting to be sent ({entries.length})</h2>
      <ul>
        {entries.map((entry) => (
          <li
            key={entry.id}
            class={entry.state === 'needs-attention' ? 'outbox__entry outbox__entry--attention' : 'outbox__entry'}
          >
            {editing?.id === entry.id ? (
              <form
                class="outbox__edit"
                onSubmit={(event) => {
                  event.preventDefault();
                  onEdit(entry.id, editing.title);
                  setEditing(null);
                }}
              >
                <label class="sr-only" for={`edit-${entry.id}`}>
                  Title
                </label>
                <input
                  id={`edit-${entry.id}`}
                  class="field"
                  value={editing.title}
                  onInput={(event) => setEditing({ id: entry.id, title: event.currentTarget.value })}
                />
                <button type="submit" class="button">
                  Save
                </button>
              </form>
            ) : (
              <span class="outbox__title">{entry.title}</span>
            )}
            {entry.lastError && <span class="outbox__error">{entry.lastError.message}</span>}
            <span class="outbox__actions">
              <button type="button" class="link-button" onClick={() => onRetry(entry.id)}>
                Retry
              </button>
              <button
                type="button"
                class="link-button"
                onClick={() => setEditing({ id: entry.id, title: entry.title })}
              >
                Edit
              </button>
              <button type="button" class="link-button" onClick={() => onRemove(entry.id)}>
                Delete
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
