import { defineModel, opt, type Infer, type Input, type SchemaMode } from '../model';
import {
  Color,
  ETag,
  ICalTrigger,
  InboxId,
  Kind,
  ObjectId,
  Priority,
  Progress,
  RepeatFrom,
  SortOrder,
  Status,
  TTRRule,
  TagLabel,
  TagName,
  TickTickDate,
  TimeZoneName,
  colorIn,
} from '../types';
import { CredentialToken } from '../token';
import { z } from '../zod';

/** Models of the undocumented V2 API, after pyticktick's `models.v2`, shaped by real answers (FIELDS.md). */

const ProjectId = z.union([ObjectId, InboxId]);
const ViewMode = z.enum(['list', 'kanban', 'timeline']);
/** User ids come as numbers in some answers and strings in others. */
const UserId = z.pipe(z.union([z.string(), z.number()]), z.transform(String));

/** What sign-on and `/user/status` both tell about the user. */
const userFields = () => ({
  userId: UserId,
  username: z.string(),
  inboxId: InboxId,
  pro: opt(z.boolean()),
  userCode: opt(z.string()),
  teamPro: opt(z.boolean()),
  proStartDate: opt(z.string()),
  proEndDate: opt(z.string()),
  subscribeType: opt(z.string()),
  subscribeFreq: opt(z.string()),
  needSubscribe: opt(z.boolean()),
  freq: opt(z.string()),
  teamUser: opt(z.boolean()),
  activeTeamUser: opt(z.boolean()),
  freeTrial: opt(z.boolean()),
  gracePeriod: opt(z.boolean()),
  ds: opt(z.boolean()),
  /** pyticktick's `datetime`, which pydantic reads from a date string or from seconds since the epoch. */
  registerDate: opt(z.union([TickTickDate, z.number()])),
});

export const UserSignOnV2 = /* @__PURE__ */ defineModel('UserSignOnV2', () => ({
  token: CredentialToken,
  ...userFields(),
}));
export type UserSignOnV2 = Infer<typeof UserSignOnV2>;

/** The sign-on answer when the account has two-factor sign-in on. */
export const UserSignOnWithTOTPV2 = /* @__PURE__ */ defineModel('UserSignOnWithTOTPV2', () => ({
  authId: z.string().check(z.minLength(1)),
  expireTime: z.int(),
}));
export type UserSignOnWithTOTPV2 = Infer<typeof UserSignOnWithTOTPV2>;

export const UserStatusV2 = /* @__PURE__ */ defineModel('UserStatusV2', () => ({
  ...userFields(),
  timeStamp: opt(z.number()),
}));
export type UserStatusV2 = Infer<typeof UserStatusV2>;

export const UserProfileV2 = /* @__PURE__ */ defineModel('UserProfileV2', () => ({
  username: z.string(),
  etimestamp: opt(z.unknown()),
  siteDomain: opt(z.string()),
  createdCampaign: opt(z.string()),
  createdDeviceInfo: opt(z.unknown()),
  filledPassword: opt(z.boolean()),
  accountDomain: opt(z.unknown()),
  /** Misspelt by the server. */
  extenalId: opt(z.unknown()),
  email: opt(z.string()),
  verifiedEmail: opt(z.boolean()),
  fakedEmail: opt(z.boolean()),
  phone: opt(z.string()),
  name: opt(z.string()),
  givenName: opt(z.string()),
  familyName: opt(z.string()),
  link: opt(z.string()),
  picture: opt(z.string()),
  gender: opt(z.unknown()),
  locale: opt(z.string()),
  userCode: opt(z.string()),
  verCode: opt(z.unknown()),
  verKey: opt(z.unknown()),
  externalId: opt(z.unknown()),
  phoneWithoutCountryCode: opt(z.string()),
  displayName: opt(z.string()),
}));
export type UserProfileV2 = Infer<typeof UserProfileV2>;

export const ReminderV2 = /* @__PURE__ */ defineModel('ReminderV2', () => ({ id: ObjectId, trigger: ICalTrigger }));

export const ChecklistItemV2 = /* @__PURE__ */ defineModel('ChecklistItemV2', () => ({
  id: ObjectId,
  title: opt(z.string()),
  status: opt(Status),
  sortOrder: opt(SortOrder),
  startDate: opt(TickTickDate),
  isAllDay: opt(z.boolean()),
  timeZone: TimeZoneName,
  completedTime: opt(TickTickDate),
  snoozeReminderTime: opt(z.unknown()),
}));

export const TaskV2 = /* @__PURE__ */ defineModel('TaskV2', (mode) => ({
  id: ObjectId,
  projectId: ProjectId,
  title: opt(z.string()),
  content: opt(z.string()),
  desc: opt(z.string()),
  kind: opt(Kind),
  isAllDay: opt(z.boolean()),
  isFloating: opt(z.boolean()),
  startDate: opt(TickTickDate),
  dueDate: opt(TickTickDate),
  timeZone: TimeZoneName,
  reminder: opt(ICalTrigger),
  reminders: opt(z.array(ReminderV2(mode))),
  remindTime: opt(z.unknown()),
  repeatFlag: opt(TTRRule),
  repeatFrom: opt(RepeatFrom),
  repeatFirstDate: opt(TickTickDate),
  repeatTaskId: opt(z.string()),
  exDate: opt(z.array(z.string())),
  priority: Priority,
  status: Status,
  progress: opt(Progress),
  completedTime: opt(TickTickDate),
  completedUserId: opt(z.number()),
  sortOrder: SortOrder,
  items: opt(z.array(ChecklistItemV2(mode))),
  tags: opt(z.array(z.string())),
  etag: opt(ETag),
  createdTime: opt(TickTickDate),
  modifiedTime: opt(TickTickDate),
  pinnedTime: opt(TickTickDate),
  creator: opt(z.number()),
  assignee: opt(z.unknown()),
  deleted: opt(z.int()),
  parentId: opt(ObjectId),
  childIds: opt(z.array(ObjectId)),
  columnId: opt(z.string()),
  attachments: opt(z.array(z.unknown())),
  focusSummaries: opt(z.array(z.unknown())),
  pomodoroSummaries: opt(z.array(z.unknown())),
  commentCount: opt(z.int()),
  imgMode: opt(z.int()),
  annoyingAlert: opt(z.unknown()),
}));
export type TaskV2 = Infer<typeof TaskV2>;

export const ProjectV2 = /* @__PURE__ */ defineModel('ProjectV2', (mode) => ({
  id: ObjectId,
  name: opt(z.string()),
  isOwner: opt(z.boolean()),
  color: opt(colorIn(mode)),
  inAll: opt(z.boolean()),
  sortOrder: opt(SortOrder),
  sortOption: opt(z.record(z.string(), z.unknown())),
  sortType: opt(z.string()),
  userCount: opt(z.int()),
  etag: opt(ETag),
  modifiedTime: opt(TickTickDate),
  closed: opt(z.boolean()),
  muted: opt(z.boolean()),
  transferred: opt(z.unknown()),
  groupId: opt(ObjectId),
  viewMode: opt(ViewMode),
  notificationOptions: opt(z.array(z.unknown())),
  teamId: opt(z.string()),
  permission: opt(z.string()),
  kind: opt(z.enum(['TASK', 'NOTE'])),
  timeline: opt(z.record(z.string(), z.unknown())),
  needAudit: opt(z.boolean()),
  barcodeNeedAudit: opt(z.boolean()),
  openToTeam: opt(z.boolean()),
  teamMemberPermission: opt(z.unknown()),
  source: opt(z.int()),
  background: opt(z.unknown()),
  creatorRemoved: opt(z.boolean()),
  lastCloseToAll: opt(z.unknown()),
  ownerId: opt(z.unknown()),
  referId: opt(z.unknown()),
  reminderType: opt(z.unknown()),
  showType: opt(z.unknown()),
}));
export type ProjectV2 = Infer<typeof ProjectV2>;

export const ProjectGroupV2 = /* @__PURE__ */ defineModel('ProjectGroupV2', () => ({
  id: ObjectId,
  name: z.string(),
  etag: opt(ETag),
  showAll: opt(z.boolean()),
  sortOrder: opt(SortOrder),
  viewMode: opt(ViewMode),
  deleted: opt(z.int()),
  userId: opt(z.number()),
  sortType: opt(z.string()),
  sortOption: opt(z.record(z.string(), z.unknown())),
  teamId: opt(z.string()),
  timeline: opt(z.record(z.string(), z.unknown())),
  background: opt(z.unknown()),
}));
export type ProjectGroupV2 = Infer<typeof ProjectGroupV2>;

export const TagV2 = /* @__PURE__ */ defineModel('TagV2', (mode) => ({
  name: TagName,
  label: TagLabel,
  rawName: opt(z.string()),
  color: opt(colorIn(mode)),
  etag: opt(ETag),
  parent: opt(z.string()),
  sortOrder: opt(SortOrder),
  sortOption: opt(z.record(z.string(), z.unknown())),
  sortType: opt(z.string()),
  timeline: opt(z.record(z.string(), z.unknown())),
  type: opt(z.int()),
}));
export type TagV2 = Infer<typeof TagV2>;

const SyncTaskBeanV2 = /* @__PURE__ */ defineModel('SyncTaskBeanV2', (mode) => ({
  update: z.array(TaskV2(mode)),
  delete: opt(z.array(z.unknown())),
  add: opt(z.array(z.unknown())),
  tagUpdate: opt(z.array(z.unknown())),
  empty: opt(z.boolean()),
}));

/** `GET /batch/check/0`: everything a fresh client needs. */
export const SyncV2 = /* @__PURE__ */ defineModel('SyncV2', (mode) => ({
  checkPoint: z.number(),
  inboxId: InboxId,
  projectProfiles: z.array(ProjectV2(mode)),
  projectGroups: opt(z.array(ProjectGroupV2(mode))),
  tags: opt(z.array(TagV2(mode))),
  syncTaskBean: SyncTaskBeanV2(mode),
  filters: opt(z.array(z.unknown())),
  syncTaskOrderBean: opt(z.unknown()),
  syncOrderBean: opt(z.unknown()),
  syncOrderBeanV3: opt(z.unknown()),
  checks: opt(z.unknown()),
  remindChanges: opt(z.array(z.unknown())),
}));
export type SyncV2 = Infer<typeof SyncV2>;

/** Batch answers: failures come back per item inside a 200. */
export const BatchRespV2 = /* @__PURE__ */ defineModel('BatchRespV2', () => ({
  id2etag: z.record(z.string(), z.string()),
  id2error: z.record(z.string(), z.string()),
}));
export type BatchRespV2 = Infer<typeof BatchRespV2>;

const ReminderInputV2 = /* @__PURE__ */ defineModel('ReminderInputV2', () => ({ id: ObjectId, trigger: ICalTrigger }));
const ChecklistItemInputV2 = /* @__PURE__ */ defineModel('ChecklistItemInputV2', () => ({
  id: opt(ObjectId),
  title: opt(z.string()),
  status: opt(Status),
  sortOrder: opt(SortOrder),
  startDate: opt(TickTickDate),
  isAllDay: opt(z.boolean()),
  timeZone: TimeZoneName,
  completedTime: opt(TickTickDate),
}));

/** The task fields pyticktick's CreateTaskV2 and UpdateTaskV2 declare. */
const taskInputFields = (mode: SchemaMode) => ({
  title: opt(z.string()),
  content: opt(z.string()),
  desc: opt(z.string()),
  kind: opt(Kind),
  isAllDay: opt(z.boolean()),
  startDate: opt(TickTickDate),
  dueDate: opt(TickTickDate),
  timeZone: TimeZoneName,
  /** `{id, trigger}` objects: V2 answers plain strings with a 500. */
  reminders: opt(z.array(ReminderInputV2(mode))),
  repeatFlag: opt(TTRRule),
  repeatFrom: opt(RepeatFrom),
  priority: opt(Priority),
  status: opt(Status),
  sortOrder: opt(SortOrder),
  items: opt(z.array(ChecklistItemInputV2(mode))),
  tags: opt(z.array(TagName)),
  parentId: opt(ObjectId),
  columnId: opt(z.string()),
  completedTime: opt(TickTickDate),
  /** Sent back as read: pyticktick's live tests round-trip them. */
  isFloating: opt(z.boolean()),
  modifiedTime: opt(TickTickDate),
  etag: opt(ETag),
  progress: opt(Progress),
  creator: opt(z.number()),
  assignee: opt(z.number()),
  completedUserId: opt(z.number()),
});

export const CreateTaskV2 = /* @__PURE__ */ defineModel('CreateTaskV2', (mode) => ({
  ...taskInputFields(mode),
  /** Chosen by the client, so that sending the same add twice makes one task. */
  id: opt(ObjectId),
  projectId: ProjectId,
}));
export type CreateTaskV2 = Input<typeof CreateTaskV2>;

export const UpdateTaskV2 = /* @__PURE__ */ defineModel('UpdateTaskV2', (mode) => ({
  ...taskInputFields(mode),
  id: ObjectId,
  projectId: ProjectId,
}));
export type UpdateTaskV2 = Input<typeof UpdateTaskV2>;

export const DeleteTaskV2 = /* @__PURE__ */ defineModel('DeleteTaskV2', () => ({
  taskId: ObjectId,
  projectId: ProjectId,
}));
export type DeleteTaskV2 = Input<typeof DeleteTaskV2>;

export const PostBatchTaskV2 = /* @__PURE__ */ defineModel('PostBatchTaskV2', (mode) => ({
  add: z._default(z.array(CreateTaskV2(mode)), []),
  update: z._default(z.array(UpdateTaskV2(mode)), []),
  delete: z._default(z.array(DeleteTaskV2(mode)), []),
}));
export type PostBatchTaskV2 = Input<typeof PostBatchTaskV2>;

export const MoveTaskV2 = /* @__PURE__ */ defineModel('MoveTaskV2', () => ({
  taskId: ObjectId,
  fromProjectId: ProjectId,
  toProjectId: ProjectId,
}));
export type MoveTaskV2 = Input<typeof MoveTaskV2>;

/** A name a project is given: not empty, since an empty one leaves a list without a name. */
const projectName = (missing?: string) => z.string(missing).check(z.minLength(1, 'A project needs a name'));

export const CreateProjectV2 = /* @__PURE__ */ defineModel('CreateProjectV2', () => ({
  name: projectName(),
  color: opt(Color),
  groupId: opt(ObjectId),
  id: opt(ObjectId),
  kind: opt(z.enum(['TASK', 'NOTE'])),
  viewMode: opt(ViewMode),
  sortOrder: opt(SortOrder),
}));
export type CreateProjectV2 = Input<typeof CreateProjectV2>;

export const UpdateProjectV2 = /* @__PURE__ */ defineModel('UpdateProjectV2', () => ({
  id: ObjectId,
  /** Must be sent on every update, or TickTick wipes the name. */
  name: projectName('name is required on update: TickTick wipes a name that is not resent'),
  color: opt(Color),
  /** `"NONE"` takes the project out of its folder; absent leaves it where it is. */
  groupId: opt(z.union([z.literal('NONE'), ObjectId])),
  kind: opt(z.enum(['TASK', 'NOTE'])),
  viewMode: opt(ViewMode),
  sortOrder: opt(SortOrder),
}));
export type UpdateProjectV2 = Input<typeof UpdateProjectV2>;

export const PostBatchProjectV2 = /* @__PURE__ */ defineModel('PostBatchProjectV2', (mode) => ({
  add: z._default(z.array(CreateProjectV2(mode)), []),
  update: z._default(z.array(UpdateProjectV2(mode)), []),
  delete: z._default(z.array(ObjectId), []),
}));
export type PostBatchProjectV2 = Input<typeof PostBatchProjectV2>;
