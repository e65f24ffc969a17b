import type { Priority } from '../../ticktick/types';
import { WORD_END, WORD_START, type Scan } from './scan';
import type { Chip } from './types';
import type { TimeOfDay } from './zoned';

/**
 * TickTick's symbols: `#tag`, `~List` or `^List` (quoted when it has spaces),
 * `!1`–`!3` or `!high`/`!medium`/`!low`/`!none`, and reminders in words. A
 * symbol starts a word: `C#`, `Wow!1` and `a~b` stay text, and so does a `#`
 * or `~` followed by digits only (`issue #12`, `~5 minutes`).
 */

const PRIORITIES: Record<string, Priority> = { '1': 5, high: 5, '2': 3, medium: 3, med: 3, '3': 1, low: 1, none: 0 };
const PRIORITY_NAMES: Record<Priority, string> = {
  0: 'No priority',
  1: 'Low priority',
  3: 'Medium priority',
  5: 'High priority',
};

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
  w: 604_800,
  week: 604_800,
  weeks: 604_800,
};

// A tag or list name ends at whitespace; closing punctuation after it belongs to the sentence.
// Neither crosses text already taken (the filler): `~"Home https://x.io ~"` names no list.
const NAME = String.raw`[^\s#~^!"\\:*?<>|\uE000]*[^\s#~^!"\\:*?<>|.,;)\]\uE000]`;
const TAG = new RegExp(`${WORD_START}#(${NAME})`, 'gu');
const PROJECT = new RegExp(`${WORD_START}[~^](?:"([^"\uE000]+)"|(${NAME}))`, 'gu');
const PRIORITY = new RegExp(`${WORD_START}!(1|2|3|high|medium|med|low|none)${WORD_END}`, 'giu');
const REMINDER_TIME = String.raw`(\d{1,2})(?::(\d{2}))?\s*([ap]\.?m\.?)?|noon|midnight`;
const REMINDER = new RegExp(
  String.raw`${WORD_START}remind(?:\s+me)?\s+(?:(\d+)\s*(${Object.keys(UNIT_SECONDS).join('|')})\s+(?:before|early)|(on\s+time|at\s+the\s+time)|at\s+(?:${REMINDER_TIME}))${WORD_END}`,
  'giu',
);

/** A reminder as typed: an offset from the due time, or a time of day on the due day. */
export type ReminderSpec = { offset: number } | { at: TimeOfDay };

export interface Symbols {
  chips: Chip[];
  tags: string[];
  priority?: Priority;
  project?: string;
  reminders: ReminderSpec[];
}

const hasLetter = (name: string) => /\p{L}/u.test(name);

function readTags(scan: Scan, found: Symbols): void {
  for (const match of scan.masked.matchAll(TAG)) {
    const name = match[1]!;
    if (!hasLetter(name)) continue;
    // A nested tag (#parent/child) names the child; TickTick keeps the parent on the tag itself.
    const tag = name.split('/').filter(Boolean).at(-1)!.toLowerCase();
    found.chips.push({ kind: 'tag', text: match[0], label: `#${name}`, index: match.index });
    scan.mask(match.index, match[0].length);
    if (!found.tags.includes(tag)) found.tags.push(tag);
  }
}

/** The first list named is the task's, as in TickTick; a later one stays text. */
function readProject(scan: Scan, found: Symbols): void {
  for (const match of scan.masked.matchAll(PROJECT)) {
    const name = (match[1] ?? match[2])!.trim();
    if (!hasLetter(name)) continue;
    found.project = name;
    found.chips.push({ kind: 'project', text: match[0], label: name, index: match.index });
    scan.mask(match.index, match[0].length);
    return;
  }
}

/** When priorities repeat, the last one wins, as in TickTick; the others stay text. */
function readPriority(scan: Scan, found: Symbols): void {
  const last = [...scan.masked.matchAll(PRIORITY)].at(-1);
  if (!last) return;
  const priority = PRIORITIES[last[1]!.toLowerCase()]!;
  found.priority = priority;
  found.chips.push({ kind: 'priority', text: last[0], label: PRIORITY_NAMES[priority], index: last.index });
  scan.mask(last.index, last[0].length);
}

function reminderTime(
  hourText: string | undefined,
  minuteText: string | undefined,
  meridiem: string | undefined,
  word: string,
): TimeOfDay | undefined {
  if (/noon/i.test(word)) return { hour: 12, minute: 0 };
  if (/midnight/i.test(word)) return { hour: 0, minute: 0 };
  let hour = Number(hourText);
  const minute = Number(minuteText ?? 0);
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (/p/i.test(meridiem) ? 12 : 0);
  }
  return hour <= 23 && minute <= 59 ? { hour, minute } : undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

function readReminders(scan: Scan, found: Symbols): void {
  for (const match of scan.masked.matchAll(REMINDER)) {
    const [text, amount, unit, onTime, hour, minute, meridiem] = match;
    let spec: ReminderSpec | undefined;
    let label: string;
    if (onTime) {
      spec = { offset: 0 };
      label = 'Remind on time';
    } else if (amount) {
      spec = { offset: -Number(amount) * UNIT_SECONDS[unit!.toLowerCase()]! };
      label = `Remind ${amount}${unit!.toLowerCase()[0]} before`;
    } else {
      const at = reminderTime(hour, minute, meridiem, text);
      spec = at && { at };
      label = at ? `Remind at ${pad(at.hour)}:${pad(at.minute)}` : '';
    }
    if (!spec) continue;
    found.chips.push({ kind: 'reminder', text, label, index: match.index });
    scan.mask(match.index, text.length);
    found.reminders.push(spec);
  }
}

/** Lists first, because a list name may be quoted; the caller protects other quoted text before tags. */
export function readProjectSymbol(scan: Scan): Symbols {
  const found: Symbols = { chips: [], tags: [], reminders: [] };
  readProject(scan, found);
  return found;
}

export function readOtherSymbols(scan: Scan, found: Symbols): void {
  readTags(scan, found);
  readPriority(scan, found);
  readReminders(scan, found);
}
