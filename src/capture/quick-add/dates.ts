import { mayContainDate } from '../date-words';
import { dateReader } from './chrono';
import { joinPieces, type DatePiece } from './date-pieces';
import { FILLER, WORD_END, WORD_START, type Scan } from './scan';
import { MONTH_PATTERN, WEEKDAY_PATTERN, monthNamed, weekdayNamed } from './words';
import {
  addDays,
  addMonths,
  compareDays,
  daysInMonth,
  weekdayOf,
  type CivilDate,
  type TimeOfDay,
  type WallClock,
} from './zoned';

/**
 * Finds the days and times named in the line. The words TickTick and Todoist
 * give a meaning of their own (today, tom, next week, this weekend, end of
 * month, mid March, the 27th, morning, eod, weekdays) are read here; chrono
 * reads the rest (9am, 17:00, jan 27th, 27/1, 2026-12-01, in 3 days) from what
 * these leave. Everything is computed on the user's calendar, from their wall
 * clock, and never depends on the zone the code runs in.
 */

interface Context {
  today: CivilDate;
  now: WallClock;
}

type Reading = Omit<DatePiece, 'index' | 'text'>;

interface WordRule {
  pattern: RegExp;
  read(match: RegExpExecArray, context: Context): Reading | undefined;
}

const rule = (source: string, read: WordRule['read']): WordRule => ({
  pattern: new RegExp(`${WORD_START}(?:${source})${WORD_END}`, 'giu'),
  read,
});

// Todoist's hours for the parts of the day (its "every morning" is 9am, "every evening" 7pm, and so on).
const PARTS_OF_DAY: Record<string, number> = { morning: 9, afternoon: 12, evening: 19, night: 22, tonight: 22 };
export const partOfDay = (word: string): TimeOfDay => ({ hour: PARTS_OF_DAY[word.toLowerCase()] ?? 9, minute: 0 });

/** A date typed without its year is the next one: "jan 27" in November is next January's. */
function ahead(date: CivilDate, today: CivilDate): CivilDate {
  let year = date.year;
  // Eight years always reach a 29 February.
  for (
    let tries = 0;
    tries < 8 && (compareDays({ ...date, year }, today) < 0 || date.day > daysInMonth(year, date.month));
    tries++
  )
    year++;
  return { ...date, year };
}

/** The Saturday that starts this weekend, or today on a weekend day. */
function thisWeekend(today: CivilDate): CivilDate {
  const weekday = weekdayOf(today);
  return weekday >= 5 ? today : addDays(today, 5 - weekday);
}

function nextWeekday(today: CivilDate, weekday: number, qualifier: string | undefined): CivilDate {
  const current = weekdayOf(today);
  // "next friday" is the Friday of next week; "friday" and "this friday" the coming one, today included.
  if (qualifier?.toLowerCase() === 'next') return addDays(today, 7 - current + weekday);
  return addDays(today, (weekday - current + 7) % 7);
}

/** The next day of the month numbered `day` that exists, today included (the 31st skips short months). */
function nextMonthDay(today: CivilDate, day: number): CivilDate {
  for (let ahead = 0; ahead < 12; ahead++) {
    const month = addMonths({ ...today, day: 1 }, ahead);
    if (day <= daysInMonth(month.year, month.month) && (ahead > 0 || day >= today.day)) return { ...month, day };
  }
  return today;
}

const ORDINAL_LEAD = /(?:^|\s)(?:on|by|due|before|until)\s+$/i;
const ORDINAL_TAIL = /^\s*(?:$|[.,;!?)]|(?:at|@)\s)/i;

const WORD_RULES: WordRule[] = [
  rule(String.raw`(?:the\s+)?day\s+after\s+tomorrow|overmorrow`, (_, { today }) => ({ day: addDays(today, 2) })),
  // "tom" and "tod" only in lower case: "Call Tom" is about Tom.
  rule(String.raw`tomorrow|tmrw|tmr|tom`, ([word], { today }) =>
    word === 'Tom' || word === 'TOM' ? undefined : { day: addDays(today, 1) },
  ),
  rule(String.raw`today|tod`, ([word], { today }) =>
    /^tod$/i.test(word) && word !== 'tod' ? undefined : { day: today },
  ),
  rule(String.raw`tonight`, (_, { today }) => ({ day: today, time: partOfDay('tonight') })),
  rule(String.raw`(this|next)\s+weekend`, ([, which], { today }) => {
    const saturday = thisWeekend(today);
    return { day: which!.toLowerCase() === 'next' ? addDays(saturday, weekdayOf(saturday) === 5 ? 7 : 6) : saturday };
  }),
  rule(String.raw`next\s+(week|month|year)`, ([, unit], { today }) => {
    const which = unit!.toLowerCase();
    if (which === 'week') return { day: addDays(today, 7 - weekdayOf(today)) };
    if (which === 'month') return { day: addMonths({ ...today, day: 1 }, 1) };
    return { day: { year: today.year + 1, month: 1, day: 1 } };
  }),
  rule(String.raw`end\s+of\s+(?:the\s+)?(week|month|year)`, ([, unit], { today }) => {
    const which = unit!.toLowerCase();
    if (which === 'week') return { day: addDays(today, 6 - weekdayOf(today)) };
    if (which === 'month') return { day: { ...today, day: daysInMonth(today.year, today.month) } };
    return { day: { year: today.year, month: 12, day: 31 } };
  }),
  rule(String.raw`mid[-\s]?(${MONTH_PATTERN})`, ([, name], { today }) => {
    const month = monthNamed(name!)!;
    const past = month < today.month || (month === today.month && today.day > 15);
    return { day: { year: today.year + (past ? 1 : 0), month, day: 15 } };
  }),
  // "the 27th" alone is the next 27th; "27th jan" is chrono's.
  rule(
    String.raw`(?<!(?:${MONTH_PATTERN})\s+)(?:the\s+)?((?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th))(?!\s+(?:of\s+)?(?:${MONTH_PATTERN})\b)`,
    (match, { today }) => ({
      day: nextMonthDay(today, Number.parseInt(match[1]!, 10)),
      // "the 3rd floor": an ordinal is a day where it ends the phrase or follows "on", "by", "due".
      weak:
        !ORDINAL_LEAD.test(match.input.slice(0, match.index)) &&
        !ORDINAL_TAIL.test(match.input.slice(match.index + match[0].length)),
    }),
  ),
  rule(String.raw`(?:(this|next|on)\s+)?(${WEEKDAY_PATTERN})`, ([, qualifier, name], { today }) => ({
    day: nextWeekday(today, weekdayNamed(name!)!, qualifier),
    weekdayOnly: true,
    // A bare "sun", "sat" or "wed" is more often a word than a day.
    weak: !qualifier && name!.length <= 4 && !/^(?:tues|weds|thur)$/i.test(name!),
  })),
  // A month alone ("until March", "*may"); next to a day number it is chrono's ("3 march", "march 3").
  rule(
    String.raw`(?<!\d(?:st|nd|rd|th)?\s+(?:of\s+)?)(${MONTH_PATTERN})(?:\s+(\d{4}))?(?!\s+(?:the\s+)?\d)`,
    (match, { today }) => {
      const month = monthNamed(match[1]!)!;
      const year = match[2] ? Number(match[2]) : today.year + (month < today.month ? 1 : 0);
      return { day: { year, month, day: 1 }, weak: true };
    },
  ),
  rule(String.raw`noon|midday`, () => ({ time: { hour: 12, minute: 0 } })),
  rule(String.raw`midnight`, () => ({ time: { hour: 0, minute: 0 } })),
  rule(String.raw`eod|end\s+of\s+(?:the\s+)?day`, () => ({ time: { hour: 17, minute: 0 } })),
  rule(String.raw`(in\s+the\s+|this\s+)?(morning|afternoon|evening|night)`, ([, qualifier, part]) => ({
    time: partOfDay(part!),
    // "Evening walk", "Game night": a part of the day alone is a word unless a day or "in the" goes with it.
    weak: !qualifier,
  })),
];

function readWords(text: string, context: Context, found: DatePiece[]): string {
  let rest = text;
  for (const { pattern, read } of WORD_RULES) {
    for (const match of rest.matchAll(pattern)) {
      const reading = read(match, context);
      if (!reading) continue;
      found.push({ index: match.index, text: match[0], ...reading });
      rest = rest.slice(0, match.index) + FILLER.repeat(match[0].length) + rest.slice(match.index + match[0].length);
    }
  }
  return rest;
}

/** chrono's reference: a Date whose fields, read in the zone the code runs in, are the user's wall clock. */
function chronoReference(now: WallClock): Date {
  return new Date(now.year, now.month - 1, now.day, now.hour, now.minute, now.second);
}

// "1/2 cup": a slash date needs a two-digit part or a year to be one.
const SHORT_SLASH_DATE = /^\d\/\d$/;

function readChrono(text: string, now: Date, context: Context, found: DatePiece[]): void {
  // Only when a date may be there: chrono's first run in a freshly started worker costs 10–20 ms.
  if (!mayContainDate(text)) return;
  const reference = chronoReference(context.now);
  let results;
  try {
    results = dateReader.parse(text, reference);
  } catch {
    return;
  }
  for (const result of results) {
    const { start } = result;
    // chrono's text may carry the spaces around the date.
    const lead = result.text.length - result.text.trimStart().length;
    const piece: DatePiece = { index: result.index + lead, text: result.text.trim() };
    // chrono finds times inside words ("T0 A" as 00:00): a date is whole words, or it is none.
    if (insideWord(text, piece)) continue;
    const relative = start.tags().has('result/relativeDate');
    if (start.tags().has('result/relativeDateAndTime')) {
      piece.instant = new Date(now.getTime() + (start.date().getTime() - reference.getTime()));
      piece.weak = !/^(?:in|within)\b/i.test(result.text);
    } else {
      if (relative || start.isCertain('day') || start.isCertain('month')) {
        const day = { year: start.get('year')!, month: start.get('month')!, day: start.get('day')! };
        piece.day = relative || start.isCertain('year') ? day : ahead(day, context.today);
      }
      if (start.isCertain('hour')) piece.time = { hour: start.get('hour')!, minute: start.get('minute') ?? 0 };
      // A month alone ("Call May", "until March") is a date only where a phrase asks for one; and
      // "Plan 3 days in Rome", "Away for 2 weeks": a length of time is a date only after "in".
      piece.weak = relative
        ? !/^(?:in|within)\b/i.test(result.text)
        : (!start.isCertain('day') && !piece.time) || SHORT_SLASH_DATE.test(result.text);
    }
    found.push(piece);
  }
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function insideWord(text: string, piece: { index: number; text: string }): boolean {
  const before = text[piece.index - 1];
  const after = text[piece.index + piece.text.length];
  return (before !== undefined && WORD_CHAR.test(before)) || (after !== undefined && WORD_CHAR.test(after));
}

const RANGE_WORD = /(?<![^\s])(?:until|till|til|through|thru)(?=\s)/giu;

/** TickTick's `*` forces what follows to be read as a date: the star is read as a space, and joins the piece. */
function unstar(text: string): { text: string; stars: Set<number> } {
  const stars = new Set<number>();
  const plain = text.replace(/(?<![^\s])\*(?=\S)/g, (_, offset: number) => {
    stars.add(offset);
    return ' ';
  });
  return { text: plain, stars };
}

/** Every date piece in the unmasked part of the line, in order, neighbours joined. */
export function readDatePieces(scan: Scan, now: Date, wall: WallClock): DatePiece[] {
  const context: Context = { now: wall, today: { year: wall.year, month: wall.month, day: wall.day } };
  const { text, stars } = unstar(scan.masked);
  const found: DatePiece[] = [];
  // "9:30 until 2027-03-01" is a time and a repeat's end, not a range from 9:30 to 20:27.
  const rest = readWords(text, context, found).replace(RANGE_WORD, (word) => FILLER.repeat(word.length));
  readChrono(rest, now, context, found);
  found.sort((a, b) => a.index - b.index);
  return joinPieces(found, text).map((piece) => {
    const typed = { ...piece, text: scan.text.slice(piece.index, piece.index + piece.text.length) };
    if (!stars.has(piece.index - 1)) return typed;
    return { ...typed, index: piece.index - 1, text: `*${typed.text}`, forced: true };
  });
}
