import { cleanText, limitLength, MAX_CONTENT_LENGTH } from './sanitize';

/**
 * How much of TickTick's content limit a page's text may take: the rest is the
 * template's (a link with a title of up to 500 characters and an ordinary address).
 */
export const PAGE_TEXT_ROOM = MAX_CONTENT_LENGTH - 2_000;

/** Ends a page's text that was cut, in the task itself: whoever reads it there knows it goes on. */
export const PAGE_TEXT_CUT_MARK = '_… the rest of the page’s text did not fit in a TickTick task._';

/**
 * A description made of the filled template (`head`), then the page's text as
 * Markdown, within TickTick's content limit: a text too long for it is cut at
 * the last paragraph that fits (or mid-paragraph when that would lose much),
 * and ends with PAGE_TEXT_CUT_MARK.
 */
export function withPageText(head: string, markdown: string, max = MAX_CONTENT_LENGTH): { text: string; cut: boolean } {
  const body = cleanText(markdown, Number.MAX_SAFE_INTEGER).text;
  const whole = head && body ? `${head}\n\n${body}` : head || body;
  if (whole.length <= max) return { text: whole, cut: false };
  const room = max - PAGE_TEXT_CUT_MARK.length - 2;
  let kept = limitLength(whole, room).text;
  const paragraph = kept.lastIndexOf('\n\n');
  if (paragraph > room * 0.9) kept = kept.slice(0, paragraph);
  return { text: `${kept.trimEnd()}\n\n${PAGE_TEXT_CUT_MARK}`, cut: true };
}
