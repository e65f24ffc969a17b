import type { CaptureSettings, CaptureTask } from '../storage/items';
import { formatTickTickDate, newObjectId, toICalTrigger } from '../ticktick/types';
import { renderContent } from './content-template';
import type { QuickAddResult } from './quick-add-parser';
import { addDays, startOfDayIn, wallClockAt } from './quick-add/zoned';
import { cleanTitle, defangTitle } from './sanitize';

export interface PageSource {
  title?: string;
  url?: string;
  selection?: string;
}

export interface BuiltTask {
  task: CaptureTask;
  /** Said to the user: the selection was cut, a ~list was not found… */
  notices: string[];
}

/** The default date, on the user's calendar: today's or tomorrow's midnight in their zone. */
function defaultDue(choice: CaptureSettings['defaultDue'], now: Date, timeZone: string) {
  if (choice === 'none') return undefined;
  const today = wallClockAt(now, timeZone);
  const day = choice === 'tomorrow' ? addDays(today, 1) : today;
  return { date: startOfDayIn({ year: day.year, month: day.month, day: day.day }, timeZone), allDay: true };
}

/**
 * Turns what was typed (parsed), the page and the user's defaults into the
 * task to send. All-day tasks carry `isAllDay` and the time zone, or TickTick
 * shows them "at 00:00"; a repeat always has a start date.
 */
export function buildTask(options: {
  parsed: QuickAddResult;
  page?: PageSource;
  /** The title when nothing was typed (e.g. a right-click capture). */
  fallbackTitle?: string;
  projectId?: string;
  settings: CaptureSettings;
  timeZone: string;
  now: Date;
}): BuiltTask {
  const { parsed, page, settings, now } = options;
  const notices: string[] = [];
  const title = defangTitle(cleanTitle(parsed.title || options.fallbackTitle || page?.title, page?.url));
  const content = page
    ? renderContent(settings.contentTemplate, {
        title: cleanTitle(page.title, page.url),
        url: page.url,
        selection: page.selection,
        now,
      })
    : { text: '', truncated: false };
  if (content.truncated) notices.push('The selection was too long for TickTick and was shortened.');

  const due = parsed.due ?? defaultDue(settings.defaultDue, now, options.timeZone);
  const task: CaptureTask = { title };
  if (content.text) task.content = content.text;
  if (options.projectId ?? settings.defaultProjectId) task.projectId = options.projectId ?? settings.defaultProjectId;
  if (due) {
    const at = formatTickTickDate(due.date);
    Object.assign(task, { startDate: at, dueDate: at, isAllDay: due.allDay, timeZone: options.timeZone });
  }
  if (parsed.repeat) task.repeatFlag = parsed.repeat;
  const priority = parsed.priority ?? settings.defaultPriority;
  if (priority) task.priority = priority;
  const tags = [...new Set([...settings.defaultTags, ...parsed.tags])];
  if (tags.length) task.tags = tags;
  if (parsed.reminders.length && due) {
    task.reminders = parsed.reminders.map((offset) => ({ id: newObjectId(), trigger: toICalTrigger(offset) }));
  } else if (parsed.reminders.length) {
    notices.push('Reminders need a date: add one, like "tomorrow 9am".');
  }
  return { task, notices };
}
