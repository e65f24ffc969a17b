import { useState } from 'preact/hooks';
import type { AccountState } from '../messaging/protocol';
import './quick-add.css';

export interface QuickAddProps {
  /** null until the background answered. */
  account: AccountState | null;
  /** Opens the options page, where the account is connected. */
  onOpenSettings: () => void;
}

/**
 * The popup's first screen. Sending tasks is not built yet (the capture work
 * follows); the form says so rather than pretending, and points to the
 * settings when no account is connected.
 */
export function QuickAdd({ account, onOpenSettings }: QuickAddProps) {
  const [title, setTitle] = useState('');
  const connected = Boolean(account && (account.v1.connected || account.v2.connected));
  const savingAvailable = false;
  return (
    <main class="quick-add">
      <header class="quick-add__header">
        <h1>Add to TickTick</h1>
        <button type="button" class="button secondary" onClick={onOpenSettings}>
          Settings
        </button>
      </header>
      <form
        class="quick-add__form"
        onSubmit={(event) => {
          event.preventDefault();
        }}
      >
        <label class="sr-only" for="quick-add-title">
          Task
        </label>
        <input
          id="quick-add-title"
          class="field"
          type="text"
          placeholder="What do you want to remember?"
          autoFocus
          autoComplete="off"
          value={title}
          onInput={(event) => setTitle(event.currentTarget.value)}
        />
        <button type="submit" class="button" disabled={!savingAvailable || title.trim() === ''}>
          Add task
        </button>
      </form>
      {account && connected && (
        <p class="quick-add__hint muted" role="status">
          Connected{account.v2.connected ? ` as ${account.v2.username}` : ''}. Saving tasks from this window arrives
          with the next update.
        </p>
      )}
      {account && !connected && (
        <p class="quick-add__hint muted" role="status">
          Connect your TickTick account in{' '}
          <a
            href="#"
            onClick={(event) => {
              event.preventDefault();
              onOpenSettings();
            }}
          >
            Settings
          </a>{' '}
          to start adding tasks.
        </p>
      )}
    </main>
  );
}
