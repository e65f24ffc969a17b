import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTTRRule } from '../ticktick/types';
import { parseQuickAdd, type QuickAddResult } from './quick-add-parser';

// Monday 23 November 2026, 10:00 local time.
const NOW = new Date(2026, 10, 23, 10, 0);

interface Expected {
  title: string;
  /** `YYYY-MM-DD` for all-day, `YYYY-MM-DD HH:mm` for timed. */
  due?: string;
  repeat?: string;
  tags?: string[];
  priority?: 0 | 1 | 3 | 5;
  project?: string;
  reminders?: number[];
}

function summarise(result: QuickAddResult): Expected {
  const pad = (n: number) => String(n).padStart(2, '0');
  const d = result.due?.date;
  const day = d && `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return {
    title: result.title,
    ...(d ? { due: result.due!.allDay ? day : `${day} ${pad(d.getHours())}:${pad(d.getMinutes())}` } : {}),
    ...(result.repeat ? { repeat: result.repeat } : {}),
    ...(result.tags.length ? { tags: result.tags } : {}),
    ...(result.priority !== undefined ? { priority: result.priority } : {}),
    ...(result.project ? { project: result.project } : {}),
    ...(result.reminders.length ? { reminders: result.reminders } : {}),
  };
}

const TABLE: [string, Expected][] = [
  // Plain titles stay as they are.
  ['Buy milk', { title: 'Buy milk' }],
  ['  Read   the   article  ', { title: 'Read the article' }],
  ['Fix sun roof', { title: 'Fix sun roof' }],
  ['Call May about the report', { title: 'Call May about the report' }],
  ['Email Sat and Jan', { title: 'Email Sat and Jan' }],
  ['Review PR #', { title: 'Review PR #' }],
  ['Price is 5!', { title: 'Price is 5!' }],
  ['C# tutorial', { title: 'C# tutorial' }],
  ['', { title: '' }],
  // Dates and times.
  ['Buy milk tomorrow', { title: 'Buy milk', due: '2026-11-24' }],
  ['Call mom tomorrow 3pm', { title: 'Call mom', due: '2026-11-24 15:00' }],
  ['tomorrow at 9:30 standup', { title: 'standup', due: '2026-11-24 09:30' }],
  ['Submit report today', { title: 'Submit report', due: '2026-11-23' }],
  ['Dentist next fri', { title: 'Dentist', due: '2026-12-04' }],
  ['Pay rent friday', { title: 'Pay rent', due: '2026-11-27' }],
  ['Team lunch wednesday 12:30', { title: 'Team lunch', due: '2026-11-25 12:30' }],
  ['Renew passport in 2 weeks', { title: 'Renew passport', due: '2026-12-07' }],
  ['Follow up in 3 days', { title: 'Follow up', due: '2026-11-26' }],
  ['Buy gifts dec 24', { title: 'Buy gifts', due: '2026-12-24' }],
  ['Taxes april 15', { title: 'Taxes', due: '2027-04-15' }],
  ['Meeting on 2026-12-01', { title: 'Meeting on', due: '2026-12-01' }],
  ['Call bank at 4pm', { title: 'Call bank', due: '2026-11-23 16:00' }],
  ['Flight 7am tomorrow', { title: 'Flight', due: '2026-11-24 07:00' }],
  ['Report due friday 17:00', { title: 'Report due', due: '2026-11-27 17:00' }],
  ['Prepare slides next monday', { title: 'Prepare slides', due: '2026-11-30' }],
  ['Check in 1 hour', { title: 'Check', due: '2026-11-23 11:00' }],
  ['Party on december 31 at 8pm', { title: 'Party on', due: '2026-12-31 20:00' }],
  // Repeats, with the start date they need.
  ['Water plants every day', { title: 'Water plants', due: '2026-11-23', repeat: 'RRULE:FREQ=DAILY;INTERVAL=1' }],
  [
    'Stand-up every weekday',
    { title: 'Stand-up', due: '2026-11-23', repeat: 'RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR' },
  ],
  ['Gym every monday', { title: 'Gym', due: '2026-11-23', repeat: 'RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO' }],
  ['Piano every tuesday', { title: 'Piano', due: '2026-11-24', repeat: 'RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=TU' }],
  ['Sync every 2 weeks', { title: 'Sync', due: '2026-11-23', repeat: 'RRULE:FREQ=WEEKLY;INTERVAL=2' }],
  ['Invoice every month', { title: 'Invoice', due: '2026-11-23', repeat: 'RRULE:FREQ=MONTHLY;INTERVAL=1' }],
  ['Backup weekly', { title: 'Backup', due: '2026-11-23', repeat: 'RRULE:FREQ=WEEKLY;INTERVAL=1' }],
  ['Review goals monthly', { title: 'Review goals', due: '2026-11-23', repeat: 'RRULE:FREQ=MONTHLY;INTERVAL=1' }],
  ['Birthday card yearly', { title: 'Birthday card', due: '2026-11-23', repeat: 'RRULE:FREQ=YEARLY;INTERVAL=1' }],
  ['Run every mon and wed', { title: 'Run', due: '2026-11-23', repeat: 'RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,WE' }],
  ['Laundry every saturday', { title: 'Laundry', due: '2026-11-28', repeat: 'RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=SA' }],
  // 8am has passed at 10:00, so the first one is tomorrow.
  ['Pills daily 8am', { title: 'Pills', due: '2026-11-24 08:00', repeat: 'RRULE:FREQ=DAILY;INTERVAL=1' }],
  [
    'Report every friday starting dec 4',
    { title: 'Report starting', due: '2026-12-04', repeat: 'RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=FR' },
  ],
  ['Rent every 3 months', { title: 'Rent', due: '2026-11-23', repeat: 'RRULE:FREQ=MONTHLY;INTERVAL=3' }],
  // Tags.
  ['Read article #reading', { title: 'Read article', tags: ['reading'] }],
  ['#Work prepare deck #Q4', { title: 'prepare deck', tags: ['work', 'q4'] }],
  ['Duplicate #a #a', { title: 'Duplicate', tags: ['a'] }],
  ['Email#notatag here', { title: 'Email#notatag here' }],
  // Priority.
  ['Fix prod bug !1', { title: 'Fix prod bug', priority: 5 }],
  ['Tidy desk !3', { title: 'Tidy desk', priority: 1 }],
  ['Plan trip !medium', { title: 'Plan trip', priority: 3 }],
  ['Pay bills !high', { title: 'Pay bills', priority: 5 }],
  ['Sort photos !low', { title: 'Sort photos', priority: 1 }],
  ['Two priorities !1 !3', { title: 'Two priorities !3', priority: 5 }],
  ['Wow!1', { title: 'Wow!1' }],
  // Projects.
  ['Read paper ~Reading', { title: 'Read paper', project: 'Reading' }],
  ['Book flights ^Travel', { title: 'Book flights', project: 'Travel' }],
  ['Call plumber ~"Home stuff"', { title: 'Call plumber', project: 'Home stuff' }],
  ['Approx ~5 minutes', { title: 'Approx minutes', project: '5' }],
  // Reminders.
  ['Meeting tomorrow 10am remind 30m before', { title: 'Meeting', due: '2026-11-24 10:00', reminders: [-1800] }],
  ['Call tomorrow 2pm remind me 1h before', { title: 'Call', due: '2026-11-24 14:00', reminders: [-3600] }],
  ['Exam friday remind me 1 day before', { title: 'Exam', due: '2026-11-27', reminders: [-86_400] }],
  ['Pick up kids 3pm remind on time', { title: 'Pick up kids', due: '2026-11-23 15:00', reminders: [0] }],
  ['Standup 9am remind 5 minutes before', { title: 'Standup', due: '2026-11-24 09:00', reminders: [-300] }],
  ['Ship it friday.', { title: 'Ship it .', due: '2026-11-27' }],
  // Everything at once.
  [
    'Send invoice tomorrow 9am #billing !1 ~Work remind 15m before',
    {
      title: 'Send invoice',
      due: '2026-11-24 09:00',
      tags: ['billing'],
      priority: 5,
      project: 'Work',
      reminders: [-900],
    },
  ],
  [
    'Weekly review every friday 4pm #review ^Personal !2',
    {
      title: 'Weekly review',
      due: '2026-11-27 16:00',
      repeat: 'RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=FR',
      tags: ['review'],
      project: 'Personal',
      priority: 3,
    },
  ],
];

describe('quick-add parser: table of phrases', () => {
  it('has at least 60 phrases', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(60);
  });

  it.each(TABLE)('%j', (input, expected) => {
    expect(summarise(parseQuickAdd(input, NOW))).toEqual(expected);
  });

  it('builds repeat flags TickTick accepts', () => {
    for (const [input] of TABLE) {
      const { repeat } = parseQuickAdd(input, NOW);
      if (repeat) expect(checkTTRRule(repeat), input).toBeUndefined();
    }
  });

  it('labels chips for people', () => {
    const { chips } = parseQuickAdd('Call mom tomorrow 3pm #family !1 every monday', NOW);
    expect(chips.map((c) => [c.kind, c.label])).toEqual([
      ['date', 'Tomorrow, 15:00'],
      ['tag', '#family'],
      ['priority', 'High priority'],
      ['repeat', 'Every Mon'],
    ]);
  });
});

describe('quick-add parser: properties', () => {
  const words = (s: string) => s.split(/\s+/).filter(Boolean);
  const tokenish = fc.constantFrom(
    'tomorrow',
    '3pm',
    'every',
    'monday',
    'day',
    '#tag',
    '!1',
    '!high',
    '~Work',
    '^Home',
    'remind',
    'me',
    '30m',
    'before',
    'in',
    '2',
    'weeks',
    'dec',
    '24',
    'next',
    'fri',
    'at',
    'sun',
    'may',
    '"',
    '~',
    '#',
    '!',
    'weekly',
    'on',
    'time',
  );
  const line = fc
    .array(fc.oneof(tokenish, fc.string(), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 12 })
    .map((parts) => parts.join(' '));

  it('never throws, on any input', () => {
    fc.assert(
      fc.property(fc.oneof(line, fc.string({ unit: 'binary' })), (input) => {
        parseQuickAdd(input, NOW);
      }),
      { numRuns: 600 },
    );
  });

  it('never drops a word: every character is in the title or in a chip', () => {
    const characters = (s: string) => [...s.replace(/\s+/g, '')].sort();
    fc.assert(
      fc.property(line, (input) => {
        const result = parseQuickAdd(input, NOW);
        const kept = result.title + result.chips.map((c) => c.text).join('');
        expect(characters(kept)).toEqual(characters(input));
        // Whole words: the title keeps every word that no chip took, unbroken.
        for (const word of words(result.title)) expect(words(input).some((w) => w.includes(word))).toBe(true);
      }),
      { numRuns: 600 },
    );
  });

  it('chips never overlap and point at the text they came from', () => {
    fc.assert(
      fc.property(line, (input) => {
        const { chips } = parseQuickAdd(input, NOW);
        for (const chip of chips) expect(input.slice(chip.index, chip.index + chip.text.length)).toBe(chip.text);
        for (let i = 1; i < chips.length; i++) {
          expect(chips[i]!.index).toBeGreaterThanOrEqual(chips[i - 1]!.index + chips[i - 1]!.text.length);
        }
      }),
      { numRuns: 400 },
    );
  });
});
