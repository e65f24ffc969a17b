import { formatTickTickDate, newEtag, newObjectId } from './format';

/** Everything the sandbox knows, in memory; one instance per sandbox. */

export interface Account {
  userId: number;
  username: string;
  password: string;
  /** Base32 TOTP secret when the account has two-factor sign-in on. */
  totpSecret?: string;
  /** Sign-on answers "CAPTCHA required" unless the body carries verCode and verKey. */
  captchaRequired?: boolean;
  /** Personal API tokens (`tp_…`) accepted by V1. */
  personalTokens: string[];
  failedSignons: number;
}

export interface ChecklistItem {
  id: string;
  title: string;
  status: number;
  sortOrder: bigint;
  startDate?: string;
  isAllDay: boolean;
  timeZone: string;
  completedTime?: string;
}

export interface StoredTask {
  id: string;
  userId: number;
  projectId: string;
  title: string;
  content?: string;
  desc?: string;
  kind: 'TEXT' | 'NOTE' | 'CHECKLIST';
  isAllDay: boolean;
  startDate?: string;
  dueDate?: string;
  timeZone?: string;
  reminders: { id: string; trigger: string }[];
  repeatFlag?: string;
  repeatFrom?: string;
  priority: number;
  status: number;
  completedTime?: string;
  sortOrder: bigint;
  items: ChecklistItem[];
  tags: string[];
  parentId?: string;
  columnId?: string;
  etag: string;
  createdTime: string;
  modifiedTime: string;
  deleted: 0 | 1;
}

export interface StoredProject {
  id: string;
  userId: number;
  name: string;
  color?: string;
  groupId?: string;
  kind: 'TASK' | 'NOTE';
  viewMode: 'list' | 'kanban' | 'timeline';
  sortOrder: bigint;
  closed: boolean;
  etag: string;
  modifiedTime: string;
}

export interface StoredProjectGroup {
  id: string;
  userId: number;
  name: string;
  sortOrder: bigint;
  etag: string;
}

export interface StoredTag {
  userId: number;
  name: string;
  label: string;
  color: string;
  parent?: string;
  sortOrder: bigint;
  etag: string;
}

export interface OAuthClient {
  clientId: string;
  clientSecret: string;
  /** Registered redirect URIs; an absent list accepts any (handy for tests). */
  redirectUris?: string[];
  name: string;
}

export interface OAuthCode {
  code: string;
  clientId: string;
  redirectUri: string;
  scope: string;
  userId: number;
  expiresAt: number;
}

export interface MfaChallenge {
  authId: string;
  userId: number;
  expiresAt: number;
}

export class SandboxState {
  accounts: Account[] = [];
  projects = new Map<string, StoredProject>();
  projectGroups = new Map<string, StoredProjectGroup>();
  tags: StoredTag[] = [];
  tasks = new Map<string, StoredTask>();
  oauthClients = new Map<string, OAuthClient>();
  oauthCodes = new Map<string, OAuthCode>();
  /** OAuth access token → user and expiry (ms). */
  oauthTokens = new Map<string, { userId: number; expiresAt: number }>();
  /** V2 session token (cookie `t`) → user. */
  sessions = new Map<string, number>();
  mfaChallenges = new Map<string, MfaChallenge>();

  constructor(readonly now: () => number = Date.now) {}

  inboxId(userId: number): string {
    return `inbox${userId}`;
  }

  accountById(userId: number): Account | undefined {
    return this.accounts.find((a) => a.userId === userId);
  }

  accountByUsername(username: string): Account | undefined {
    return this.accounts.find((a) => a.username.toLowerCase() === username.toLowerCase());
  }

  userForV1Token(token: string): number | undefined {
    const personal = this.accounts.find((a) => a.personalTokens.includes(token));
    if (personal) return personal.userId;
    const oauth = this.oauthTokens.get(token);
    if (oauth && oauth.expiresAt > this.now()) return oauth.userId;
    return undefined;
  }

  timestamp(): string {
    return formatTickTickDate(new Date(this.now()));
  }

  /** Projects of a user, without the Inbox (which is not a stored project). */
  projectsOf(userId: number): StoredProject[] {
    return [...this.projects.values()].filter((p) => p.userId === userId);
  }

  /** A user's live tasks: deleted ones stay stored (TickTick soft-deletes, `deleted: 1`) but are not among them. */
  tasksOf(userId: number): StoredTask[] {
    return [...this.tasks.values()].filter((t) => t.userId === userId && t.deleted === 0);
  }

  /** A project id the user may write to: one of theirs, or their Inbox. */
  ownsProject(userId: number, projectId: string): boolean {
    if (projectId === this.inboxId(userId)) return true;
    return this.projects.get(projectId)?.userId === userId;
  }

  nextSortOrder(existing: Iterable<{ sortOrder: bigint }>): bigint {
    let min = 0n;
    for (const item of existing) if (item.sortOrder < min) min = item.sortOrder;
    return min - 1099511627776n;
  }

  addProject(userId: number, fields: Partial<StoredProject> & { name: string }): StoredProject {
    const project: StoredProject = {
      id: fields.id ?? newObjectId(),
      userId,
      name: fields.name,
      color: fields.color,
      groupId: fields.groupId,
      kind: fields.kind ?? 'TASK',
      viewMode: fields.viewMode ?? 'list',
      sortOrder: fields.sortOrder ?? this.nextSortOrder(this.projectsOf(userId)),
      closed: fields.closed ?? false,
      etag: newEtag(),
      modifiedTime: this.timestamp(),
    };
    this.projects.set(project.id, project);
    return project;
  }

  addTask(userId: number, fields: Partial<StoredTask> & { projectId: string; title: string }): StoredTask {
    const now = this.timestamp();
    const task: StoredTask = {
      kind: 'TEXT',
      isAllDay: false,
      reminders: [],
      priority: 0,
      status: 0,
      items: [],
      tags: [],
      deleted: 0,
      ...fields,
      id: fields.id ?? newObjectId(),
      userId,
      sortOrder: fields.sortOrder ?? this.lowestTaskSort(userId, fields.projectId) - 1099511627776n,
      etag: newEtag(),
      createdTime: now,
      modifiedTime: now,
    };
    // TickTick silently drops the repeat of a task created without a start date (docs/api.md, "The sandbox's quirks").
    if (!task.startDate) delete task.repeatFlag;
    this.tasks.set(task.id, task);
    const key = `${userId}:${task.projectId}`;
    if (task.sortOrder < (this.lowestSorts.get(key) ?? 0n)) this.lowestSorts.set(key, task.sortOrder);
    return task;
  }

  /**
   * The lowest sortOrder a task of this list has had: a new task goes above it, as in TickTick. Kept as tasks
   * come, not found by reading them all: a sandbox whose creates slow down as tasks pile up would make the
   * extension's outbox look slower with its length than it is.
   */
  private readonly lowestSorts = new Map<string, bigint>();
  private lowestTaskSort(userId: number, projectId: string): bigint {
    return this.lowestSorts.get(`${userId}:${projectId}`) ?? 0n;
  }

  touch<T extends { etag: string }>(record: T): T {
    record.etag = newEtag();
    if ('modifiedTime' in record) (record as { modifiedTime: string }).modifiedTime = this.timestamp();
    return record;
  }
}
