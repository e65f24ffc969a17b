import fc from 'fast-check';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayContainDate } from './date-words';
import { dateReader } from './quick-add/chrono';

// chrono's own English dictionaries (not exported by the package), to test the vocabulary against.
const chronoDir = path.dirname(createRequire(import.meta.url).resolve('chrono-node'));
const constants = createRequire(import.meta.url)(path.join(chronoDir, 'locales/en/constants.js')) as Record<
  string,
  Record<string, unknown>
>;
const DICTIONARY_WORDS = [
  'WEEKDAY_DICTIONARY',
  'MONTH_DICTIONARY',
  'INTEGER_WORD_DICTIONARY',
  'ORDINAL_WORD_DICTIONARY',
  'TIME_UNIT_DICTIONARY',
].flatMap((name) => Object.keys(constants[name]!));

const reference = new Date(2026, 10, 26, 10, 0);
// The oracle is the chrono quick add runs, the one this test guards.
const chronoFindsDate = (text: string) => dateReader.parse(text, reference, { forwardDate: true }).length > 0;

const OTHER_WORDS = ['read', 'report', 'weekend', 'monthly', 'secondary', 'plan', 'to', 'in', 'at', 'by', 'on', 'of'];
const TOKENS = [
  ...DICTIONARY_WORDS,
  ...'now today tonight tomorrow tmr yesterday morning noon midnight this last past next after within for ago later from'.split(
    ' ',
  ),
  ...'a an the few several couple half + - . , ( ) / :'.split(' '),
  ...'s m h d w y'.split(' '),
  ...OTHER_WORDS,
];

describe('mayContainDate', () => {
  it('never says no to a line chrono reads a date in (chrono as the oracle)', () => {
    // Words as people type them, apart; chrono also reads some run together ("couplehour"), which this does not look for.
    const phrase = fc
      .array(fc.tuple(fc.constantFrom(...TOKENS), fc.constantFrom(' ', '  ')), { minLength: 1, maxLength: 6 })
      .map((parts) => parts.map(([token, gap]) => token + gap).join(''));
    fc.assert(
      fc.property(fc.oneof(phrase, fc.string({ maxLength: 30 })), (text) => {
        if (!mayContainDate(text)) expect(chronoFindsDate(text), text).toBe(false);
      }),
      { numRuns: 20_000 },
    );
  });

  it('says yes to every word of chrono’s dictionaries that names a date or a unit, in any case', () => {
    for (const word of DICTIONARY_WORDS.filter((w) => w.length > 1 && !(w in constants.INTEGER_WORD_DICTIONARY!))) {
      expect(mayContainDate(`Call mum ${word.toUpperCase()}`), word).toBe(true);
    }
  });

  it('says no to ordinary titles, which then skip chrono', () => {
    for (const title of ['How to keep a task list', 'Read the article about the launch', 'Check the invoice again'])
      expect(mayContainDate(title), title).toBe(false);
    for (const dated of ['Call Bob tomorrow', 'next w', 'in a few days', 'Pay rent 1st', 'standup at noon'])
      expect(mayContainDate(dated), dated).toBe(true);
  });
});
