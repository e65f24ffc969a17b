import { useState } from 'preact/hooks';
import type { OutboxView } from '../../messaging/protocol';

type Waiting = OutboxView['first'][number];

interface OutboxActions {
  onRetry: (id: string) => void;
  /** A capture made under another account, sent into this one. */
  onSendHere: (id: string) => void;
  onEdit: (id: string, title: string) => void;
  onRemove: (id: string) => void;
}

export interface OutboxListProps extends OutboxActions {
  outbox: OutboxView;
}

/**
 * Captures that have not reached TickTick yet, with what to do about each: the
 * first few, and how many more wait (the badge counts them all), so that the
 * popup opens as fast with a thousand waiting as with none.
 */
export function OutboxList({ outbox, ...actions }: OutboxListProps) {
  if (outbox.total === 0) return null;
  const more = outbox.total - outbox.first.length;
  return (
    <section class="outbox" aria-labelledby="outbox-heading">
      <h2 id="outbox-heading">Waiting to be sent ({outbox.total.toLocaleString()})</h2>
      <ul>
        {outbox.first.map((entry) => (
          <OutboxRow key={entry.id} entry={entry} {...actions} />
        ))}
      </ul>
      {more > 0 && (
        <p class="outbox__more" data-testid="outbox-more">
          and {more.toLocaleString()} more, sent in turn
        </p>
      )}
    </section>
  );
}

function OutboxRow({ entry, onRetry, onSendHere, onEdit, onRemove }: OutboxActions & { entry: Waiting }) {
  const [editing, setEditing] = useState<string | null>(null);
  const otherAccount = entry.capturedAs !== undefined;
  return (
    <li class={entry.state === 'needs-attention' ? 'outbox__entry outbox__entry--attention' : 'outbox__entry'}>
      {editing !== null ? (
        <form
          class="outbox__edit"
          onSubmit={(event) => {
            event.preventDefault();
            onEdit(entry.id, editing);
            setEditing(null);
          }}
        >
          <label class="sr-only" for={`edit-${entry.id}`}>
            Title
          </label>
          <input
            id={`edit-${entry.id}`}
            class="field"
            value={editing}
            onInput={(event) => setEditing(event.currentTarget.value)}
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
        {otherAccount ? (
          <button type="button" class="link-button" onClick={() => onSendHere(entry.id)}>
            Send here
          </button>
        ) : (
          <>
            <button type="button" class="link-button" onClick={() => onRetry(entry.id)}>
              Retry
            </button>
            <button type="button" class="link-button" onClick={() => setEditing(entry.title)}>
              Edit
            </button>
          </>
        )}
        <button type="button" class="link-button" onClick={() => onRemove(entry.id)}>
          Delete
        </button>
      </span>
    </li>
  );
}
