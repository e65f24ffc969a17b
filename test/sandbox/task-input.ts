import { newObjectId, parseTickTickDate } from './format';
import type { ChecklistItem, StoredTask } from './state';

/** Task fields a client may send, checked the way the server would reject them. */
export type TaskInput = Partial<Omit<StoredTask, 'userId' | 'etag' | 'createdTime' | 'modifiedTime' | 'deleted'>>;

export class InputError extends Error {}

const PRIORITIES = new Set([0, 1, 3, 5]);
const KINDS = new Set(['TEXT', 'NOTE', 'CHECKLIST']);

/**
 * Reads a task body. V1 sends reminders as strings; V2 sends `{id, trigger}`
 * objects and answers 500 to plain strings, which `remindersAs` reproduces.
 */
export function readTaskInput(body: Record<string, unknown>, remindersAs: 'strings' | 'objects'): TaskInput {
  const input: TaskInput = {};
  const str = (key: string): string | undefined => {
    const value = body[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') throw new InputError(`${key} must be a string`);
    return value;
  };
  const date = (key: string): string | undefined => {
    const value = str(key);
    if (value === undefined || value === '') return undefined;
    if (!parseTickTickDate(value)) throw new InputError(`${key} is not a date: ${value}`);
    return value;
  };
  if (body.id !== undefined) input.id = str('id');
  if (body.projectId !== undefined) input.projectId = str('projectId');
  if (body.title !== undefined) input.title = str('title') ?? '';
  if (body.content !== undefined) input.content = str('content');
  if (body.desc !== undefined) input.desc = str('desc');
  if (body.timeZone !== undefined) input.timeZone = str('timeZone');
  if (body.repeatFlag !== undefined) input.repeatFlag = str('repeatFlag') || undefined;
  if (body.repeatFrom !== undefined) input.repeatFrom = body.repeatFrom === null ? undefined : String(body.repeatFrom);
  if (body.startDate !== undefined) input.startDate = date('startDate');
  if (body.dueDate !== undefined) input.dueDate = date('dueDate');
  if (body.completedTime !== undefined) input.completedTime = date('completedTime');
  if (body.parentId !== undefined) input.parentId = str('parentId');
  if (body.isAllDay !== undefined && body.isAllDay !== null) input.isAllDay = Boolean(body.isAllDay);
  if (body.priority !== undefined) {
    if (!PRIORITIES.has(body.priority as number)) throw new InputError('priority must be 0, 1, 3 or 5');
    input.priority = body.priority as number;
  }
  if (body.status !== undefined) input.status = Number(body.status);
  if (body.kind !== undefined && body.kind !== null) {
    const kind = String(body.kind).toUpperCase();
    if (!KINDS.has(kind)) throw new InputError(`unknown kind ${kind}`);
    input.kind = kind as StoredTask['kind'];
  }
  if (body.sortOrder !== undefined && body.sortOrder !== null)
    input.sortOrder = BigInt(Math.trunc(Number(body.sortOrder)));
  if (body.tags !== undefined && body.tags !== null) {
    if (!Array.isArray(body.tags) || body.tags.some((t) => typeof t !== 'string'))
      throw new InputError('tags must be strings');
    input.tags = (body.tags as string[]).map((t) => t.toLowerCase());
  }
  if (body.reminders !== undefined && body.reminders !== null) {
    if (!Array.isArray(body.reminders)) throw new InputError('reminders must be a list');
    input.reminders = body.reminders.map((r: unknown) => {
      if (remindersAs === 'strings') {
        if (typeof r !== 'string') throw new InputError('reminders must be trigger strings');
        return { id: newObjectId(), trigger: r };
      }
      const trigger = (r as { trigger?: unknown } | null)?.trigger;
      if (typeof r !== 'object' || typeof trigger !== 'string')
        throw new InputError('reminders must be {id, trigger} objects');
      const id = (r as { id?: unknown }).id;
      return { id: typeof id === 'string' ? id : newObjectId(), trigger };
    });
  }
  if (body.items !== undefined && body.items !== null) {
    if (!Array.isArray(body.items)) throw new InputError('items must be a list');
    input.items = body.items.map((raw: unknown, index): ChecklistItem => {
      const item = (raw ?? {}) as Record<string, unknown>;
      return {
        id: typeof item.id === 'string' ? item.id : newObjectId(),
        title: typeof item.title === 'string' ? item.title : '',
        status: Number(item.status ?? 0),
        sortOrder: BigInt(Math.trunc(Number(item.sortOrder ?? index))),
        startDate: typeof item.startDate === 'string' ? item.startDate : undefined,
        isAllDay: Boolean(item.isAllDay),
        timeZone: typeof item.timeZone === 'string' ? item.timeZone : '',
        completedTime: typeof item.completedTime === 'string' ? item.completedTime : undefined,
      };
    });
  }
  return input;
}
