import { defineModel, opt, type Infer, type Input } from '../model';
import {
  Color,
  ETag,
  ICalTrigger,
  InboxId,
  Kind,
  ObjectId,
  Priority,
  SortOrder,
  Status,
  TTRRule,
  TickTickDate,
  TimeZoneName,
  colorIn,
} from '../types';
import { CredentialToken } from '../token';
import { z } from '../zod';

/** Models of the official V1 Open API, after pyticktick's `models.v1`. */

/** A project id in a V1 answer: an ObjectId, or the Inbox's `inbox<userId>`. */
export const ProjectId = z.union([ObjectId, InboxId]);

const ViewMode = z.enum(['list', 'kanban', 'timeline']);
/** The official example sends `kind: "task"`; the API answers in upper case. */
const ProjectKindName = z.enum(['TASK', 'NOTE']);
const ProjectKind = z.pipe(
  z.transform((v: unknown): unknown => (typeof v === 'string' ? v.toUpperCase() : v)),
  ProjectKindName as z.ZodMiniType,
) as unknown as typeof ProjectKindName;

export const ChecklistItemV1 = /* @__PURE__ */ defineModel('ChecklistItemV1', () => ({
  id: ObjectId,
  title: z.string(),
  status: Status,
  sortOrder: opt(SortOrder),
  startDate: opt(TickTickDate),
  isAllDay: opt(z.boolean()),
  timeZone: TimeZoneName,
  completedTime: opt(TickTickDate),
  snoozeReminderTime: opt(z.unknown()),
}));

export const ProjectV1 = /* @__PURE__ */ defineModel('ProjectV1', (mode) => ({
  id: ProjectId,
  name: z.string(),
  color: opt(colorIn(mode)),
  sortOrder: opt(SortOrder),
  closed: opt(z.boolean()),
  groupId: opt(ObjectId),
  viewMode: opt(ViewMode),
  permission: opt(z.string()),
  kind: opt(ProjectKind),
}));
export type ProjectV1 = Infer<typeof ProjectV1>;

export const TaskV1 = /* @__PURE__ */ defineModel('TaskV1', (mode) => ({
  id: ObjectId,
  projectId: ProjectId,
  title: z.string(),
  content: opt(z.string()),
  desc: opt(z.string()),
  isAllDay: opt(z.boolean()),
  /** Seen in a few real answers instead of isAllDay. */
  allDay: opt(z.boolean()),
  startDate: opt(TickTickDate),
  dueDate: opt(TickTickDate),
  timeZone: TimeZoneName,
  reminders: opt(z.array(ICalTrigger)),
  repeatFlag: opt(TTRRule),
  priority: Priority,
  status: Status,
  completedTime: opt(TickTickDate),
  sortOrder: opt(SortOrder),
  items: opt(z.array(ChecklistItemV1(mode))),
  kind: opt(Kind),
  etag: opt(ETag),
  tags: opt(z.array(z.string())),
}));
export type TaskV1 = Infer<typeof TaskV1>;

export const ColumnV1 = /* @__PURE__ */ defineModel('ColumnV1', () => ({
  id: ObjectId,
  projectId: ProjectId,
  name: z.string(),
  sortOrder: opt(SortOrder),
}));

export const ProjectDataV1 = /* @__PURE__ */ defineModel('ProjectDataV1', (mode) => ({
  project: ProjectV1(mode),
  tasks: z.array(TaskV1(mode)),
  columns: opt(z.array(ColumnV1(mode))),
}));
export type ProjectDataV1 = Infer<typeof ProjectDataV1>;

export const CreateProjectV1 = /* @__PURE__ */ defineModel('CreateProjectV1', () => ({
  name: z.string().check(z.minLength(1, 'A project needs a name')),
  color: opt(Color),
  sortOrder: opt(SortOrder),
  viewMode: opt(ViewMode),
  kind: opt(ProjectKind),
}));
export type CreateProjectV1 = Input<typeof CreateProjectV1>;

export const UpdateProjectV1 = /* @__PURE__ */ defineModel('UpdateProjectV1', () => ({
  name: opt(z.string()),
  color: opt(Color),
  sortOrder: opt(SortOrder),
  viewMode: opt(ViewMode),
  kind: opt(ProjectKind),
}));
export type UpdateProjectV1 = Input<typeof UpdateProjectV1>;

export const ChecklistItemInputV1 = /* @__PURE__ */ defineModel('ChecklistItemInputV1', () => ({
  title: z.string(),
  startDate: opt(TickTickDate),
  isAllDay: opt(z.boolean()),
  sortOrder: opt(SortOrder),
  timeZone: TimeZoneName,
  status: opt(Status),
  completedTime: opt(TickTickDate),
}));

const taskFields = (mode: 'tolerant' | 'strict') => ({
  title: opt(z.string()),
  content: opt(z.string()),
  desc: opt(z.string()),
  isAllDay: opt(z.boolean()),
  startDate: opt(TickTickDate),
  dueDate: opt(TickTickDate),
  timeZone: TimeZoneName,
  reminders: opt(z.array(ICalTrigger)),
  repeatFlag: opt(TTRRule),
  priority: opt(Priority),
  sortOrder: opt(SortOrder),
  items: opt(z.array(ChecklistItemInputV1(mode))),
  tags: opt(z.array(z.string())),
});

export const CreateTaskV1 = /* @__PURE__ */ defineModel('CreateTaskV1', (mode) => ({
  ...taskFields(mode),
  title: z.string(),
  /** Absent: the Inbox. `"inbox"` also names it. */
  projectId: opt(z.union([ProjectId, z.literal('inbox')])),
}));
export type CreateTaskV1 = Input<typeof CreateTaskV1>;

export const UpdateTaskV1 = /* @__PURE__ */ defineModel('UpdateTaskV1', (mode) => ({
  ...taskFields(mode),
  /** The API wants the task's id and project id repeated in the body. */
  id: ObjectId,
  projectId: z.union([ProjectId, z.literal('inbox')]),
}));
export type UpdateTaskV1 = Input<typeof UpdateTaskV1>;

export const MoveTaskV1 = /* @__PURE__ */ defineModel('MoveTaskV1', () => ({
  fromProjectId: z.union([ProjectId, z.literal('inbox')]),
  toProjectId: z.union([ProjectId, z.literal('inbox')]),
  taskId: ObjectId,
}));
export type MoveTaskV1 = Input<typeof MoveTaskV1>;

export const MovedTaskV1 = /* @__PURE__ */ defineModel('MovedTaskV1', () => ({ id: ObjectId, etag: opt(ETag) }));

/** What `/oauth/token` answers. */
export const OAuthTokenV1 = /* @__PURE__ */ defineModel('OAuthTokenV1', () => ({
  access_token: CredentialToken,
  token_type: z.string(),
  expires_in: z.int().check(z.positive()),
  scope: opt(z.string()),
  refresh_token: opt(z.string()),
}));
export type OAuthTokenV1 = Infer<typeof OAuthTokenV1>;

/** pyticktick's TokenV1: the token and when it expires, in Unix seconds, checked to be in the future. */
export interface TokenV1 {
  value: string;
  expiration: number;
}
export const TokenV1 = (now: () => number = Date.now) =>
  z.strictObject({
    value: z.uuid('Expected the token to be a UUID'),
    expiration: z.int().check(z.refine((seconds: number) => seconds * 1000 > now(), 'The token has expired')),
  });
