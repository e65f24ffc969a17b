import type { DatePiece } from './date-pieces';
import { WORD_END, WORD_START, type Scan, type Span } from './scan';
import { COUNT_PATTERN, countNamed } from './words';
import type { CivilDate } from './zoned';

/**
 * Where a repeat starts and ends, after Todoist's "Recurring dates" page:
 * "starting 1 nov", "from dec 3", "until march", "for 10 times", "5 times",
 * "for 3 weeks". They mean something only with a repeat; the caller asks.
 */

export interface RepeatStart {
  span: Span;
  piece: DatePiece;
}

export type RepeatEnd =
  | { span: Span; until: CivilDate }
  | { span: Span; count: number }
  | { span: Span; lasting: { amount: number; unit: 'day' | 'week' | 'month' | 'year' } };

const START_WORD = new RegExp(
  String.raw`${WORD_START}(?:starting|starts|start|beginning|begins|from)(?:\s+(?:on|at|from))?\s+$`,
  'iu',
);
const UNTIL_WORD = new RegExp(
  String.raw`${WORD_START}(?:until|till|til|through|thru|ending|ends|end)(?:\s+on)?\s+$`,
  'iu',
);
const TIMES = new RegExp(String.raw`${WORD_START}(?:for\s+)?(${COUNT_PATTERN})\s+times${WORD_END}`, 'giu');
const LASTING = new RegExp(
  String.raw`${WORD_START}for\s+(${COUNT_PATTERN}|an?)\s+(day|week|month|year)s?${WORD_END}`,
  'giu',
);

/** The first piece right after one of the words, with the words. */
function pieceAfter(scan: Scan, pieces: DatePiece[], words: RegExp, strongOnly: boolean): RepeatStart | undefined {
  for (const piece of pieces) {
    if (strongOnly && piece.weak && !piece.forced) continue;
    const before = words.exec(scan.masked.slice(0, piece.index));
    if (!before) continue;
    return { span: scan.span(before.index, piece.index + piece.text.length - before.index), piece };
  }
  return undefined;
}

export function readRepeatStart(scan: Scan, pieces: DatePiece[]): RepeatStart | undefined {
  const start = pieceAfter(scan, pieces, START_WORD, true);
  if (start) scan.mask(start.span.index, start.span.text.length);
  return start;
}

export function readRepeatEnd(scan: Scan, pieces: DatePiece[]): { end: RepeatEnd; used?: DatePiece } | undefined {
  // "until March": a month alone is a date here.
  const until = pieceAfter(scan, pieces, UNTIL_WORD, false);
  if (until?.piece.day) {
    scan.mask(until.span.index, until.span.text.length);
    return { end: { span: until.span, until: until.piece.day }, used: until.piece };
  }
  const times = TIMES.exec(scan.masked);
  TIMES.lastIndex = 0;
  if (times) {
    scan.mask(times.index, times[0].length);
    return { end: { span: scan.span(times.index, times[0].length), count: Math.max(1, countNamed(times[1]!)) } };
  }
  const lasting = LASTING.exec(scan.masked);
  LASTING.lastIndex = 0;
  if (lasting) {
    scan.mask(lasting.index, lasting[0].length);
    const amount = /^an?$/i.test(lasting[1]!) ? 1 : Math.max(1, countNamed(lasting[1]!));
    const unit = lasting[2]!.toLowerCase() as 'day';
    return { end: { span: scan.span(lasting.index, lasting[0].length), lasting: { amount, unit } } };
  }
  return undefined;
}
