import { useState } from 'preact/hooks';
import './quick-add.css';

export interface QuickAddProps {
  /** Opens the options page, where the account is connected. */
  onOpenSettings: () => void;
}

/**
 * The popup's first screen. Sending needs an account, which the options page
 * connects; until then the form explains what to do instead of failing on save.
 */
export function QuickAdd({ onOpenSettings }: QuickAddProps) {
  const [title, setTitle] = useState('');
  const connected = false;
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
        <button type="submit" class="button" disabled={!connected || title.trim() === ''}>
          Add task
        </button>
      </form>
      {!connected && (
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
