import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { PreviewChip, QuickAddPreview, TextSpan } from '../../messaging/protocol';
import type { SendMessage } from '../../messaging/send';
import { chipEndingAt, keepAsText, shiftKeptText } from './kept-as-text';

const PREVIEW_DELAY_MS = 60;

/**
 * The quick-add line: the text, what the background read in it (the preview,
 * asked for a moment after each change), and the chips the user removed,
 * whose words stay in the line as text and are never read again.
 */
export function useQuickAddLine(call: SendMessage, input: RefObject<HTMLInputElement | null>) {
  const [text, setText] = useState('');
  const [keptAsText, setKeptAsText] = useState<TextSpan[]>([]);
  const [preview, setPreview] = useState<QuickAddPreview | null>(null);

  useEffect(() => {
    const timer = setTimeout(
      () => void call('capture.preview', { text, keptAsText }).then((r) => setPreview(r.ok ? r.data : null)),
      PREVIEW_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [text, keptAsText, call]);

  const editText = (value: string) => {
    setKeptAsText((kept) => shiftKeptText(text, value, kept));
    setText(value);
  };

  /** Removing a chip (its × or Backspace at its end) leaves its words in the title as plain text. */
  const removeChip = (chip: PreviewChip) => {
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

  /** After a save: an empty line. */
  const clear = () => {
    setText('');
    setKeptAsText([]);
    setPreview(null);
  };

  return { text, setText, keptAsText, preview, chips, editText, removeChip, backspaceChip, clear };
}
