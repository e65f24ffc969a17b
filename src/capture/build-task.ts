import type { CaptureTask } from '../outbox/entry';
import type { CaptureSettings } from './capture-settings';
import { formatTickTickDate, newObjectId, toICalTrigger } from '../ticktick/types';
import { renderContent } from './content-template';
import type { QuickAddResult } from './quick-add-parser';
import { addDays, startOfDayIn, wallClockAt } from './quick-add/zoned';
import {
  cleanLine,
  cleanText,
  cleanTitle,
  defangTitle,
  escapeMarkdown,
  linkableUrl,
  MAX_TITLE_LENGTH,
} from './sanitize';

export interface PageSource {
  title?: string;
  url?: string;
  selection?: string;
  /** Content lines the page's description adds (describePage's `content`): plain text. */
  details?: string[];
  /** The selection as Markdown, from the page's reader (see renderContent). */
  selectionMarkdown?: string;
  /** "Add page with its text": the article as Markdown, from the page's reader; it follows the template. */
  text?: string;
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

export const NOTICES = {
  longTitle: 'The title was long: it was shortened, and the whole text is at the top of the description.',
  longPageTitle: 'The page’s title was long and was shortened.',
  longSelection: 'The selection was too long for TickTick and was shortened.',
  longContent: 'The description was too long for TickTick and was shortened.',
  longLink: 'The page’s address was too long to link whole: the link leaves out its query.',
  noLink: 'The page’s address was too long to link.',
} as const;

/** The task's title, and the whole typed line when the title could not hold it (it goes into the content). */
function taskTitle(options: BuildOptions, notices: string[]): { title: string; overflow?: string } {
  const { parsed, page } = options;
  const raw = parsed.title || options.fallbackTitle || page?.title;
  const title = defangTitle(cleanTitle(raw, page?.url));
  if (cleanLine(raw).length <= MAX_TITLE_LENGTH) return { title };
  if (!parsed.title) {
    notices.push(NOTICES.longPageTitle);
    return { title };
  }
  notices.push(NOTICES.longTitle);
  return { title, overflow: escapeMarkdown(cleanText(options.typed ?? parsed.title).text) };
}

/** The description: what the user wrote there, or the template filled from the page; never refused, only cut. */
function taskContent(options: BuildOptions, overflow: string | undefined, notices: string[]): string {
  const { page, settings } = options;
  let body = '';
  if (options.content !== undefined) {
    const written = cleanText(options.content);
    if (written.truncated) notices.push(NOTICES.longContent);
    body = written.text;
  } else if (page) {
    const filled = pageContent(page, settings.contentTemplate, options.now);
    notices.push(...filled.notices);
    body = filled.text;
  }
  return overflow ? cleanText(`${overflow}\n\n${body}`).text : body;
}

/** The user's template filled from a page, with what was cut said: what a capture's description will be. */
export function pageContent(page: PageSource, template: string, now: Date): { text: string; notices: string[] } {
  const rendered = renderContent(template, {
    title: cleanTitle(page.title, page.url),
    url: page.url,
    selection: page.selection,
    details: page.details,
    selectionMarkdown: page.selectionMarkdown,
    // The page's reader already cut it to leave the template room (withPageText): only a very long address cuts more.
    text: page.text,
    now,
  });
  const notices: string[] = [];
  if (rendered.truncated) notices.push(page.text ? NOTICES.longContent : NOTICES.longSelection);
  if (rendered.linkShortened) notices.push(linkableUrl(page.url).url ? NOTICES.longLink : NOTICES.noLink);
  return { text: rendered.text, notices };
}

interface BuildOptions {
  parsed: QuickAddResult;
  /** The whole line as typed, when there was one: kept in the content if the title cannot hold it. */
  typed?: string;
  page?: PageSource;
  /** The description as the user saw and edited it in the popup; without it, the template fills it. */
  content?: string;
  /** The title when nothing was typed (e.g. a right-click capture). */
  fallbackTitle?: string;
  projectId?: string;
  settings: CaptureSettings;
  timeZone: string;
  now: Date;
}

/**
 * Turns what was typed (parsed), the page and the user's defaults into the
 * task to send. Nothing is refused for its length: what is too long is cut,
 * with a notice, and a long typed line is kept whole in the description.
 * All-day tasks carry `isAllDay` and the time zone, or TickTick shows them
 * "at 00:00"; a repeat always has a start date.
 */
export function buildTask(options: BuildOptions): BuiltTask {
  const { parsed, settings, now } = options;
  const notices: string[] = [];
  const { title, overflow } = taskTitle(options, notices);
  const content = taskContent(options, overflow, notices);

  const due = parsed.due ?? defaultDue(settings.defaultDue, now, options.timeZone);
  const task: CaptureTask = { title };
  if (content) task.content = content;
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
