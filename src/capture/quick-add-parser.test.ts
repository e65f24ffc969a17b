import fc from 'fast-check';
import { RRule } from '../ticktick/rrule';
import { afterEach, describe, expect, it } from 'vitest';
import { parseQuickAdd } from './quick-add-parser';

// Monday 23 November 2026, 10:00 in New York. The phrases are in docs/quick-add-phrases.md; here, what holds for all.
const NOW = new Date('2026-11-23T15:00:00Z');
const ZONE = 'America/New_York';
const parse = (
  text: string,
  options: { now?: Date; timeZone?: string; keptAsText?: { index: number; length: number }[] } = {},
) => parseQuickAdd(text, options.now ?? NOW, { timeZone: options.timeZone ?? ZONE, keptAsText: options.keptAsText });

describe('quick-add parser: chips', () => {
  it('labels chips for people', () => {
    const { chips } = parse('Call mom tomorrow 3pm #family !1 ~Home remind 30m before');
    expect(chips.map((c) => [c.kind, c.label])).toEqual([
      ['date', 'Tomorrow, 15:00'],
      ['tag', '#family'],
      ['priority', 'High priority'],
      ['project', 'Home'],
      ['reminder', 'Remind 30m before'],
    ]);
  });

  it('shows a repeat, its time and its start as chips of their own, the start as its first occurrence', () => {
    const { chips, due, repeat } = parse('Team sync every other tues 7am starting 1 dec until march');
    expect(chips.map((c) => [c.kind, c.text, c.label])).toEqual([
      ['repeat', 'every other tues', 'Every 2 weeks on Tue'],
      ['date', '7am', '07:00'],
      ['start', 'starting 1 dec', 'Starts Tue 1 Dec'],
      ['end', 'until march', 'Until Mon 1 Mar 2027'],
    ]);
    expect(repeat).toBe('RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270301');
    expect(due).toEqual({ date: new Date('2026-12-01T12:00:00Z'), allDay: false });
  });

  it('keeps what the user turned back into text as text, and reads the rest', () => {
    const text = 'Read every monday 9am #books';
    const repeat = parse(text).chips.find((c) => c.kind === 'repeat')!;
    const kept = parse(text, { keptAsText: [{ index: repeat.index, length: repeat.text.length }] });
    expect(kept.title).toBe('Read every monday');
    expect(kept.repeat).toBeUndefined();
    expect(kept.chips.map((c) => c.kind)).toEqual(['date', 'tag']);
    expect(kept.due).toEqual({ date: new Date('2026-11-24T14:00:00Z'), allDay: false });
  });
});

describe('quick-add parser: time zones', () => {
  const at = (iso: string) => new Date(iso);

  it.each([
    // The day before the US change (8 March 2026): 9am tomorrow is in daylight time, UTC-4.
    ['America/New_York', '2026-03-07T15:00:00Z', 'tomorrow 9am', '2026-03-08T13:00:00Z'],
    ['America/New_York', '2026-03-07T15:00:00Z', 'tomorrow', '2026-03-08T05:00:00Z'],
    // On the change day itself, 2:30 does not exist: it is read as 3:30 daylight time.
    ['America/New_York', '2026-03-08T05:30:00Z', 'today 2:30am', '2026-03-08T07:30:00Z'],
    // The US autumn change (1 November 2026): back to UTC-5.
    ['America/New_York', '2026-10-31T15:00:00Z', 'tomorrow 9am', '2026-11-01T14:00:00Z'],
    // The EU changes (29 March and 25 October 2026) in Berlin.
    ['Europe/Berlin', '2026-03-28T09:00:00Z', 'tomorrow 9am', '2026-03-29T07:00:00Z'],
    ['Europe/Berlin', '2026-03-28T09:00:00Z', 'tomorrow', '2026-03-28T23:00:00Z'],
    ['Europe/Berlin', '2026-10-24T09:00:00Z', 'tomorrow 9am', '2026-10-25T08:00:00Z'],
    // Auckland is a day ahead of UTC: at 20:00 UTC on the 23rd it is already Tuesday the 24th there.
    ['Pacific/Auckland', '2026-11-23T20:00:00Z', 'today', '2026-11-23T11:00:00Z'],
    ['Pacific/Auckland', '2026-11-23T20:00:00Z', 'friday', '2026-11-26T11:00:00Z'],
    // And Honolulu a day behind at 08:00 UTC: still Sunday the 22nd.
    ['Pacific/Honolulu', '2026-11-23T08:00:00Z', 'tomorrow 8am', '2026-11-23T18:00:00Z'],
  ])('in %s at %s, "%s" is due at %s', (timeZone, now, text, due) => {
    expect(parse(text, { now: at(now), timeZone }).due?.date).toEqual(at(due));
  });

  it('counts "in 3 hours" in real time across a change of the clocks', () => {
    // 00:30 EST on 8 March; three hours later the clocks say 04:30 EDT, not 03:30.
    expect(parse('in 3 hours', { now: at('2026-03-08T05:30:00Z') }).due?.date).toEqual(at('2026-03-08T08:30:00Z'));
  });

  it('starts a daily repeat with a time on the right instant on both sides of a change', () => {
    const { due } = parse('Pills every day 9am', { now: at('2026-03-07T16:00:00Z') });
    expect(due?.date).toEqual(at('2026-03-08T13:00:00Z'));
  });

  describe('whatever the zone the code runs in', () => {
    const original = process.env.TZ;
    afterEach(() => {
      process.env.TZ = original;
    });

    it.each(['UTC', 'Asia/Kolkata', 'America/Los_Angeles', 'Pacific/Kiritimati'])('TZ=%s', (tz) => {
      const expected = ['tomorrow 9am', 'every other tues 7am starting 1 dec', 'friday', 'in 3 days'].map((t) =>
        parse(t),
      );
      process.env.TZ = tz;
      const read = ['tomorrow 9am', 'every other tues 7am starting 1 dec', 'friday', 'in 3 days'].map((t) => parse(t));
      expect(read).toEqual(expected);
    });
  });
});

describe('quick-add parser: what the properties once found', () => {
  it('a quoted list name never reaches across an address to a quote after it', () => {
    const input = '~"Home https://x.io/#a ~"Home';
    expect(parse(input)).toMatchObject({ chips: [], title: input });
  });

  it('a date is whole words: chrono’s time inside "T0 A" is not one', () => {
    for (const input of ['T0 A', 'T0 ?0']) expect(parse(input)).toMatchObject({ chips: [], title: input });
  });
});

describe('quick-add parser: properties', () => {
  const wordsOf = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).sort();
  const tokenish = fc.constantFrom(
    ...'tomorrow tom today 3pm 9:30 at on by due every ev other monday tues fri sun may day days week weeks month'.split(
      ' ',
    ),
    ...'2 3rd 27th 15 last first weekday weekend morning evening starting from until for 10 times in next this'.split(
      ' ',
    ),
    ...'#tag #a/b #12 !1 !high !none ~Work ^Home ~"Home stuff" remind me 30m before at 8am " ( ) , . * *tomorrow'.split(
      ' ',
    ),
    ...'jan 27 1/2 27/1 2026-12-01 noon midnight eod daily weekly C# a@b.co https://x.io/#a'.split(' '),
  );
  const line = fc
    .array(fc.oneof(tokenish, tokenish, fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })), {
      maxLength: 14,
    })
    .map((parts) => parts.join(' '));
  const anyZone = fc.constantFrom('America/New_York', 'Europe/Berlin', 'Pacific/Auckland', 'UTC', 'Not/AZone');
  const anyMoment = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true });

  it('never throws, on any input, at any moment, in any zone', () => {
    fc.assert(
      fc.property(fc.oneof(line, fc.string({ unit: 'binary' })), anyMoment, anyZone, (input, now, timeZone) => {
        parse(input, { now, timeZone });
      }),
      { numRuns: 1500 },
    );
  });

  it('never loses a word it did not use: the title and the chips hold the words of the line, each once', () => {
    fc.assert(
      fc.property(line, (input) => {
        const result = parse(input);
        expect(wordsOf(result.title + ' ' + result.chips.map((c) => c.text).join(' '))).toEqual(wordsOf(input));
      }),
      { numRuns: 1500 },
    );
  });

  it('chips never overlap, and point at the words they came from, no spaces around them', () => {
    fc.assert(
      fc.property(line, (input) => {
        const { chips } = parse(input);
        for (const chip of chips) {
          expect(input.slice(chip.index, chip.index + chip.text.length)).toBe(chip.text);
          expect(chip.text).toBe(chip.text.trim());
        }
        for (let i = 1; i < chips.length; i++) {
          expect(chips[i]!.index).toBeGreaterThanOrEqual(chips[i - 1]!.index + chips[i - 1]!.text.length);
        }
      }),
      { numRuns: 800 },
    );
  });

  it('a chip kept as text gives its words back to the title and is not read again', () => {
    fc.assert(
      fc.property(line, fc.nat(), (input, pick) => {
        const { chips } = parse(input);
        if (!chips.length) return;
        const chip = chips[pick % chips.length]!;
        const kept = parse(input, { keptAsText: [{ index: chip.index, length: chip.text.length }] });
        for (const word of wordsOf(chip.text)) expect(wordsOf(kept.title)).toContain(word);
        for (const other of kept.chips) {
          expect(other.index + other.text.length <= chip.index || other.index >= chip.index + chip.text.length).toBe(
            true,
          );
        }
      }),
      { numRuns: 600 },
    );
  });

  it('a repeat is due on one of its own occurrences, never before today, as rrule itself computes them', () => {
    const repeats = fc.constantFrom(
      ...'every day|every 3 days|every other week|every monday|every mon, wed and fri|every weekday|every weekend'.split(
        '|',
      ),
      ...'every 27th|every 1st and 15th|every last day|every 3rd friday|every last friday|every jan 27th|every feb 29'.split(
        '|',
      ),
      ...'every month|every other month on the 31st|every morning|every first workday|every last workday|yearly'.split(
        '|',
      ),
    );
    const extras = fc.constantFrom(
      '',
      ' 7am',
      ' at 21:00',
      ' starting 1 dec',
      ' from next week',
      ' starting tomorrow 8am',
    );
    fc.assert(
      fc.property(repeats, extras, anyMoment, anyZone, (repeat, extra, now, timeZone) => {
        const result = parse(`Task ${repeat}${extra}`, { now, timeZone });
        const due = result.due!;
        const zone = timeZone === 'Not/AZone' ? 'UTC' : timeZone;
        const day = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(due.date);
        const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(now);
        expect(day >= today).toBe(true);
        if (!due.allDay) expect(due.date.getTime()).toBeGreaterThan(now.getTime());
        // TickTick's TT_WORKDAY is not RFC 5545: its own test below.
        if (result.repeat!.includes('TT_WORKDAY')) return;
        // The due day is the first occurrence of the rule started on it (rrule counts in UTC: the day as UTC midnight).
        const start = new Date(`${day}T00:00:00Z`);
        const rule = RRule.fromString(`DTSTART:${day.replaceAll('-', '')}T000000Z\n${result.repeat}`);
        expect(rule.after(new Date(start.getTime() - 1), true)).toEqual(start);
      }),
      { numRuns: 600 },
    );
  });

  it('TT_WORKDAY falls on the first or last Monday-to-Friday day of a month', () => {
    fc.assert(
      fc.property(anyMoment, fc.constantFrom('first', 'last'), (now, which) => {
        const { due } = parse(`Payroll every ${which} workday`, { now, timeZone: 'UTC' });
        const day = due!.date;
        expect([0, 6]).not.toContain(day.getUTCDay());
        const step = which === 'first' ? -1 : 1;
        for (let other = new Date(day.getTime() + step * 86_400_000); other.getUTCMonth() === day.getUTCMonth();) {
          expect([0, 6]).toContain(other.getUTCDay());
          other = new Date(other.getTime() + step * 86_400_000);
        }
      }),
      { numRuns: 300 },
    );
  });
});
