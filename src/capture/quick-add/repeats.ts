import { partOfDay } from './dates';
import type { RepeatRule } from './repeat-rule';
import { WORD_END, WORD_START, type Scan, type Span } from './scan';
import {
  COUNT_PATTERN,
  MONTH_PATTERN,
  ORDINAL_PATTERN,
  WEEKDAY_PATTERN,
  countNamed,
  monthNamed,
  ordinalNamed,
  weekdayNamed,
} from './words';

/**
 * The repeat grammar: what follows "every" (or "ev", "each"), after
 * Todoist's "Recurring dates" page and TickTick's repeat rules, or one of the
 * adverbs (daily, weekly, monthly, yearly). Its start ("starting 1 nov") and
 * end ("until march", "10 times") are read by repeat-bounds.ts, its time of
 * day by the dates.
 */

const SEP = String.raw`(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*\/\s*)`;
const DAY = String.raw`(?:${WEEKDAY_PATTERN})s?`;
const DAY_LIST = String.raw`${DAY}(?:${SEP}${DAY})*`;
const MONTH_DAY = String.raw`(?:3[01]|[12]\d|0?[1-9])`;
const NTH_DAY = String.raw`${MONTH_DAY}(?:st|nd|rd|th)`;
const NTH_DAY_LIST = String.raw`${NTH_DAY}(?:${SEP}${NTH_DAY})*`;
const OF_MONTH = String.raw`(?:\s+of\s+(?:the|every|each)\s+month)?`;
const UNIT = String.raw`(day|week|month|year)s?`;
// What may follow "every 2 weeks on", "every month on the", …
const ON = String.raw`(?:\s+on\s+(?:the\s+)?(?:(${ORDINAL_PATTERN})\s+(${DAY})|(last\s+day)|(${NTH_DAY_LIST})|(${DAY_LIST})))?`;

const FREQ = { day: 'DAILY', week: 'WEEKLY', month: 'MONTHLY', year: 'YEARLY' } as const;

const weekdaysIn = (text: string) =>
  [...new Set([...text.matchAll(new RegExp(DAY, 'giu'))].map(([word]) => weekdayNamed(word)!))].sort((a, b) => a - b);
const monthDaysIn = (text: string) =>
  [...new Set([...text.matchAll(/\d+/g)].map(([n]) => Number(n)))].sort((a, b) => a - b);

/** "on the 3rd friday", "on the last day", "on the 1st and 15th", "on mon, wed" after a unit. */
function onDetail(match: RegExpExecArray, at: number): Partial<RepeatRule> {
  const [ordinal, weekday, lastDay, monthDays, weekdays] = match.slice(at, at + 5);
  if (ordinal && weekday) return { nthWeekday: { weekday: weekdayNamed(weekday)!, n: ordinalNamed(ordinal) } };
  if (lastDay) return { monthDays: [-1] };
  if (monthDays) return { monthDays: monthDaysIn(monthDays) };
  if (weekdays) return { weekdays: weekdaysIn(weekdays) };
  return {};
}

interface BodyRule {
  pattern: RegExp;
  read(match: RegExpExecArray): RepeatRule;
}

const body = (source: string, read: BodyRule['read']): BodyRule => ({
  pattern: new RegExp(`(?:${source})${WORD_END}`, 'iuy'),
  read,
});

const BODY_RULES: BodyRule[] = [
  // Before the units, or "every week day" would be read as "every week".
  body(String.raw`week\s*days?|work\s*days?|business\s+days?`, () => ({
    freq: 'WEEKLY',
    interval: 1,
    weekdays: [0, 1, 2, 3, 4],
  })),
  body(String.raw`weekends?`, () => ({ freq: 'WEEKLY', interval: 1, weekdays: [5, 6] })),
  body(String.raw`other\s+${UNIT}${ON}`, (m) => ({
    freq: FREQ[m[1]!.toLowerCase() as 'day'],
    interval: 2,
    ...onDetail(m, 2),
  })),
  body(String.raw`other\s+(${DAY_LIST})`, (m) => ({ freq: 'WEEKLY', interval: 2, weekdays: weekdaysIn(m[1]!) })),
  body(String.raw`(${COUNT_PATTERN})\s+${UNIT}${ON}`, (m) => ({
    freq: FREQ[m[2]!.toLowerCase() as 'day'],
    interval: Math.max(1, countNamed(m[1]!)),
    ...onDetail(m, 3),
  })),
  body(String.raw`${UNIT}${ON}`, (m) => ({ freq: FREQ[m[1]!.toLowerCase() as 'day'], interval: 1, ...onDetail(m, 2) })),
  body(String.raw`(first|last)\s+(?:work\s*day|weekday|business\s+day)${OF_MONTH}`, (m) => ({
    freq: 'MONTHLY',
    interval: 1,
    workday: m[1]!.toLowerCase() === 'first' ? 1 : -1,
  })),
  body(String.raw`last\s+day${OF_MONTH}`, () => ({ freq: 'MONTHLY', interval: 1, monthDays: [-1] })),
  body(String.raw`(${ORDINAL_PATTERN})\s+(${DAY})${OF_MONTH}`, (m) => ({
    freq: 'MONTHLY',
    interval: 1,
    nthWeekday: { weekday: weekdayNamed(m[2]!)!, n: ordinalNamed(m[1]!) },
  })),
  body(String.raw`(${MONTH_PATTERN})\s+(${MONTH_DAY})(?:st|nd|rd|th)?`, (m) => ({
    freq: 'YEARLY',
    interval: 1,
    month: monthNamed(m[1]!),
    monthDays: [Number.parseInt(m[2]!, 10)],
  })),
  body(String.raw`(?:the\s+)?(${MONTH_DAY})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH_PATTERN})`, (m) => ({
    freq: 'YEARLY',
    interval: 1,
    month: monthNamed(m[2]!),
    monthDays: [Number.parseInt(m[1]!, 10)],
  })),
  // "every 27th", "every 1st and 15th", and Todoist's bare "every 27" when nothing follows it.
  body(String.raw`(?:the\s+)?(${NTH_DAY_LIST}|${MONTH_DAY}(?=\s*$|[.,;!?]))${OF_MONTH}`, (m) => ({
    freq: 'MONTHLY',
    interval: 1,
    monthDays: monthDaysIn(m[1]!),
  })),
  body(String.raw`(morning|afternoon|evening|night)s?`, (m) => ({
    freq: 'DAILY',
    interval: 1,
    time: partOfDay(m[1]!),
  })),
  body(DAY_LIST, (m) => ({ freq: 'WEEKLY', interval: 1, weekdays: weekdaysIn(m[0]) })),
];

const EVERY = new RegExp(String.raw`${WORD_START}(?:repeats?\s+|repeating\s+)?(?:every|each|ev)\s+`, 'giu');
const ADVERB = new RegExp(
  String.raw`${WORD_START}(?:repeats?\s+|repeating\s+)?(daily|weekly|monthly|yearly|annually|fortnightly)${WORD_END}`,
  'giu',
);
const ADVERB_RULES: Record<string, RepeatRule> = {
  daily: { freq: 'DAILY', interval: 1 },
  weekly: { freq: 'WEEKLY', interval: 1 },
  fortnightly: { freq: 'WEEKLY', interval: 2 },
  monthly: { freq: 'MONTHLY', interval: 1 },
  yearly: { freq: 'YEARLY', interval: 1 },
  annually: { freq: 'YEARLY', interval: 1 },
};

export interface RepeatBody {
  span: Span;
  rule: RepeatRule;
}

function readEvery(scan: Scan): RepeatBody | undefined {
  for (const every of scan.masked.matchAll(EVERY)) {
    const from = every.index + every[0].length;
    for (const { pattern, read } of BODY_RULES) {
      pattern.lastIndex = from;
      const match = pattern.exec(scan.masked);
      if (match) return { span: scan.span(every.index, from - every.index + match[0].length), rule: read(match) };
    }
  }
  return undefined;
}

/**
 * The first repeat of the line: an "every …" before an adverb, so that
 * "Weekly review every friday" repeats on Fridays and keeps its title.
 */
export function readRepeatBody(scan: Scan): RepeatBody | undefined {
  const found = readEvery(scan);
  if (found) return found;
  const adverb = ADVERB.exec(scan.masked);
  ADVERB.lastIndex = 0;
  if (!adverb) return undefined;
  return { span: scan.span(adverb.index, adverb[0].length), rule: { ...ADVERB_RULES[adverb[1]!.toLowerCase()]! } };
}
