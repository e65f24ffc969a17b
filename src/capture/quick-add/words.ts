import { MONTH_DICTIONARY } from 'chrono-parts/locales/en/constants.js';

/** The words for days, months and ordinals that dates and repeats share; chrono's month names included. */

/** 0 = Monday … 6 = Sunday, with the spellings people type (chrono has no "tues" or "weds"). */
const WEEKDAYS: Record<string, number> = {
  mon: 0,
  monday: 0,
  tue: 1,
  tues: 1,
  tuesday: 1,
  wed: 2,
  weds: 2,
  wednesday: 2,
  thu: 3,
  thur: 3,
  thurs: 3,
  thursday: 3,
  fri: 4,
  friday: 4,
  sat: 5,
  saturday: 5,
  sun: 6,
  sunday: 6,
};

/** Longest first, so that an alternation never stops at a prefix ("tue" of "tuesday"). */
const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

export const WEEKDAY_PATTERN = alternation(Object.keys(WEEKDAYS));
export const MONTH_PATTERN = alternation(Object.keys(MONTH_DICTIONARY).map((m) => m.replace('.', String.raw`\.`)));

export function weekdayNamed(word: string): number | undefined {
  return WEEKDAYS[word.toLowerCase().replace(/s$/, '')] ?? WEEKDAYS[word.toLowerCase()];
}

export function monthNamed(word: string): number | undefined {
  return (MONTH_DICTIONARY as Record<string, number>)[word.toLowerCase()];
}

const ORDINAL_WORDS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, last: -1 };
export const ORDINAL_PATTERN = String.raw`first|second|third|fourth|fifth|last|[1-5](?:st|nd|rd|th)`;

export function ordinalNamed(word: string): number {
  return ORDINAL_WORDS[word.toLowerCase()] ?? Number.parseInt(word, 10);
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
export const COUNT_PATTERN = String.raw`\d{1,3}|${alternation(Object.keys(NUMBER_WORDS))}`;

export function countNamed(word: string): number {
  return NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
}

const ORDINAL_SUFFIXES = ['th', 'st', 'nd', 'rd'];
export function ordinalSuffix(n: number): string {
  const tens = Math.abs(n) % 100;
  return `${n}${tens >= 11 && tens <= 13 ? 'th' : (ORDINAL_SUFFIXES[Math.abs(n) % 10] ?? 'th')}`;
}
