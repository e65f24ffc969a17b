import type { PreviewChip, TextSpan } from '../../messaging/protocol';

/**
 * The chips the user turned back into text are spans of the line. As the line
 * is edited they move with the words around them; one whose own words are
 * edited is dropped, and those words are read afresh.
 */
export function shiftKeptText(before: string, after: string, spans: readonly TextSpan[]): TextSpan[] {
  if (!spans.length || before === after) return [...spans];
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  ) {
    suffix++;
  }
  const editEnd = before.length - suffix;
  const shift = after.length - before.length;
  return spans.flatMap((span) => {
    if (span.index + span.length <= prefix) return [span];
    if (span.index >= editEnd) return [{ index: span.index + shift, length: span.length }];
    return [];
  });
}

/** The chip whose words end where the caret is: Backspace there turns it back into text. */
export function chipEndingAt(chips: readonly PreviewChip[], caret: number): PreviewChip | undefined {
  return chips.find((chip) => chip.index + chip.text.length === caret);
}

/** A chip as a span to keep as text, if the line still holds its words where the chip says. */
export function keepAsText(text: string, chip: PreviewChip): TextSpan | undefined {
  return text.slice(chip.index, chip.index + chip.text.length) === chip.text
    ? { index: chip.index, length: chip.text.length }
    : undefined;
}
