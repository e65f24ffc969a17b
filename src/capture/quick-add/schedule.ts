import { strongPieces, type DatePiece } from './date-pieces';
import { readDatePieces } from './dates';
import { formatDay, formatDue, formatTime } from './labels';
import { readRepeatEnd, readRepeatStart, type RepeatEnd, type RepeatStart } from './repeat-bounds';
import { describeRepeat, firstOccurrence, toRRule, type RepeatRule } from './repeat-rule';
import { readRepeatBody, type RepeatBody } from './repeats';
import type { Scan } from './scan';
import { withLeadIn } from './title';
import type { Chip, Due } from './types';
import {
  addDays,
  addMonths,
  compareDays,
  instantAt,
  startOfDayIn,
  wallClockAt,
  type CivilDate,
  type TimeOfDay,
  type WallClock,
} from './zoned';

/**
 * When the task is due, and how it repeats: the first date named is the due
 * date and later ones stay text, as in TickTick; a repeat's first due date is
 * its first occurrence on or after its start, never a day in the past.
 */

export interface Schedule {
  chips: Chip[];
  due?: Due;
  /** The due day and time on the user's calendar, for reminders at a time of day. */
  dueDay?: CivilDate;
  repeat?: string;
}

interface Moment {
  day: CivilDate;
  time?: TimeOfDay;
}

const todayOf = (wall: WallClock): CivilDate => ({ year: wall.year, month: wall.month, day: wall.day });
const isLater = (time: TimeOfDay, wall: WallClock) => time.hour * 60 + time.minute > wall.hour * 60 + wall.minute;

function dueOf(moment: Moment, timeZone: string): Due {
  if (!moment.time) return { date: startOfDayIn(moment.day, timeZone), allDay: true };
  return { date: instantAt({ ...moment.day, ...moment.time, second: 0 }, timeZone), allDay: false };
}

/** A piece as a day and time: a time alone is today if it is still ahead, else tomorrow. */
function momentOf(piece: DatePiece, wall: WallClock, timeZone: string): Moment {
  if (piece.instant) {
    const at = wallClockAt(piece.instant, timeZone);
    return { day: todayOf(at), time: { hour: at.hour, minute: at.minute } };
  }
  if (piece.day) return { day: piece.day, time: piece.time };
  const today = todayOf(wall);
  return { day: piece.time && isLater(piece.time, wall) ? today : addDays(today, 1), time: piece.time };
}

function singleSchedule(scan: Scan, pieces: DatePiece[], wall: WallClock, timeZone: string): Schedule {
  const [first] = strongPieces(pieces);
  if (!first) return { chips: [] };
  const moment = momentOf(first, wall, timeZone);
  const due = first.instant ? { date: first.instant, allDay: false } : dueOf(moment, timeZone);
  const label = formatDue(moment.day, moment.time, todayOf(wall));
  const chip = withLeadIn(scan, { kind: 'date', text: first.text, label, index: first.index });
  return { chips: [chip], due, dueDay: moment.day };
}

function endChip(end: RepeatEnd, first: CivilDate, today: CivilDate): { chip: Chip; bounds: Partial<RepeatRule> } {
  const chip = (label: string): Chip => ({ kind: 'end', text: end.span.text, label, index: end.span.index });
  if ('count' in end) return { chip: chip(`${end.count} times`), bounds: { count: end.count } };
  if ('until' in end) return { chip: chip(`Until ${formatDay(end.until, today)}`), bounds: { until: end.until } };
  const { amount, unit } = end.lasting;
  const after =
    unit === 'day' || unit === 'week'
      ? addDays(first, amount * (unit === 'week' ? 7 : 1))
      : addMonths(first, amount * (unit === 'year' ? 12 : 1));
  const until = addDays(after, -1);
  return { chip: chip(`Until ${formatDay(until, today)}`), bounds: { until } };
}

/** A part of the day right after the repeat is its time: "every monday morning". */
function piecesFor(body: RepeatBody, pieces: DatePiece[], scan: Scan): DatePiece[] {
  const bodyEnd = body.span.index + body.span.text.length;
  return pieces.filter(
    (p) => !p.weak || p.forced || (p.time && !p.day && /^\s*$/.test(scan.masked.slice(bodyEnd, p.index))),
  );
}

/** The first day the rule falls on from `from`; today's only while its time is still ahead. */
function firstDay(rule: RepeatRule, from: CivilDate, time: TimeOfDay | undefined, wall: WallClock): CivilDate {
  const today = todayOf(wall);
  const first = firstOccurrence(rule, from);
  const gone = time && compareDays(first, today) === 0 && !isLater(time, wall);
  return gone ? firstOccurrence(rule, addDays(today, 1)) : first;
}

interface RepeatParts {
  body: RepeatBody;
  start?: RepeatStart;
  /** The date or time named with the repeat, without a start word: "every friday 4pm", "every day tomorrow". */
  named?: DatePiece;
  first: CivilDate;
  time?: TimeOfDay;
}

function repeatChips({ body, start, named, first, time }: RepeatParts, scan: Scan, today: CivilDate): Chip[] {
  const timeLabel = body.rule.time ? `, ${formatTime(body.rule.time)}` : '';
  const label = `${describeRepeat(body.rule)}${timeLabel}`;
  const chips: Chip[] = [{ kind: 'repeat', text: body.span.text, label, index: body.span.index }];
  if (start) {
    const starts = `Starts ${formatDay(first, today)}`;
    chips.push({ kind: 'start', text: start.span.text, label: starts, index: start.span.index });
  }
  if (named) {
    const due = named.day || named.instant ? formatDue(first, time, today) : formatTime(named.time!);
    chips.push(withLeadIn(scan, { kind: 'date', text: named.text, label: due, index: named.index }));
  }
  return chips;
}

function repeatingSchedule(
  scan: Scan,
  body: RepeatBody,
  pieces: DatePiece[],
  wall: WallClock,
  timeZone: string,
): Schedule {
  const today = todayOf(wall);
  const ending = readRepeatEnd(scan, pieces);
  // What the end took ("for 3 weeks" reads as a date too) is its own.
  const free = (p: DatePiece) => scan.isFree(p.index, p.text.length);
  const start = readRepeatStart(scan, strongPieces(pieces.filter(free)));
  const [named] = piecesFor(body, pieces.filter(free), scan);
  const startMoment = start && momentOf(start.piece, wall, timeZone);
  const namedMoment = named && momentOf(named, wall, timeZone);
  const time = body.rule.time ?? startMoment?.time ?? namedMoment?.time;
  const startDay = startMoment?.day ?? (named?.day || named?.instant ? namedMoment!.day : undefined);
  const first = firstDay(body.rule, startDay && compareDays(startDay, today) > 0 ? startDay : today, time, wall);
  const end = ending && endChip(ending.end, first, today);
  const chips = repeatChips({ body, start, named, first, time }, scan, today);
  return {
    chips: end ? [end.chip, ...chips] : chips,
    due: dueOf({ day: first, time }, timeZone),
    dueDay: first,
    repeat: toRRule({ ...body.rule, ...end?.bounds }),
  };
}

export function readSchedule(scan: Scan, now: Date, wall: WallClock, timeZone: string): Schedule {
  const body = readRepeatBody(scan);
  if (body) scan.mask(body.span.index, body.span.text.length);
  const pieces = readDatePieces(scan, now, wall);
  return body ? repeatingSchedule(scan, body, pieces, wall, timeZone) : singleSchedule(scan, pieces, wall, timeZone);
}
