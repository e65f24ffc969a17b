/**
 * Whether chrono could find a date in a line: a cheap test run first, because
 * chrono's first parse in a freshly started worker costs 10–20 ms, and most
 * titles ("How to keep a task list") hold no date at all. For words typed apart
 * it never says no where chrono would read a date; words run together
 * ("couplehour", which chrono reads as two hours) are not looked for. The
 * vocabulary is chrono's English one (locales/en/constants.js and the casual
 * parsers), wider than the parsers quick add builds its chrono from
 * (quick-add/chrono.ts); date-words.test.ts checks it against that chrono.
 */

const WEEKDAYS =
  'sun(?:day)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?';
const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const CASUAL =
  'now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|morning|afternoon|evening|night|midnight|midday|noon';
/** Time units of two letters or more, with their plurals. */
const UNITS = 'secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|mo|mos|months?|qtr|quarters?|yrs?|years?';
const ORDINALS =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth';
/** What chrono accepts before a one-letter unit ("a d", "next w", "+3h"): numbers in words, articles, relatives. */
const QUALIFIERS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?|few|several|the|couple|half|this|last|past|next|after';

// chrono's matches start after a non-word character (its \W: not an ASCII letter, digit or _), but a
// match may run on into the next word ("firstmar." is March 1st): a word counts where it starts.
const START = '(?<![A-Za-z0-9_])';
const DATE_WORD = new RegExp(`${START}(?:${WEEKDAYS}|${MONTHS}|${CASUAL}|${UNITS}|${ORDINALS})`, 'i');
const ONE_LETTER_UNIT = new RegExp(`(?:${START}(?:${QUALIFIERS})|[+-])\\s{0,3}[smhdwy](?![A-Za-z0-9_])`, 'i');

export function mayContainDate(text: string): boolean {
  return /\d/.test(text) || DATE_WORD.test(text) || ONE_LETTER_UNIT.test(text);
}
