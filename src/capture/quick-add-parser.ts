import { en as chronoEn, type ParsedResult } from 'chrono-node';
import { RRule, Weekday } from 'rrule';
import type { Priority } from '../ticktick/types';
import { mayContainDate } from './date-words';

/**
 * Reads the quick-add line as you type: dates and times, repeats, #tags,
 * priority, ~Project and reminders become chips; everything else stays in the
 * title. Parsing never throws and never drops a word: each word ends up in the
 * title or in exactly one chip's text.
 */

export type ChipKind = 'date' | 'repeat' | 'tag' | 'priority' | 'project' | 'reminder';

export interface Chip {
  kind: ChipKind;
  /** The words of the input this chip stands for, exactly as typed. */
  text: string;
  /** What the chip shows, e.g. "Tue 24 Nov, 15:00". */
  label: string;
  /** Where `text` starts in the input. */
  index: number;
}

export interface QuickAddResult {
  title: string;
  chips: Chip[];
  due?: { date: Date; allDay: boolean };
  /** An RRULE as TickTick takes it, e.g. `RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO`. */
  repeat?: string;
  tags: string[];
  priority?: Priority;
  /** The name after `~` or `^`; the caller matches it against the project list. */
  project?: string;
  /** Reminder offsets in seconds relative to the due time (negative: before). */
  reminders: number[];
}

interface Span {
  index: number;
  text: string;
}

const PRIORITIES: Record<string, Priority> = {
  '1': 5,
  high: 5,
  '2': 3,
  medium: 3,
  med: 3,
  '3': 1,
  low: 1,
};
const PRIORITY_NAMES: Record<Priority, string> = {
  0: 'No priority',
  1: 'Low priority',
  3: 'Medium priority',
  5: 'High priority',
};

const WEEKDAYS: Record<string, Weekday> = {
  monday: RRule.MO,
  mon: RRule.MO,
  tuesday: RRule.TU,
  tue: RRule.TU,
  tues: RRule.TU,
  wednesday: RRule.WE,
  wed: RRule.WE,
  thursday: RRule.TH,
  thu: RRule.TH,
  thurs: RRule.TH,
  friday: RRule.FR,
  fri: RRule.FR,
  saturday: RRule.SA,
  sat: RRule.SA,
  sunday: RRule.SU,
  sun: RRule.SU,
};
const WEEKDAY_PATTERN = Object.keys(WEEKDAYS).join('|');
const WEEKDAY_LABELS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

const UNIT_SECONDS: Record<string, number> = {
  m: 60,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
  d: 86_400,
  day: 86_400,
  days: 86_400,
};

// Token patterns; each must start at a word boundary (start or after whitespace).
const TAG = /(?<=^|\s)#([^\s#\\/":*?<>|]+)/gu;
const PRIORITY = /(?<=^|\s)!(1|2|3|high|medium|med|low)(?=\s|$)/giu;
const PROJECT = /(?<=^|\s)[~^](?:"([^"]+)"|([^\s"]+))/gu;
const REMINDER = new RegExp(
  String.raw`(?<=^|\s)remind(?:\s+me)?\s+(?:(\d+)\s*(${Object.keys(UNIT_SECONDS).join('|')})\s+before|(on\s+time|at\s+the\s+time))(?=\s|$)`,
  'giu',
);
const REPEAT = new RegExp(
  String.raw`(?<=^|\s)(?:every\s+(?:(\d+)\s+)?(day|days|week|weeks|month|months|year|years|weekday|weekdays|(?:${WEEKDAY_PATTERN})(?:\s*(?:,|and)\s*(?:${WEEKDAY_PATTERN}))*)|(daily|weekly|monthly|yearly|annually))(?=\s|$|[.,;])`,
  'giu',
);

/** Bare words chrono reads as dates that in a title are almost always just words. */
const AMBIGUOUS_DATE_WORDS =
  /^(sun|mon|sat|wed|fri|thu|tue|may|march|mar|jan|jun|june|july|aug|sept?|oct|nov|dec|now|second)$/i;

function formatDay(date: Date, reference: Date): string {
  const dayMs = 86_400_000;
  const startOf = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const diff = Math.round((startOf(date) - startOf(reference)) / dayMs);
  if (diff === 0) return 'Today';
  if (diff === 1) return 'Tomorrow';
  return date.toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(date.getFullYear() !== reference.getFullYear() ? { year: 'numeric' } : {}),
  });
}

function formatDue(due: { date: Date; allDay: boolean }, reference: Date): string {
  const day = formatDay(due.date, reference);
  if (due.allDay) return day;
  const time = due.date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return `${day}, ${time}`;
}

function overlaps(a: Span, taken: Span[]): boolean {
  return taken.some((b) => a.index < b.index + b.text.length && b.index < a.index + a.text.length);
}

/** A date chip must not cut a word in two ("D!" is not the date "D" plus "!"). */
function onWordBoundaries(text: string, span: Span): boolean {
  const before = text[span.index - 1];
  const after = text[span.index + span.text.length];
  return (before === undefined || /\s/.test(before)) && (after === undefined || /[\s.,;:!?)]/.test(after));
}

export function startOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

/** The next day on or after `from` that falls on one of the weekdays (0 = Monday). */
function nextWeekday(from: Date, weekdays: number[]): Date {
  const day = startOfDay(from);
  for (let i = 0; i < 7; i++) {
    const candidate = new Date(day.getFullYear(), day.getMonth(), day.getDate() + i);
    if (weekdays.includes((candidate.getDay() + 6) % 7)) return candidate;
  }
  return day;
}

interface RepeatMatch {
  rule: string;
  label: string;
  /** The days a weekly repeat falls on (0 = Monday); absent: any day. */
  weekdays?: number[];
}

/** The first day on or after `from` the repeat falls on (every monday → the next Monday). */
function firstOccurrence(repeat: RepeatMatch, from: Date): Date {
  return repeat.weekdays ? nextWeekday(from, repeat.weekdays) : startOfDay(from);
}

function readRepeat(match: RegExpExecArray): RepeatMatch {
  const interval = Math.max(1, Number(match[1] ?? 1));
  const word = (match[2] ?? match[3] ?? '').toLowerCase();
  const plain = (freq: number, noun: string, adjective: string): RepeatMatch => ({
    rule: new RRule({ freq, interval }).toString(),
    label: interval === 1 ? adjective : `Every ${interval} ${noun}s`,
  });
  if (/^(day|days|daily)$/.test(word)) return plain(RRule.DAILY, 'day', 'Daily');
  if (/^(week|weeks|weekly)$/.test(word)) return plain(RRule.WEEKLY, 'week', 'Weekly');
  if (/^(month|months|monthly)$/.test(word)) return plain(RRule.MONTHLY, 'month', 'Monthly');
  if (/^(year|years|yearly|annually)$/.test(word)) return plain(RRule.YEARLY, 'year', 'Yearly');
  const weekdays =
    word === 'weekday' || word === 'weekdays'
      ? [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR]
      : word
          .split(/\s*(?:,|and)\s*/)
          .map((name) => WEEKDAYS[name.trim()])
          .filter((day): day is Weekday => day !== undefined);
  const unique = [...new Map(weekdays.map((d) => [d.weekday, d])).values()];
  const label = word.startsWith('weekday')
    ? 'Every weekday'
    : `Every ${interval > 1 ? `${interval} weeks on ` : ''}${unique.map((d) => WEEKDAY_LABELS[d.weekday]).join(', ')}`;
  return {
    rule: new RRule({ freq: RRule.WEEKLY, interval, byweekday: unique }).toString(),
    label,
    weekdays: unique.map((d) => d.weekday),
  };
}

export function parseQuickAdd(input: string, reference: Date = new Date()): QuickAddResult {
  const text = typeof input === 'string' ? input : '';
  const taken: Span[] = [];
  const chips: Chip[] = [];
  const result: QuickAddResult = { title: '', chips, tags: [], reminders: [] };
  const take = (chip: Chip): boolean => {
    if (overlaps(chip, taken)) return false;
    taken.push(chip);
    chips.push(chip);
    return true;
  };

  for (const match of text.matchAll(TAG)) {
    const name = match[1]!.toLowerCase();
    if (
      take({ kind: 'tag', text: match[0], label: `#${match[1]}`, index: match.index! }) &&
      !result.tags.includes(name)
    ) {
      result.tags.push(name);
    }
  }
  for (const match of text.matchAll(PRIORITY)) {
    const priority = PRIORITIES[match[1]!.toLowerCase()]!;
    if (
      result.priority === undefined &&
      take({ kind: 'priority', text: match[0], label: PRIORITY_NAMES[priority], index: match.index! })
    ) {
      result.priority = priority;
    }
  }
  for (const match of text.matchAll(PROJECT)) {
    const name = (match[1] ?? match[2])!;
    if (result.project === undefined && take({ kind: 'project', text: match[0], label: name, index: match.index! })) {
      result.project = name;
    }
  }
  for (const match of text.matchAll(REMINDER)) {
    const seconds = match[3] ? 0 : -Number(match[1]) * UNIT_SECONDS[match[2]!.toLowerCase()]!;
    const label = seconds === 0 ? 'Remind on time' : `Remind ${match[1]}${match[2]!.toLowerCase()[0]} before`;
    if (take({ kind: 'reminder', text: match[0], label, index: match.index! }) && !result.reminders.includes(seconds)) {
      result.reminders.push(seconds);
    }
  }
  let repeat: RepeatMatch | undefined;
  // "every friday" wins over a bare "weekly" that may just be a word of the title ("Weekly review").
  const repeats = [...text.matchAll(REPEAT)].sort(
    (a, b) => Number(b[0].startsWith('every')) - Number(a[0].startsWith('every')),
  );
  for (const match of repeats) {
    const found = readRepeat(match);
    if (!repeat && take({ kind: 'repeat', text: match[0], label: found.label, index: match.index! })) {
      repeat = found;
      result.repeat = found.rule;
    }
  }

  // Dates last, on what the other tokens left, so "every monday" is not also read as a date.
  // Indexes are UTF-16 code units, like every span's; spans always cover whole code points.
  const isTaken = (i: number) => taken.some((s) => i >= s.index && i < s.index + s.text.length);
  const masked = Array.from({ length: text.length }, (_, i) => (isTaken(i) ? ' ' : text[i])).join('');
  let dateResults: ParsedResult[] = [];
  // Only when a date may be there: chrono's first run in a freshly started worker costs 10–20 ms.
  if (mayContainDate(masked)) {
    try {
      dateResults = chronoEn.casual.parse(masked, reference, { forwardDate: true });
    } catch {
      dateResults = [];
    }
  }
  for (const found of dateResults) {
    const span = { index: found.index, text: found.text };
    if (AMBIGUOUS_DATE_WORDS.test(found.text.trim()) || overlaps(span, taken) || !onWordBoundaries(masked, span))
      continue;
    const allDay = !found.start.isCertain('hour');
    let date = allDay ? startOfDay(found.start.date()) : found.start.date();
    // "every friday 4pm": a bare time belongs to the repeat's first occurrence.
    const timeOnly = !found.start.isCertain('day') && !found.start.isCertain('weekday');
    if (repeat && timeOnly && !allDay) {
      const at = (day: Date) =>
        new Date(
          day.getFullYear(),
          day.getMonth(),
          day.getDate(),
          found.start.get('hour') ?? 0,
          found.start.get('minute') ?? 0,
        );
      date = at(firstOccurrence(repeat, reference));
      if (date < reference) {
        const tomorrow = new Date(reference.getFullYear(), reference.getMonth(), reference.getDate() + 1);
        date = at(firstOccurrence(repeat, tomorrow));
      }
    }
    const due = { date, allDay };
    if (take({ kind: 'date', text: found.text, label: formatDue(due, reference), index: found.index })) {
      result.due = due;
      break;
    }
  }
  // A repeat without a date is dropped by TickTick: start it on its first occurrence.
  if (repeat && !result.due) result.due = { date: firstOccurrence(repeat, reference), allDay: true };

  chips.sort((a, b) => a.index - b.index);
  let title = '';
  let cursor = 0;
  for (const chip of chips) {
    title += `${text.slice(cursor, chip.index)} `;
    cursor = chip.index + chip.text.length;
  }
  title += text.slice(cursor);
  result.title = title.replace(/\s+/g, ' ').trim();
  return result;
}
