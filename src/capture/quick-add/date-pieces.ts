import type { CivilDate, TimeOfDay } from './zoned';

/** One mention of a day, a time of day, or both, found in the line. */
export interface DatePiece {
  index: number;
  /** As typed, in the input. */
  text: string;
  day?: CivilDate;
  time?: TimeOfDay;
  /** An exact moment, for "in 2 hours". */
  instant?: Date;
  /** Only a weekday was named (its day is the next one), so a full date next to it says which. */
  weekdayOnly?: boolean;
  /** Too often a word of a title on its own ("sun", "May", "evening"): kept only next to another piece. */
  weak?: boolean;
  /** Typed with TickTick's `*` in front: a date whatever it looks like. */
  forced?: boolean;
}

const end = (piece: DatePiece) => piece.index + piece.text.length;

// What may stand between a day and its time: "tomorrow 3pm", "fri at 4pm", "27 nov, friday", "today @ 9".
const JOINER = /^\s*(?:,|at|@|on|the)?\s*$/i;

function combine(a: DatePiece, b: DatePiece, text: string): DatePiece | undefined {
  const gap = text.slice(end(a), b.index);
  if (!JOINER.test(gap) || a.instant || b.instant) return undefined;
  const merged = { index: a.index, text: text.slice(a.index, end(b)), forced: a.forced || b.forced };
  if (a.day && !a.time && b.time && !b.day) return { ...merged, day: a.day, time: b.time };
  if (a.time && !a.day && b.day && !b.time) return { ...merged, day: b.day, time: a.time };
  // "friday 27 nov": the date says which Friday.
  if (a.day && b.day && (a.weekdayOnly ? !b.weekdayOnly && !b.weak : b.weekdayOnly && !a.weak)) {
    const dated = a.weekdayOnly ? b : a;
    return { ...merged, day: dated.day, time: a.time ?? b.time };
  }
  return undefined;
}

/**
 * Joins neighbours that name one moment together ("tomorrow" + "3pm"), then
 * drops the weak pieces that found no neighbour. Pieces come sorted by index.
 */
export function joinPieces(pieces: DatePiece[], text: string): DatePiece[] {
  const joined: DatePiece[] = [];
  for (const piece of pieces) {
    const last = joined.at(-1);
    const merged = last && combine(last, piece, text);
    if (merged) joined[joined.length - 1] = merged;
    else joined.push(piece);
  }
  return joined;
}

export function strongPieces(pieces: DatePiece[]): DatePiece[] {
  return pieces.filter((p) => !p.weak || p.forced);
}
