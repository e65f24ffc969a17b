/**
 * Calendar days and wall-clock times in an IANA time zone, independent of the
 * zone the code runs in: days are counted with Date.UTC, and a zone's wall
 * clock is read with Intl. Quick add works on the days and times the user
 * means ("tomorrow 9am" in their zone) and turns them into instants last.
 */

export interface CivilDate {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
}

export interface TimeOfDay {
  hour: number;
  minute: number;
}

export interface WallClock extends CivilDate, TimeOfDay {
  second: number;
}

const DAY_MS = 86_400_000;

export function dayNumber(date: CivilDate): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / DAY_MS);
}

function fromDayNumber(days: number): CivilDate {
  const at = new Date(days * DAY_MS);
  return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() };
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return fromDayNumber(dayNumber(date) + days);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The same day `months` later, or that month's last day when it is shorter (31 Jan + 1 month = 28 Feb). */
export function addMonths(date: CivilDate, months: number): CivilDate {
  const index = date.year * 12 + date.month - 1 + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** 0 = Monday … 6 = Sunday, as RRULE weekdays are numbered by rrule. */
export function weekdayOf(date: CivilDate): number {
  return (dayNumber(date) + 3) % 7;
}

export function compareDays(a: CivilDate, b: CivilDate): number {
  return dayNumber(a) - dayNumber(b);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone itself when Intl knows it, else UTC: an unknown zone must not make quick add throw. */
export function knownTimeZone(timeZone: string | undefined): string {
  if (!timeZone) return 'UTC';
  try {
    formatterFor(timeZone);
    return timeZone;
  } catch {
    return 'UTC';
  }
}

export function wallClockAt(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24,
    minute: parts.minute!,
    second: parts.second!,
  };
}

const asUtc = (wall: WallClock) => Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);

/** How far the zone's clock is ahead of UTC at an instant, in ms. */
function offsetAt(epochMs: number, timeZone: string): number {
  return asUtc(wallClockAt(new Date(epochMs), timeZone)) - Math.floor(epochMs / 1000) * 1000;
}

/**
 * The instant a wall-clock time happens in a zone. A time the clocks skip
 * (02:30 on a spring-forward night) is read as the same length of time after
 * the jump (03:30); a time that happens twice (the autumn hour) is the first.
 */
export function instantAt(wall: WallClock, timeZone: string): Date {
  const local = asUtc(wall);
  const before = offsetAt(local - DAY_MS, timeZone);
  const after = offsetAt(local + DAY_MS, timeZone);
  const candidates = [local - before, local - after].filter((t) => asUtc(wallClockAt(new Date(t), timeZone)) === local);
  return new Date(candidates.length ? Math.min(...candidates) : local - before);
}

export function startOfDayIn(date: CivilDate, timeZone: string): Date {
  return instantAt({ ...date, hour: 0, minute: 0, second: 0 }, timeZone);
}
