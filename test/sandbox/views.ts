import type { ChecklistItem, SandboxState, StoredProject, StoredProjectGroup, StoredTag, StoredTask } from './state';

/** How stored records look on the wire, per API: keys omitted when absent, `""` where real V2 data has it. */

function defined<T extends object>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * A task's tags as TickTick answers them: not in the order they were sent. The
 * sandbox rotates them by one, so a list of two or more never comes back in
 * the order stored, and no test can come to rely on an order.
 */
export function unorderedTags(tags: string[]): string[] {
  return tags.length < 2 ? tags : [...tags.slice(1), tags[0]!];
}

export function itemView(item: ChecklistItem) {
  return defined({
    id: item.id,
    title: item.title,
    status: item.status,
    sortOrder: item.sortOrder,
    startDate: item.startDate ?? null,
    isAllDay: item.isAllDay,
    timeZone: item.timeZone,
    completedTime: item.completedTime ?? null,
  });
}

export function v1ProjectView(p: StoredProject) {
  return defined({
    id: p.id,
    name: p.name,
    color: p.color,
    sortOrder: p.sortOrder,
    closed: p.closed,
    groupId: p.groupId,
    viewMode: p.viewMode,
    permission: 'write',
    kind: p.kind,
  });
}

export function v1InboxView(state: SandboxState, userId: number) {
  return { id: state.inboxId(userId), name: 'Inbox', kind: 'TASK', viewMode: 'list', closed: false };
}

export function v1TaskView(t: StoredTask) {
  return defined({
    id: t.id,
    projectId: t.projectId,
    title: t.title,
    content: t.content ?? '',
    desc: t.desc,
    isAllDay: t.isAllDay,
    startDate: t.startDate,
    dueDate: t.dueDate,
    timeZone: t.timeZone ?? '',
    reminders: t.reminders.map((r) => r.trigger),
    repeatFlag: t.repeatFlag,
    priority: t.priority,
    status: t.status,
    completedTime: t.completedTime,
    sortOrder: t.sortOrder,
    items: t.items.map(itemView),
    kind: t.kind,
    etag: t.etag,
    tags: unorderedTags(t.tags),
  });
}

export function v2TaskView(t: StoredTask) {
  return defined({
    id: t.id,
    projectId: t.projectId,
    sortOrder: t.sortOrder,
    title: t.title,
    content: t.content ?? '',
    desc: t.desc ?? '',
    timeZone: t.timeZone ?? '',
    isFloating: false,
    isAllDay: t.isAllDay,
    reminder: t.reminders[0]?.trigger ?? '',
    reminders: t.reminders,
    repeatFirstDate: t.repeatFlag ? (t.startDate ?? null) : null,
    repeatFlag: t.repeatFlag ?? '',
    repeatFrom: t.repeatFrom ?? '',
    exDate: [],
    completedTime: t.completedTime ?? null,
    completedUserId: t.completedTime ? t.userId : null,
    startDate: t.startDate ?? null,
    dueDate: t.dueDate ?? null,
    priority: t.priority,
    status: t.status,
    items: t.items.map(itemView),
    progress: 0,
    modifiedTime: t.modifiedTime,
    etag: t.etag,
    deleted: t.deleted,
    createdTime: t.createdTime,
    creator: t.userId,
    tags: unorderedTags(t.tags),
    attachments: [],
    focusSummaries: [],
    columnId: t.columnId ?? '',
    parentId: t.parentId,
    commentCount: 0,
    kind: t.kind,
    imgMode: 0,
  });
}

export function v2ProjectView(p: StoredProject) {
  return {
    id: p.id,
    name: p.name,
    isOwner: true,
    color: p.color ?? null,
    inAll: true,
    sortOrder: p.sortOrder,
    sortOption: null,
    sortType: 'sortOrder',
    userCount: 1,
    etag: p.etag,
    modifiedTime: p.modifiedTime,
    closed: p.closed ? true : null,
    muted: false,
    transferred: null,
    groupId: p.groupId ?? null,
    viewMode: p.viewMode,
    notificationOptions: null,
    teamId: null,
    permission: null,
    kind: p.kind,
    timeline: null,
    needAudit: true,
    barcodeNeedAudit: false,
    openToTeam: false,
    teamMemberPermission: null,
    source: 1,
  };
}

export function v2ProjectGroupView(g: StoredProjectGroup) {
  return {
    id: g.id,
    etag: g.etag,
    name: g.name,
    showAll: true,
    sortOrder: g.sortOrder,
    viewMode: null,
    deleted: 0,
    userId: g.userId,
    sortType: 'project',
    sortOption: null,
    teamId: null,
    timeline: null,
  };
}

export function v2TagView(t: StoredTag) {
  return defined({
    name: t.name,
    rawName: t.name,
    label: t.label,
    sortOrder: t.sortOrder,
    sortType: 'project',
    color: t.color,
    etag: t.etag,
    parent: t.parent ?? null,
    type: 1,
  });
}
