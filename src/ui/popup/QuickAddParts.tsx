import type { RefObject } from 'preact';
import type { CaptureResult, PreviewChip, QuickAddPreview } from '../../messaging/protocol';
import type { useQuickAddLine } from './use-quick-add-line';

export interface QuickAddFormProps {
  input: RefObject<HTMLInputElement | null>;
  line: ReturnType<typeof useQuickAddLine>;
  saving: boolean;
  onSave: () => void;
  /** The user typed: the page's title no longer replaces the line. */
  onTyped: () => void;
}

/** The line to type the task in, and Add; Enter saves. */
export function QuickAddForm({ input, line, saving, onSave, onTyped }: QuickAddFormProps) {
  return (
    <form
      class="quick-add__form"
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      <label class="sr-only" for="quick-add-title">
        Task
      </label>
      <input
        id="quick-add-title"
        ref={input}
        class="field"
        type="text"
        placeholder="e.g. Read this tomorrow 9am #reading !2"
        autoFocus
        autoComplete="off"
        value={line.text}
        onInput={(event) => {
          onTyped();
          line.editText(event.currentTarget.value);
        }}
        onKeyDown={line.backspaceChip}
      />
      <button type="submit" class="button" disabled={saving || !line.text.trim()}>
        {saving ? 'Adding…' : 'Add'}
      </button>
    </form>
  );
}

/** What was recognised in the line, each chip removable. */
export function ChipList(props: {
  chips: PreviewChip[];
  preview: QuickAddPreview | null;
  onRemove: (chip: PreviewChip) => void;
}) {
  const { chips, preview, onRemove } = props;
  return (
    <ul class="chips" aria-label="Recognised in your text" data-testid="chips">
      {chips.map((chip) => (
        <li class={`chip chip--${chip.kind}`} key={`${chip.index}-${chip.text}`}>
          {chip.kind === 'project' && preview?.project ? preview.project.name : chip.label}
          <button type="button" class="chip__remove" aria-label={`Remove ${chip.label}`} onClick={() => onRemove(chip)}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}

export interface QuickAddStatusProps {
  error: string | null;
  result: CaptureResult | null;
  preview: QuickAddPreview | null;
  connected: boolean;
  openSettings: () => void;
}

/** The status line: the save's error or result (with its link and notices), else what the preview says. */
export function QuickAddStatus({ error, result, preview, connected, openSettings }: QuickAddStatusProps) {
  return (
    <p class="quick-add__status" role="status" data-testid="status">
      {error && <span class="error">{error}</span>}
      {!error && result && (
        <>
          {result.message}{' '}
          {result.taskUrl && (
            <a href={result.taskUrl} target="_blank" rel="noopener noreferrer">
              Open in TickTick
            </a>
          )}
          {result.notices.map((notice) => (
            <span class="notice"> {notice}</span>
          ))}
        </>
      )}
      {!error && !result && preview?.notices.join(' ')}
      {!error && !result && !connected && (
        <>
          Connect your TickTick account in{' '}
          <button type="button" class="link-button" onClick={openSettings}>
            Settings
          </button>{' '}
          to send tasks; until then they wait here.
        </>
      )}
    </p>
  );
}
