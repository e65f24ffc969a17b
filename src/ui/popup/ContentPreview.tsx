import { useState } from 'preact/hooks';
import type { ContentDraft } from '../../messaging/protocol';

export interface ContentPreviewProps {
  /** The description a capture of the page would have; null until the background says. */
  draft: ContentDraft | null;
  included: boolean;
  onInclude: (included: boolean) => void;
  /** "Add the page’s text" (the article as Markdown); undefined where the page cannot be read. */
  withText?: boolean;
  onWithText: (withText: boolean) => void;
  /** The user's own version, once they edited it. */
  edited: string | undefined;
  onEdit: (text: string) => void;
}

const SHOWN_LINES = 3;
const SHOWN_LINE_LENGTH = 90;

/** The first lines, each cut to a line's width: enough to see what goes in, never the whole of a long quote. */
function firstLines(text: string): { lines: string[]; more: boolean } {
  const all = text.split('\n').filter((line) => line.trim() !== '');
  const lines = all
    .slice(0, SHOWN_LINES)
    .map((line) => (line.length > SHOWN_LINE_LENGTH ? `${line.slice(0, SHOWN_LINE_LENGTH - 1)}…` : line));
  return { lines, more: all.length > SHOWN_LINES || all.some((line) => line.length > SHOWN_LINE_LENGTH) };
}

/**
 * What goes into the task's description, before saving: its first lines as
 * plain text (never rendered, so nothing in it is live), expandable into an
 * editor. What the user writes there is what is saved.
 */
export function ContentPreview({
  draft,
  included,
  onInclude,
  withText,
  onWithText,
  edited,
  onEdit,
}: ContentPreviewProps) {
  const [open, setOpen] = useState(false);
  const text = edited ?? draft?.text ?? '';
  const { lines, more } = firstLines(text);
  return (
    <section class="content-preview" aria-label="Task description">
      <label class="checkbox">
        <input type="checkbox" checked={included} onChange={(event) => onInclude(event.currentTarget.checked)} />
        Add the page to the description
      </label>
      {included && withText !== undefined && (
        <label class="checkbox">
          <input type="checkbox" checked={withText} onChange={(event) => onWithText(event.currentTarget.checked)} />
          Add page with its text
        </label>
      )}
      {included && draft && (
        <>
          {open ? (
            <>
              <label class="sr-only" for="content-editor">
                Description
              </label>
              <textarea
                id="content-editor"
                class="field content-preview__editor"
                rows={6}
                value={text}
                onInput={(event) => onEdit(event.currentTarget.value)}
              />
            </>
          ) : (
            <button
              type="button"
              class="content-preview__summary"
              data-testid="content-preview"
              aria-label={`Description: ${lines.join(' ')}. Show all and edit.`}
              aria-expanded={false}
              aria-controls="content-editor"
              onClick={() => setOpen(true)}
            >
              {lines.map((line) => (
                <span class="content-preview__line">{line}</span>
              ))}
              <span class="content-preview__more">{more ? 'Show all and edit' : 'Edit'}</span>
            </button>
          )}
          {draft.notices.map((notice) => (
            <p class="notice">{notice}</p>
          ))}
        </>
      )}
    </section>
  );
}
