import { RRule } from './rrule';
import { opt, type SchemaMode } from './model';
import { z } from './zod';

/**
 * Value types of the TickTick API, after pyticktick's `models.v2.types`, with
 * the same rules. Each comes as a zod schema and, where useful, a plain validator.
 */

export const ObjectId = z.string().check(z.regex(/^[0-9a-fA-F]{24}$/, 'Expected a 24-character hexadecimal ObjectId'));
export type ObjectId = z.infer<typeof ObjectId>;

export const ETag = z.string().check(z.regex(/^[a-z0-9]{8}$/, 'Expected an ETag of 8 lower-case letters and digits'));
export const InboxId = z.string().check(z.regex(/^inbox\d+$/, 'Expected an Inbox id like inbox123456'));

export const Kind = z.enum(['TEXT', 'NOTE', 'CHECKLIST']);
export type Kind = z.infer<typeof Kind>;

/** 0 none, 1 low, 3 medium, 5 high. */
export const Priority = z.union([z.literal(0), z.literal(1), z.literal(3), z.literal(5)]);
export type Priority = z.infer<typeof Priority>;

export const Progress = z.int().check(z.minimum(0), z.maximum(100));

/** 0 from the due date, 1 from the completion date, 2 unknown; sent as numbers or strings. */
const RepeatFromNumber = z.union([z.literal(0), z.literal(1), z.literal(2)]);
export const RepeatFrom = z.pipe(
  z.transform((value: unknown): unknown => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value)),
  RepeatFromNumber as z.ZodMiniType,
) as unknown as typeof RepeatFromNumber;

export const SortOptions = z.enum(['sortOrder', 'dueDate', 'tag', 'priority', 'project', 'none']);

/** 0 open, 1 and 2 completed (2 from the web app), -1 won't do. */
export const Status = z.union([z.literal(-1), z.literal(0), z.literal(1), z.literal(2)]);
export type Status = z.infer<typeof Status>;

const TICKTICK_RRULE_EXTENSIONS = ['TT_SKIP=WEEKEND', 'TT_WORKDAY=1', 'TT_WORKDAY=-1'];

/**
 * Checks a TickTick repeat flag: an RFC 5545 RRULE (parsed by the rrule
 * library), optionally with TickTick's `TT_SKIP=WEEKEND` or `TT_WORKDAY=±1`,
 * or an `ERULE:NAME=CUSTOM;BYDATE=yyyymmdd,…` list of at least two dates.
 * Returns an error message, or undefined when the rule is valid.
 */
export function checkTTRRule(rule: string): string | undefined {
  if (/^ERULE:NAME=CUSTOM;BYDATE=(\d{8},)+\d{8}$/.test(rule)) return undefined;
  let standard = rule;
  for (const extension of TICKTICK_RRULE_EXTENSIONS) {
    standard = standard.replace(`:${extension}`, ':').replace(`;${extension}`, '');
  }
  if (!/^RRULE:FREQ=|^RRULE:.*;FREQ=/.test(standard)) return `Invalid TickTick RRULE: ${rule} (no FREQ)`;
  try {
    // A TickTick flag is one RRULE line: parsed and checked as rrule builds a rule from it.
    RRule.fromString(standard.replace(/^RRULE:;/, 'RRULE:'));
    return undefined;
  } catch (error) {
    return `Invalid TickTick RRULE: ${rule} (${error instanceof Error ? error.message : String(error)})`;
  }
}

export const TTRRule = z.string().check(
  z.superRefine((rule: string, ctx) => {
    const problem = checkTTRRule(rule);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
);

const TRIGGER_PATTERN = /^TRIGGER:([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/**
 * Converts an iCalendar trigger (`TRIGGER:-PT30M`, `TRIGGER:P0DT9H0M0S`, …) to a
 * signed duration in seconds: negative before the task's time, positive after
 * (for all-day tasks, counted from midnight of the due date). Throws on anything
 * that is not a relative trigger.
 */
export function convertICalTrigger(trigger: string): number {
  const match = TRIGGER_PATTERN.exec(trigger);
  // "P" or "PT" alone carries no duration, which RFC 5545 does not allow.
  if (!match || /P$|T$/.test(trigger)) throw new Error(`Invalid iCalendar trigger: ${trigger}`);
  const [, sign, weeks, days, hours, minutes, seconds] = match;
  const total =
    Number(weeks ?? 0) * 604_800 +
    Number(days ?? 0) * 86_400 +
    Number(hours ?? 0) * 3_600 +
    Number(minutes ?? 0) * 60 +
    Number(seconds ?? 0);
  return sign === '-' ? -total : total;
}

/** Builds the trigger for a signed duration in seconds, as TickTick writes them (`-PT30M`, `PT0S`, `-P1DT15H0M0S`). */
export function toICalTrigger(offsetSeconds: number): string {
  const sign = offsetSeconds < 0 ? '-' : '';
  let rest = Math.abs(Math.trunc(offsetSeconds));
  if (rest === 0) return 'TRIGGER:PT0S';
  const days = Math.floor(rest / 86_400);
  rest -= days * 86_400;
  const hours = Math.floor(rest / 3_600);
  rest -= hours * 3_600;
  const minutes = Math.floor(rest / 60);
  const seconds = rest - minutes * 60;
  if (days > 0) return `TRIGGER:${sign}P${days}DT${hours}H${minutes}M${seconds}S`;
  if (hours === 0 && seconds === 0) return `TRIGGER:${sign}PT${minutes}M`;
  return `TRIGGER:${sign}PT${hours > 0 ? `${hours}H` : ''}${minutes > 0 ? `${minutes}M` : ''}${seconds > 0 ? `${seconds}S` : ''}`;
}

export const ICalTrigger = z.string().check(
  z.superRefine((trigger: string, ctx) => {
    try {
      convertICalTrigger(trigger);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
    }
  }),
);

/** No `\ / " # : * ? < > |` and no whitespace; labels keep their case. */
export const TagLabel = z
  .string()
  .check(z.regex(/^[^\\/"#:*?<>|\s]+$/, 'Tag labels cannot contain \\ / " # : * ? < > | or spaces'));
/** Like a label, and lower case. */
export const TagName = z
  .string()
  .check(
    z.regex(/^[^\\/"#:*?<>|\sA-Z]+$/, 'Tag names are lower case and cannot contain \\ / " # : * ? < > | or spaces'),
  );

export function isTimeZoneName(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone name; TickTick's empty string (or null) reads as no time zone. */
export const TimeZoneName = opt(
  z.string().check(z.refine(isTimeZoneName, 'Expected an IANA time zone name such as Europe/Berlin')),
);

/**
 * A date as the API writes it: `2019-11-13T03:00:00+0000` or with millis.
 * Kept as the API's string; use `parseTickTickDate` to get a Date.
 */
export const TickTickDate = z
  .string()
  .check(
    z.refine(
      (value: string) => parseTickTickDate(value) !== undefined,
      'Expected a date like 2019-11-13T03:00:00+0000',
    ),
  );

export function parseTickTickDate(value: string): Date | undefined {
  const date = new Date(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Writes a Date the way the API expects it: `2019-11-13T03:00:00.000+0000`. */
export function formatTickTickDate(date: Date): string {
  return date.toISOString().replace('Z', '+0000');
}

/**
 * sortOrder values exceed 2^53 in real data: they stay (possibly rounded)
 * numbers, never safe integers, and are never compared for equality. Whole
 * numbers, as pyticktick's `int`: a double past 2^53 is still a whole number.
 */
export const SortOrder = z.number().check(z.refine(Number.isInteger, 'Expected a whole number'));

const HEX_COLOR = /^#([0-9a-f]{3}){1,2}$/i;

/**
 * A colour the way TickTick writes it: `#rrggbb` in lower case (pyticktick's
 * Color), from `#rgb` or `#rrggbb` in any case; `transparent`, which real
 * projects carry, stays as it is. Undefined for anything else.
 */
export function normalizeColor(value: string): string | undefined {
  if (value === 'transparent') return value;
  if (!HEX_COLOR.test(value)) return undefined;
  const hex = value.slice(1).toLowerCase();
  return `#${hex.length === 3 ? hex.replace(/./g, '$&$&') : hex}`;
}

export const Color = z.pipe(
  z.string().check(z.refine((v: string) => !!normalizeColor(v), 'Expected a colour like #f18181')),
  z.transform((v: string) => normalizeColor(v)!),
);

/** A colour in an answer: checked in strict mode; tolerant mode keeps any string, so an odd colour never hides a list. */
export const colorIn = (mode: SchemaMode) =>
  mode === 'strict'
    ? Color
    : z.pipe(
        z.string(),
        z.transform((v: string) => normalizeColor(v) ?? v),
      );

/** A random 24-hex ObjectId made on the client, as TickTick's web app makes them. */
export function newObjectId(): string {
  const seconds = Math.floor(Date.now() / 1000)
    .toString(16)
    .padStart(8, '0');
  const random = crypto.getRandomValues(new Uint8Array(8));
  return seconds + Array.from(random, (b) => b.toString(16).padStart(2, '0')).join('');
}
