import { WORD_START, type Scan } from './scan';
import type { Chip, ChipKind } from './types';

/**
 * The title is the line without the chips' words, reading as a sentence: a
 * little word that only led into a chip ("on", "at", "by", "due", "repeat")
 * goes with it, and where a chip leaves a gap before punctuation, the space
 * goes too ("Ship it friday." is "Ship it.").
 */

const LEAD_INS: Partial<Record<ChipKind, RegExp>> = {
  date: new RegExp(String.raw`${WORD_START}(?:due\s+(?:on|by|at)|due|on|at|by|before|@)\s+$`, 'iu'),
};

/** The chip with the free lead-in word in front of it, if there is one. */
export function withLeadIn(scan: Scan, chip: Chip): Chip {
  const pattern = LEAD_INS[chip.kind];
  const lead = pattern?.exec(scan.masked.slice(0, chip.index));
  if (!lead || lead[0].trim() === '') return chip;
  scan.mask(lead.index, chip.index - lead.index);
  return { ...chip, index: lead.index, text: scan.text.slice(lead.index, chip.index + chip.text.length) };
}

const CLOSING = /^[.,;:!?)\]]/;

function join(left: string, right: string): string {
  const a = left.trimEnd();
  const b = right.trimStart();
  if (!a || !b) return a + b;
  // "Buy milk (tomorrow)": brackets left empty go too.
  if (/[([]$/.test(a) && /^[)\]]/.test(b)) return join(a.slice(0, -1), b.slice(1));
  if (CLOSING.test(b)) return (/[,;:]$/.test(a) && /^[,;:]/.test(b) ? a.slice(0, -1) : a) + b;
  if (/[([]$/.test(a)) return a + b;
  return `${a} ${b}`;
}

const SEPARATOR_FIRST = /^\s*[,;:–—-]\s*/;
const SEPARATOR_LAST = /\s*[,;:–—-]\s*$/;

export function buildTitle(text: string, chips: readonly Chip[]): string {
  const parts: string[] = [];
  let cursor = 0;
  for (const chip of [...chips].sort((x, y) => x.index - y.index)) {
    parts.push(text.slice(cursor, chip.index));
    cursor = chip.index + chip.text.length;
  }
  parts.push(text.slice(cursor));
  // A chip at either end of the line leaves no separator dangling there.
  if (parts.length > 1 && !parts[0]!.trim()) parts[1] = parts[1]!.replace(SEPARATOR_FIRST, '');
  const last = parts.length - 1;
  if (last > 0 && !parts[last]!.trim()) parts[last - 1] = parts[last - 1]!.replace(SEPARATOR_LAST, '');
  return parts.reduce(join).replace(/\s+/g, ' ').trim();
}
