/**
 * The line as the recognizers read it: the typed text, and a copy of it in
 * which what is already taken (a chip's words, a URL, quoted text, words the
 * user kept as text) is blanked out with a filler, so that each recognizer
 * reads only what the ones before it left. Indexes are the same in both.
 */

/** Not a letter, a digit or a space: masked text reads as an opaque symbol, never as a word nor as a gap between words. */
export const FILLER = '\uE000';

export interface Span {
  index: number;
  text: string;
}

/** Where a token may start: at the start of the line, after whitespace or after an opening bracket. */
export const WORD_START = String.raw`(?<![^\s([])`;
/** Where a token may end: at the end of the line, before whitespace or before closing punctuation. */
export const WORD_END = String.raw`(?=$|[\s.,;:!?)\]])`;

export class Scan {
  readonly text: string;
  masked: string;

  constructor(text: string) {
    this.text = text;
    this.masked = text;
  }

  /** Blanks a span out for the recognizers that come later. */
  mask(index: number, length: number): void {
    const start = Math.max(0, Math.min(index, this.masked.length));
    const end = Math.max(start, Math.min(index + length, this.masked.length));
    this.masked = this.masked.slice(0, start) + FILLER.repeat(end - start) + this.masked.slice(end);
  }

  /** The span as typed, for a match found in the masked text. */
  span(index: number, length: number): Span {
    return { index, text: this.text.slice(index, index + length) };
  }

  isFree(index: number, length: number): boolean {
    return !this.masked.slice(index, index + length).includes(FILLER);
  }
}
