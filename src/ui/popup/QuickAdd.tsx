import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type {
  AccountState,
  CaptureResult,
  MessageResult,
  PageContext,
  QuickAddPreview,
  TextSpan,
} from '../../messaging/protocol';
import { useContentDraft } from './content-draft';
import { ContentPreview } from './ContentPreview';
import { chipEndingAt, keepAsText, shiftKeptText } from './kept-as-text';
import { OutboxList } from './OutboxList';
import { ProjectPicker } from './ProjectPicker';
import { NO_POPUP_DATA, type PopupData } from './popup-data';
import type { SendMessage } from '../../messaging/send';

export interface QuickAddProps {
  call: SendMessage;
  /** What the popup showed last time, if it knows: the first render shows it. */
  snapshot?: PopupData;
  /** Lists and outbox as storage has them when the popup opens: read while the first render happens. */
  initial: Promise<PopupData>;
  /** Lists and outbox as the background changes them while the popup is open. */
  watch: (onChange: (data: PopupData) => void) => () => void;
  /** The tab the popup is about, when it was opened for one (`popup.html?tabId=…`); else the active tab. */
  tabId?: number;
  openSettings: () => void;
  close: () => void;
}

const PREVIEW_DELAY_MS = 60;
const CLOSE_AFTER_SAVE_MS = 900;

function ok<T>(result: MessageResult<T>): T | undefined {
  return result.ok ? result.data : undefined;
}

/**
 * The popup: ready to type the moment it opens (the lists come from the cache,
 * the page and a fresh list arrive behind it), chips as you type, Enter saves.
 */
export function QuickAdd({ call, snapshot, initial, watch, tabId, openSettings, close }: QuickAddProps) {
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  /** Chips the user removed: their words stay in the line as text, never read again. */
  const [keptAsText, setKeptAsText] = useState<TextSpan[]>([]);
  const [preview, setPreview] = useState<QuickAddPreview | null>(null);
  const [page, setPage] = useState<PageContext | null>(null);
  const [includePage, setIncludePage] = useState(true);
  /** The description a capture of the page would have, and the user's own version once edited. */
  const { draft, withText, setWithText, facts, editedContent, setEditedContent } = useContentDraft(call, page, tabId);
  const [projects, setProjects] = useState((snapshot ?? NO_POPUP_DATA).lists);
  const [projectId, setProjectId] = useState(snapshot?.lists.defaultProjectId);
  /** Once a list is picked, the default that storage names no longer replaces it. */
  const picked = useRef(false);
  const [account, setAccount] = useState<AccountState | null>(null);
  const [outbox, setOutbox] = useState((snapshot ?? NO_POPUP_DATA).outbox);
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<CaptureResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const touched = useRef(false);
  /** Set when the page's title was put in the input: selected as soon as it is there, so typing replaces it. */
  const selectPrefill = useRef(false);

  // Focus in the same frame as the first render: `autofocus` waits for the next one.
  useLayoutEffect(() => input.current?.focus(), []);
  useLayoutEffect(() => {
    void initial.then((data) => {
      setProjects(data.lists);
      if (!picked.current) setProjectId(data.lists.defaultProjectId);
      setOutbox(data.outbox);
    });
  }, [initial]);
  // In the same task as the prefill reaches the input, before any key typed meanwhile is handled.
  useLayoutEffect(() => {
    if (!selectPrefill.current) return;
    selectPrefill.current = false;
    input.current?.select();
  }, [text]);

  useEffect(() => {
    const stop = watch((data) => {
      setProjects(data.lists);
      setOutbox(data.outbox);
    });
    // The background is asked only after the first frame: waking a stopped worker takes CPU the popup needs.
    // A fresh list from TickTick (at most once a minute) arrives through `watch`.
    void call('projects.get', { refresh: true });
    void call('capture.context', { tabId }).then((r) => {
      const context = ok(r);
      if (!context) return;
      setPage(context);
      if (!touched.current && context.title) {
        selectPrefill.current = true;
        setText(context.title);
      }
    });
    void call('account.get', {}).then((r) => setAccount(ok(r) ?? null));
    return stop;
  }, [call, watch, tabId]);

  useEffect(() => {
    const timer = setTimeout(
      () => void call('capture.preview', { text, keptAsText }).then((r) => setPreview(ok(r) ?? null)),
      PREVIEW_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [text, keptAsText, call]);

  const pickProject = (id: string | undefined) => {
    picked.current = true;
    setProjectId(id);
  };

  const editText = (value: string) => {
    setKeptAsText((kept) => shiftKeptText(text, value, kept));
    setText(value);
  };

  /** Removing a chip (its × or Backspace at its end) leaves its words in the title as plain text. */
  const removeChip = (chip: QuickAddPreview['chips'][number]) => {
    const span = keepAsText(text, chip);
    if (span) setKeptAsText((kept) => [...kept, span]);
    input.current?.focus();
  };

  // A removed chip goes at once, before the next preview arrives.
  const chips = (preview?.chips ?? []).filter(
    (chip) =>
      !keptAsText.some((span) => span.index < chip.index + chip.text.length && chip.index < span.index + span.length),
  );

  const backspaceChip = (event: KeyboardEvent) => {
    const field = event.currentTarget as HTMLInputElement;
    if (event.key !== 'Backspace' || field.selectionStart !== field.selectionEnd) return;
    const chip = chipEndingAt(chips, field.selectionStart ?? -1);
    if (!chip) return;
    event.preventDefault();
    removeChip(chip);
  };

  const save = async () => {
    if (saving || !text.trim()) return;
    setSaving(true);
    setError(null);
    const answer = await call('capture.submit', {
      text,
      keptAsText,
      projectId: preview?.project?.id ?? projectId,
      page: includePage ? facts : undefined,
      // What the preview showed (or the user wrote) is what is saved.
      content: includePage ? (editedContent ?? draft?.text) : undefined,
    });
    setSaving(false);
    if (!answer.ok) {
      setError(answer.error.message);
      return;
    }
    setResult(answer.data);
    setText('');
    setEditedContent(undefined);
    setKeptAsText([]);
    setPreview(null);
    const settings = ok(await call('settings.get', {}));
    if (answer.data.status === 'sent' && settings?.closePopupAfterSave) setTimeout(close, CLOSE_AFTER_SAVE_MS);
  };

  const connected = account ? account.v1.connected || account.v2.connected : true;
  const outboxAction = (type: 'outbox.retry' | 'outbox.remove' | 'outbox.sendHere', id: string) =>
    void call(type, { id }).then((r) => setOutbox(ok(r) ?? outbox));

  return (
    <main class="quick-add">
      <header class="quick-add__header">
        <h1>Add to TickTick</h1>
        <button type="button" class="link-button" onClick={openSettings}>
          Settings
        </button>
      </header>
      <form
        class="quick-add__form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
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
          value={text}
          onInput={(event) => {
            touched.current = true;
            editText(event.currentTarget.value);
          }}
          onKeyDown={backspaceChip}
        />
        <button type="submit" class="button" disabled={saving || !text.trim()}>
          {saving ? 'Adding…' : 'Add'}
        </button>
      </form>
      <ul class="chips" aria-label="Recognised in your text" data-testid="chips">
        {chips.map((chip) => (
          <li class={`chip chip--${chip.kind}`} key={`${chip.index}-${chip.text}`}>
            {chip.kind === 'project' && preview?.project ? preview.project.name : chip.label}
            <button
              type="button"
              class="chip__remove"
              aria-label={`Remove ${chip.label}`}
              onClick={() => removeChip(chip)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div class="quick-add__options">
        <ProjectPicker list={projects} selected={preview?.project?.id ?? projectId} onSelect={pickProject} />
      </div>
      {page && (page.url || page.selection) && (
        <ContentPreview
          draft={draft}
          included={includePage}
          onInclude={setIncludePage}
          withText={page.scriptable ? withText : undefined}
          onWithText={setWithText}
          edited={editedContent}
          onEdit={setEditedContent}
        />
      )}
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
      <OutboxList
        outbox={outbox}
        onRetry={(id) => outboxAction('outbox.retry', id)}
        onSendHere={(id) => outboxAction('outbox.sendHere', id)}
        onRemove={(id) => outboxAction('outbox.remove', id)}
        onEdit={(id, title) => void call('outbox.edit', { id, title }).then((r) => setOutbox(ok(r) ?? outbox))}
      />
    </main>
  );
}
