import { protectAddresses, protectKeptText, protectQuotes } from './quick-add/protect';
import { Scan } from './quick-add/scan';
import { readSchedule, type Schedule } from './quick-add/schedule';
import { readOtherSymbols, readProjectSymbol, type ReminderSpec } from './quick-add/symbols';
import { buildTitle } from './quick-add/title';
import type { QuickAddOptions, QuickAddResult } from './quick-add/types';
import { instantAt, knownTimeZone, wallClockAt } from './quick-add/zoned';

export type { Chip, QuickAddOptions, QuickAddResult } from './quick-add/types';

/**
 * Reads the quick-add line as you type, the way TickTick's smart recognition
 * does (Todoist's date grammar where TickTick has none): dates and times,
 * repeats with their start and end, #tags, priority, ~List and reminders
 * become chips, and the rest is the title. It is pure — the text, the moment
 * and the user's time zone in, the result out — never throws, and never drops
 * a word: each one ends up in the title or in exactly one chip's text.
 */
export function parseQuickAdd(
  input: string,
  now: Date = new Date(),
  options: Partial<QuickAddOptions> = {},
): QuickAddResult {
  const text = typeof input === 'string' ? input : '';
  const timeZone = knownTimeZone(options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
  const scan = new Scan(text);
  protectKeptText(scan, options.keptAsText);
  protectAddresses(scan);
  const symbols = readProjectSymbol(scan);
  protectQuotes(scan);
  readOtherSymbols(scan, symbols);
  const schedule = readSchedule(scan, now, wallClockAt(now, timeZone), timeZone);
  const chips = [...symbols.chips, ...schedule.chips].sort((a, b) => a.index - b.index);
  return {
    title: buildTitle(text, chips),
    chips,
    ...(schedule.due ? { due: schedule.due } : {}),
    ...(schedule.repeat ? { repeat: schedule.repeat } : {}),
    tags: symbols.tags,
    ...(symbols.priority !== undefined ? { priority: symbols.priority } : {}),
    ...(symbols.project !== undefined ? { project: symbols.project } : {}),
    reminders: reminderOffsets(symbols.reminders, schedule, timeZone),
  };
}

/** "remind at 8am" is an offset from the due time to 8am on the due day (from midnight for an all-day task). */
function reminderOffsets(specs: ReminderSpec[], schedule: Schedule, timeZone: string): number[] {
  const offsets = specs.map((spec) => {
    if ('offset' in spec) return spec.offset;
    if (!schedule.due || !schedule.dueDay) return spec.at.hour * 3600 + spec.at.minute * 60;
    const at = instantAt({ ...schedule.dueDay, ...spec.at, second: 0 }, timeZone);
    return Math.round((at.getTime() - schedule.due.date.getTime()) / 1000);
  });
  return [...new Set(offsets)];
}
