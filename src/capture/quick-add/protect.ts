import type { Scan } from './scan';
import type { TextSpan } from './types';

/**
 * What no recognizer may read: spans the user turned back into text, web and
 * e-mail addresses (`example.com/#top` holds no tag, `a@b.co` no list), and
 * text in double quotes (`Read "Last Day"` is a title, not a date).
 */

const ADDRESS = /(?:https?:\/\/|www\.)\S+|[^\s@"]+@[^\s@"]+\.[^\s@"]+/giu;
const QUOTED = /"[^"]*"|“[^”]*”/gu;

export function protectKeptText(scan: Scan, spans: readonly TextSpan[] | undefined): void {
  for (const span of spans ?? []) {
    if (Number.isInteger(span.index) && Number.isInteger(span.length) && span.length > 0 && span.index >= 0) {
      scan.mask(span.index, span.length);
    }
  }
}

export function protectAddresses(scan: Scan): void {
  for (const match of scan.masked.matchAll(ADDRESS)) scan.mask(match.index, match[0].length);
}

/** After the list names, which may be quoted themselves (`~"Home stuff"`). */
export function protectQuotes(scan: Scan): void {
  for (const match of scan.masked.matchAll(QUOTED)) scan.mask(match.index, match[0].length);
}
