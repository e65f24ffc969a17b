import { describe, expect, it } from 'vitest';
import {
  ETag,
  InboxId,
  Kind,
  ObjectId,
  Priority,
  Progress,
  RepeatFrom,
  SortOptions,
  Status,
  TTRRule,
  TagLabel,
  TagName,
  TimeZoneName,
  checkTTRRule,
  convertICalTrigger,
  formatTickTickDate,
  newObjectId,
  parseTickTickDate,
  toICalTrigger,
  ICalTrigger,
} from './types';

describe('TTRRule', () => {
  // The eight examples of pyticktick's TTRRule.
  it.each([
    'RRULE:FREQ=WEEKLY;INTERVAL=1;WKST=SU;BYDAY=FR,TH,WE',
    'RRULE:FREQ=DAILY;INTERVAL=2',
    'RRULE:FREQ=DAILY;INTERVAL=15;TT_SKIP=WEEKEND',
    'RRULE:FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=20',
    'RRULE:FREQ=MONTHLY;INTERVAL=4;BYDAY=5TU',
    'RRULE:FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=1;TT_WORKDAY=1',
    'RRULE:FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=-1;TT_WORKDAY=-1',
    'ERULE:NAME=CUSTOM;BYDATE=20250731,20250819',
  ])('accepts %s', (rule) => {
    expect(checkTTRRule(rule)).toBeUndefined();
    expect(TTRRule.parse(rule)).toBe(rule);
  });

  it.each([
    // Real data has these too.
    'RRULE:FREQ=WEEKLY;INTERVAL=1;WKST=SU',
    'RRULE:FREQ=MONTHLY;INTERVAL=2;TT_SKIP=WEEKEND',
    'RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=WE,MO,TU,TH,FR',
  ])('accepts the real-data rule %s', (rule) => {
    expect(checkTTRRule(rule)).toBeUndefined();
  });

  it.each([
    ['RRULE:FREQ=SOMETIMES', /Invalid TickTick RRULE/],
    ['RRULE:INTERVAL=2', /no FREQ/],
    ['RRULE:FREQ=DAILY;FOO=1', /Unknown RRULE property 'FOO'/],
    ['RRULE:FREQ=DAILY;TT_SKIP=HOLIDAYS', /Invalid TickTick RRULE/],
    ['ERULE:NAME=CUSTOM;BYDATE=20250731', /Invalid TickTick RRULE/],
    ['ERULE:NAME=CUSTOM;BYDATE=2025-07-31,2025-08-19', /Invalid TickTick RRULE/],
    ['every monday', /Invalid TickTick RRULE/],
    ['', /Invalid TickTick RRULE/],
  ])('rejects %j with a clear message', (rule, message) => {
    expect(checkTTRRule(rule)).toMatch(message);
    const result = TTRRule.safeParse(rule);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(message);
  });
});

describe('ICalTrigger', () => {
  // pyticktick's examples, and the real-data -PT1440M.
  it.each([
    ['TRIGGER:PT0S', 0],
    ['TRIGGER:-PT5M', -300],
    ['TRIGGER:-PT30M', -1800],
    ['TRIGGER:-PT60M', -3600],
    ['TRIGGER:-P0DT15H0M0S', -54_000],
    ['TRIGGER:-P1DT15H0M0S', -140_400],
    ['TRIGGER:P0DT9H0M0S', 32_400],
    ['TRIGGER:-PT1440M', -86_400],
    ['TRIGGER:-P1W', -604_800],
    ['TRIGGER:+PT15M', 900],
  ])('%s is %i seconds', (trigger, seconds) => {
    expect(convertICalTrigger(trigger)).toBe(seconds);
    expect(ICalTrigger.safeParse(trigger).success).toBe(true);
  });

  it.each([
    'TRIGGER:',
    'TRIGGER:P',
    'TRIGGER:-PT',
    'PT5M',
    'TRIGGER:5M',
    'TRIGGER;VALUE=DATE-TIME:19980101T050000Z',
    'TRIGGER:-PT5X',
  ])('rejects %j', (trigger) => {
    expect(() => convertICalTrigger(trigger)).toThrow(`Invalid iCalendar trigger: ${trigger}`);
    expect(ICalTrigger.safeParse(trigger).success).toBe(false);
  });

  it.each([0, -300, -1800, -3600, -54_000, -140_400, 32_400, 45, -3_725])(
    'writes %i seconds as a trigger that reads back the same',
    (seconds) => {
      const trigger = toICalTrigger(seconds);
      expect(trigger).toMatch(/^TRIGGER:/);
      expect(convertICalTrigger(trigger)).toBe(seconds);
    },
  );

  it('writes triggers the way TickTick does', () => {
    expect(toICalTrigger(0)).toBe('TRIGGER:PT0S');
    expect(toICalTrigger(-1800)).toBe('TRIGGER:-PT30M');
    expect(toICalTrigger(-140_400)).toBe('TRIGGER:-P1DT15H0M0S');
  });
});

describe('small value types', () => {
  it('Priority is 0, 1, 3 or 5', () => {
    for (const ok of [0, 1, 3, 5]) expect(Priority.safeParse(ok).success).toBe(true);
    for (const bad of [2, 4, -1, '1']) expect(Priority.safeParse(bad).success).toBe(false);
  });

  it('Status is -1, 0, 1 or 2', () => {
    for (const ok of [-1, 0, 1, 2]) expect(Status.safeParse(ok).success).toBe(true);
    expect(Status.safeParse(3).success).toBe(false);
  });

  it('Progress is 0 to 100', () => {
    expect(Progress.safeParse(100).success).toBe(true);
    expect(Progress.safeParse(101).success).toBe(false);
    expect(Progress.safeParse(-1).success).toBe(false);
  });

  it('RepeatFrom takes numbers and numeric strings', () => {
    expect(RepeatFrom.parse('2')).toBe(2);
    expect(RepeatFrom.parse(0)).toBe(0);
    expect(RepeatFrom.safeParse('3').success).toBe(false);
  });

  it('Kind, SortOptions', () => {
    expect(Kind.options).toEqual(['TEXT', 'NOTE', 'CHECKLIST']);
    expect(SortOptions.safeParse('dueDate').success).toBe(true);
    expect(SortOptions.safeParse('random').success).toBe(false);
  });

  it('ObjectId, ETag and InboxId', () => {
    expect(ObjectId.safeParse('6247ee29630c800f064fd145').success).toBe(true);
    expect(ObjectId.safeParse('6247ee29630c800f064fd14').success).toBe(false);
    expect(ObjectId.safeParse(newObjectId()).success).toBe(true);
    expect(ETag.safeParse('lupk2nym').success).toBe(true);
    expect(ETag.safeParse('LUPK2NYM').success).toBe(false);
    expect(InboxId.safeParse('inbox100000003').success).toBe(true);
    expect(InboxId.safeParse('inbox').success).toBe(false);
  });

  it('TagLabel keeps case; TagName is lower case; neither takes forbidden characters', () => {
    expect(TagLabel.safeParse('Reading').success).toBe(true);
    expect(TagName.safeParse('Reading').success).toBe(false);
    expect(TagName.safeParse('reading').success).toBe(true);
    for (const bad of ['a b', 'a/b', 'a#b', 'a:b', 'a*b', 'a?b', 'a<b', 'a|b', 'a"b', 'a\\b']) {
      expect(TagLabel.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('TimeZoneName is an IANA name, and empty reads as none', () => {
    expect(TimeZoneName.parse('Europe/Berlin')).toBe('Europe/Berlin');
    expect(TimeZoneName.parse('')).toBeUndefined();
    expect(TimeZoneName.parse(null)).toBeUndefined();
    expect(TimeZoneName.safeParse('Mars/Olympus_Mons').success).toBe(false);
  });

  it('dates read in both API forms and are written with millis and +0000', () => {
    expect(parseTickTickDate('2019-11-13T03:00:00+0000')?.toISOString()).toBe('2019-11-13T03:00:00.000Z');
    expect(parseTickTickDate('2027-07-05T21:30:00.000+0000')?.toISOString()).toBe('2027-07-05T21:30:00.000Z');
    expect(parseTickTickDate('not a date')).toBeUndefined();
    expect(formatTickTickDate(new Date('2025-11-14T03:00:00Z'))).toBe('2025-11-14T03:00:00.000+0000');
  });
});
