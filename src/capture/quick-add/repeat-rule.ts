import { RRule } from '../../ticktick/rrule';
import { ordinalSuffix } from './words';
import { addDays, daysInMonth, weekdayOf, type CivilDate, type TimeOfDay } from './zoned';

/** A repeat as quick add understands it, before it is written as TickTick's RRULE. */
export interface RepeatRule {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
  interval: number;
  /** BYDAY of a weekly rule, 0 = Monday. */
  weekdays?: number[];
  /** BYDAY with an ordinal, of a monthly rule: the 3rd Friday is { weekday: 4, n: 3 }, the last one n = -1. */
  nthWeekday?: { weekday: number; n: number };
  /** BYMONTHDAY; -1 is the last day of the month. */
  monthDays?: number[];
  /** BYMONTH of a yearly rule. */
  month?: number;
  /** TickTick's TT_WORKDAY: the first (1) or last (-1) working day, Monday to Friday, of the month. */
  workday?: 1 | -1;
  count?: number;
  /** The last day it may fall on. */
  until?: CivilDate;
  /** A time the repeat itself names ("every morning"). */
  time?: TimeOfDay;
}

const RRULE_FREQ = { DAILY: RRule.DAILY, WEEKLY: RRule.WEEKLY, MONTHLY: RRule.MONTHLY, YEARLY: RRule.YEARLY };
const RRULE_DAYS = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The RRULE as TickTick stores it: rrule writes it, with ordinals unsigned
 * (`BYDAY=3FR`, `BYDAY=-1FR`), UNTIL as a date (`UNTIL=20270301`) and TickTick's
 * own `TT_WORKDAY` for the first or last working day.
 */
export function toRRule(rule: RepeatRule): string {
  const byweekday = rule.nthWeekday
    ? [RRULE_DAYS[rule.nthWeekday.weekday]!.nth(rule.nthWeekday.n)]
    : rule.weekdays?.map((d) => RRULE_DAYS[d]!);
  let text = new RRule({
    freq: RRULE_FREQ[rule.freq],
    interval: rule.interval,
    ...(byweekday ? { byweekday } : {}),
    ...(rule.month ? { bymonth: [rule.month] } : {}),
    ...(rule.monthDays ? { bymonthday: rule.monthDays } : {}),
    ...(rule.count ? { count: rule.count } : {}),
  })
    .toString()
    .replace(/([=,])\+(\d)/g, '$1$2');
  if (rule.workday) text += `;TT_WORKDAY=${rule.workday}`;
  if (rule.until) text += `;UNTIL=${pad(rule.until.year, 4)}${pad(rule.until.month)}${pad(rule.until.day)}`;
  return text;
}

function isWorkday(date: CivilDate): boolean {
  return weekdayOf(date) < 5;
}

function matchesWorkday(date: CivilDate, which: 1 | -1): boolean {
  if (!isWorkday(date)) return false;
  // The first working day has none before it in its month; the last none after it.
  for (
    let step = which === 1 ? -1 : 1, other = addDays(date, step);
    other.month === date.month;
    other = addDays(other, step)
  ) {
    if (isWorkday(other)) return false;
  }
  return true;
}

function matchesNthWeekday(date: CivilDate, { weekday, n }: { weekday: number; n: number }): boolean {
  if (weekdayOf(date) !== weekday) return false;
  if (n > 0) return Math.ceil(date.day / 7) === n;
  return (
    date.day + 7 * -n > daysInMonth(date.year, date.month) &&
    date.day + 7 * (-n - 1) <= daysInMonth(date.year, date.month)
  );
}

function matchesMonthDay(date: CivilDate, days: number[]): boolean {
  const length = daysInMonth(date.year, date.month);
  return days.some((d) => (d > 0 ? d : length + d + 1) === date.day);
}

/** Whether the rule falls on a day, whatever its interval: the first occurrence becomes the rule's start. */
function fallsOn(rule: RepeatRule, date: CivilDate): boolean {
  if (rule.month && date.month !== rule.month) return false;
  if (rule.weekdays && !rule.weekdays.includes(weekdayOf(date))) return false;
  if (rule.nthWeekday && !matchesNthWeekday(date, rule.nthWeekday)) return false;
  if (rule.monthDays && !matchesMonthDay(date, rule.monthDays)) return false;
  if (rule.workday && !matchesWorkday(date, rule.workday)) return false;
  return true;
}

// A 29 February comes at least once in eight years.
const SEARCH_DAYS = 366 * 8;

/** The first day on or after `from` the rule falls on (a plain "every week" falls on `from` itself). */
export function firstOccurrence(rule: RepeatRule, from: CivilDate): CivilDate {
  for (let ahead = 0; ahead < SEARCH_DAYS; ahead++) {
    const day = addDays(from, ahead);
    if (fallsOn(rule, day)) return day;
  }
  return from;
}

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const UNIT = { DAILY: 'day', WEEKLY: 'week', MONTHLY: 'month', YEARLY: 'year' };
const ADVERB = { DAILY: 'Daily', WEEKLY: 'Weekly', MONTHLY: 'Monthly', YEARLY: 'Yearly' };

function describeDays(rule: RepeatRule): string | undefined {
  const days = rule.weekdays?.join();
  if (days === '0,1,2,3,4') return 'weekday';
  if (days === '5,6') return 'weekend';
  if (rule.weekdays) return rule.weekdays.map((d) => DAY_NAMES[d]).join(', ');
  if (rule.workday) return `${rule.workday === 1 ? 'first' : 'last'} workday`;
  if (rule.nthWeekday) {
    const { n, weekday } = rule.nthWeekday;
    return `${n === -1 ? 'last' : ordinalSuffix(n)} ${DAY_NAMES[weekday]}`;
  }
  if (rule.month && rule.monthDays) return `${rule.monthDays[0]} ${MONTH_NAMES[rule.month - 1]}`;
  if (rule.monthDays) return rule.monthDays.map((d) => (d === -1 ? 'last day' : `${ordinalSuffix(d)}`)).join(', ');
  return undefined;
}

/** What the repeat chip says: "Every Mon, Thu", "Every 2 weeks on Tue", "Monthly on the last day". */
export function describeRepeat(rule: RepeatRule): string {
  const days = describeDays(rule);
  const every = rule.interval === 1 ? ADVERB[rule.freq] : `Every ${rule.interval} ${UNIT[rule.freq]}s`;
  if (!days) return every;
  if (rule.freq === 'WEEKLY' && rule.interval === 1) return `Every ${days}`;
  if (rule.freq === 'YEARLY' && rule.interval === 1) return `Every ${days}`;
  return `${every} on ${rule.freq === 'MONTHLY' ? 'the ' : ''}${days}`;
}
