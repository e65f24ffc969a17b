import { verify } from 'otplib';
import { isObjectId, newObjectId, newUuid } from '../format';
import {
  html,
  json,
  parseCookies,
  tickTickError,
  type Route,
  type SandboxRequest,
  type SandboxResponse,
} from '../http';
import { MAX_FAILED_SIGNONS } from '../seed';
import type { Account, SandboxState, StoredProject } from '../state';
import { InputError, readTaskInput } from '../task-input';
import { v2ProjectGroupView, v2ProjectView, v2TagView, v2TaskView } from '../views';

/** Sites whose Origin/Referer the real edge filter lets through. */
export const ACCEPTED_SITES = ['https://ticktick.com', 'https://dida365.com'];
const MFA_CHALLENGE_SECONDS = 300;

/**
 * What the real service answers to a V2 request that lacks the browser-like
 * headers, before any session check: the edge filter's 429 (no Origin or
 * Referer from a TickTick site) or 405 (no browser User-Agent), and a
 * misleading `username_password_not_match` 500 for a missing or malformed
 * X-Device. `undefined` when the headers pass.
 */
export function refuseWithoutBrowserHeaders(req: SandboxRequest, signingOn: boolean): SandboxResponse | undefined {
  const origin = req.headers.origin;
  const referer = req.headers.referer;
  const site = ACCEPTED_SITES.find((s) => s === origin);
  if (!site || !referer?.startsWith(`${site}/`)) {
    return html(
      '<html><head><title>429 Too Many Requests</title></head><body><h1>429 Too Many Requests</h1></body></html>',
      429,
    );
  }
  if (!req.headers['user-agent']?.startsWith('Mozilla/')) {
    return html('<html><head><title>405 Not Allowed</title></head><body><h1>405 Not Allowed</h1></body></html>', 405);
  }
  if (!validXDevice(req.headers['x-device'])) {
    return tickTickError(500, signingOn ? 'username_password_not_match' : 'unknown_exception');
  }
  return undefined;
}

function validXDevice(header: string | string[] | undefined): boolean {
  if (typeof header !== 'string') return false;
  try {
    const device = JSON.parse(header) as Record<string, unknown>;
    return device.platform === 'web' && typeof device.version === 'number' && isObjectId(device.id);
  } catch {
    return false;
  }
}

export function v2Routes(state: SandboxState): Route[] {
  const base = '/api/v2';

  const open =
    (handler: (req: SandboxRequest) => SandboxResponse) =>
    (req: SandboxRequest): SandboxResponse =>
      refuseWithoutBrowserHeaders(req, true) ?? handler(req);

  const authed =
    (handler: (req: SandboxRequest, userId: number) => SandboxResponse) =>
    (req: SandboxRequest): SandboxResponse => {
      const refused = refuseWithoutBrowserHeaders(req, false);
      if (refused) return refused;
      const token = parseCookies(req.headers.cookie).t;
      const userId = token ? state.sessions.get(token) : undefined;
      if (userId === undefined) return tickTickError(401, 'user_not_sign_on');
      try {
        return handler(req, userId);
      } catch (error) {
        // Reminders as plain strings, and other malformed items, fail the whole request.
        if (error instanceof InputError) return tickTickError(500, 'unknown_exception', { message: error.message });
        throw error;
      }
    };

  const signedOn = (account: Account): SandboxResponse => {
    const token = newUuid().replace(/-/g, '').toUpperCase() + newUuid().replace(/-/g, '').toUpperCase();
    state.sessions.set(token, account.userId);
    account.failedSignons = 0;
    // As the real sign-on does: the session also arrives as a cookie. A client that lets the browser keep it
    // replaces the user's own web session (tests check that the extension's requests never do).
    return {
      ...json({ token, ...userStatus(state, account) }),
      headers: { 'set-cookie': `t=${token}; Path=/; Max-Age=15552000; HttpOnly; SameSite=Lax` },
    };
  };

  return [
    {
      method: 'POST',
      pattern: `${base}/user/signon`,
      handler: open((req) => {
        const body = (req.body ?? {}) as Record<string, unknown>;
        const account = typeof body.username === 'string' ? state.accountByUsername(body.username) : undefined;
        if (account && account.failedSignons >= MAX_FAILED_SIGNONS) {
          return tickTickError(500, 'incorrect_password_too_many_times');
        }
        // Without a solved CAPTCHA the real service answers a bare 500.
        if (account?.captchaRequired && (typeof body.verCode !== 'string' || typeof body.verKey !== 'string')) {
          return tickTickError(500, 'need_captcha_verification');
        }
        if (!account || body.password !== account.password) {
          if (account) account.failedSignons += 1;
          const remainderTimes = account ? MAX_FAILED_SIGNONS - account.failedSignons : MAX_FAILED_SIGNONS;
          return tickTickError(500, 'username_password_not_match', { remainderTimes });
        }
        if (account.totpSecret) {
          const authId = newObjectId().toUpperCase();
          const expireTime = Math.floor(state.now() / 1000) + MFA_CHALLENGE_SECONDS;
          state.mfaChallenges.set(authId, { authId, userId: account.userId, expiresAt: expireTime * 1000 });
          return json({ authId, expireTime });
        }
        return signedOn(account);
      }),
    },
    {
      method: 'POST',
      pattern: `${base}/user/sign/mfa/code/verify`,
      handler: async (req) => {
        const refused = refuseWithoutBrowserHeaders(req, true);
        if (refused) return refused;
        const authId = req.headers['x-verify-id'];
        const challenge = typeof authId === 'string' ? state.mfaChallenges.get(authId) : undefined;
        if (!challenge || challenge.expiresAt <= state.now()) return tickTickError(500, 'mfa_auth_id_expired');
        const account = state.accountById(challenge.userId)!;
        const body = (req.body ?? {}) as Record<string, unknown>;
        const code = typeof body.code === 'string' ? body.code : '';
        const result = /^\d{6}$/.test(code)
          ? await verify({
              secret: account.totpSecret!,
              token: code,
              epoch: Math.floor(state.now() / 1000),
              epochTolerance: 30,
            })
          : { valid: false };
        if (!result.valid || body.method !== 'app') return tickTickError(500, 'mfa_code_incorrect');
        state.mfaChallenges.delete(challenge.authId);
        return signedOn(account);
      },
    },
    {
      method: 'GET',
      pattern: `${base}/user/status`,
      handler: authed((_req, userId) =>
        json({ ...userStatus(state, state.accountById(userId)!), timeStamp: state.now() }),
      ),
    },
    {
      method: 'GET',
      pattern: `${base}/user/profile`,
      handler: authed((_req, userId) => {
        const account = state.accountById(userId)!;
        return json({
          etimestamp: null,
          username: account.username,
          siteDomain: 'ticktick.com',
          createdCampaign: '',
          createdDeviceInfo: null,
          filledPassword: true,
          accountDomain: null,
          extenalId: null,
          email: null,
          verifiedEmail: true,
          fakedEmail: false,
          phone: null,
          name: account.username.split('@')[0],
          givenName: null,
          familyName: null,
          link: null,
          picture: 'https://sandbox.invalid/avatar.png',
          gender: null,
          locale: 'en_US',
          userCode: userCode(account),
          verCode: null,
          verKey: null,
          externalId: null,
          phoneWithoutCountryCode: null,
          displayName: account.username.split('@')[0],
        });
      }),
    },
    {
      method: 'GET',
      pattern: `${base}/batch/check/:checkpoint`,
      handler: authed((_req, userId) =>
        json({
          checkPoint: state.now(),
          syncTaskBean: {
            update: state
              .tasksOf(userId)
              .filter((t) => t.status === 0)
              .map(v2TaskView),
            tagUpdate: [],
            delete: [],
            add: [],
            empty: false,
          },
          projectProfiles: state.projectsOf(userId).map(v2ProjectView),
          projectGroups: projectGroupsOf(state, userId),
          filters: [],
          tags: state.tags.filter((t) => t.userId === userId).map(v2TagView),
          syncTaskOrderBean: { taskOrderByDate: {}, taskOrderByPriority: {}, taskOrderByProject: {} },
          syncOrderBean: { orderByType: {} },
          syncOrderBeanV3: { orderByType: {} },
          inboxId: state.inboxId(userId),
          checks: null,
          remindChanges: [],
        }),
      ),
    },
    {
      method: 'GET',
      pattern: `${base}/projects`,
      handler: authed((_req, userId) => json(state.projectsOf(userId).map(v2ProjectView))),
    },
    {
      method: 'GET',
      pattern: `${base}/projectGroups`,
      handler: authed((_req, userId) => json(projectGroupsOf(state, userId))),
    },
    {
      method: 'GET',
      pattern: `${base}/tags`,
      handler: authed((_req, userId) => json(state.tags.filter((t) => t.userId === userId).map(v2TagView))),
    },
    {
      method: 'POST',
      pattern: `${base}/batch/task`,
      handler: authed((req, userId) => {
        const body = (req.body ?? {}) as { add?: unknown[]; update?: unknown[]; delete?: unknown[] };
        const id2etag: Record<string, string> = {};
        const id2error: Record<string, string> = {};
        // Parse everything first: one malformed item fails the whole request, as on the real service.
        const adds = (body.add ?? []).map((raw) => readTaskInput(raw as Record<string, unknown>, 'objects'));
        const updates = (body.update ?? []).map((raw) => readTaskInput(raw as Record<string, unknown>, 'objects'));
        for (const input of adds) {
          const id = input.id ?? newObjectId();
          const existing = state.tasks.get(id);
          if (existing) {
            // A client-chosen id makes a repeated add a no-op.
            if (existing.userId === userId) id2etag[id] = existing.etag;
            else id2error[id] = 'EXISTED';
            continue;
          }
          if (input.id !== undefined && !isObjectId(input.id)) {
            id2error[input.id] = 'INVALID_ID';
            continue;
          }
          const projectId = input.projectId ?? state.inboxId(userId);
          if (!state.ownsProject(userId, projectId)) {
            id2error[id] = 'PROJECT_NOT_FOUND';
            continue;
          }
          id2etag[id] = state.addTask(userId, { ...input, id, projectId, title: input.title ?? '' }).etag;
        }
        for (const input of updates) {
          const task = input.id ? state.tasks.get(input.id) : undefined;
          // A write to a deleted task is answered as for an unknown one: a guess (docs/api.md).
          if (!task || task.userId !== userId || task.deleted) {
            id2error[input.id ?? ''] = 'TASK_NOT_FOUND';
            continue;
          }
          const { id: _id, projectId: _projectId, ...changes } = input;
          Object.assign(task, changes);
          id2etag[task.id] = state.touch(task).etag;
        }
        for (const raw of body.delete ?? []) {
          const { taskId, projectId } = (raw ?? {}) as { taskId?: string; projectId?: string };
          const task = taskId ? state.tasks.get(taskId) : undefined;
          if (!task || task.userId !== userId || task.projectId !== projectId || task.deleted) {
            id2error[taskId ?? ''] = 'TASK_NOT_FOUND';
            continue;
          }
          // Soft-deleted, and not in id2etag: a delete answers with no etag (docs/api.md).
          task.deleted = 1;
          state.touch(task);
        }
        return json({ id2etag, id2error });
      }),
    },
    {
      method: 'POST',
      pattern: `${base}/batch/taskProject`,
      handler: authed((req, userId) => {
        const id2etag: Record<string, string> = {};
        const id2error: Record<string, string> = {};
        for (const raw of Array.isArray(req.body) ? req.body : []) {
          const { taskId, fromProjectId, toProjectId } = (raw ?? {}) as Record<string, string>;
          const task = taskId ? state.tasks.get(taskId) : undefined;
          if (
            !task ||
            task.userId !== userId ||
            task.projectId !== fromProjectId ||
            !toProjectId ||
            !state.ownsProject(userId, toProjectId)
          ) {
            id2error[taskId ?? ''] = 'TASK_NOT_FOUND';
            continue;
          }
          task.projectId = toProjectId;
          id2etag[task.id] = state.touch(task).etag;
        }
        return json({ id2etag, id2error });
      }),
    },
    {
      method: 'POST',
      pattern: `${base}/batch/project`,
      handler: authed((req, userId) => {
        const body = (req.body ?? {}) as {
          add?: Record<string, unknown>[];
          update?: Record<string, unknown>[];
          delete?: string[];
        };
        const id2etag: Record<string, string> = {};
        const id2error: Record<string, string> = {};
        for (const raw of body.add ?? []) {
          const id = typeof raw.id === 'string' ? raw.id : newObjectId();
          if (state.projects.has(id)) {
            if (state.projects.get(id)!.userId === userId) id2etag[id] = state.projects.get(id)!.etag;
            else id2error[id] = 'EXISTED';
            continue;
          }
          const project = state.addProject(userId, {
            ...projectFields(raw),
            id,
            name: typeof raw.name === 'string' ? raw.name : '',
          });
          id2etag[id] = project.etag;
        }
        for (const raw of body.update ?? []) {
          const project = typeof raw.id === 'string' ? state.projects.get(raw.id) : undefined;
          if (!project || project.userId !== userId) {
            id2error[String(raw.id)] = 'PROJECT_NOT_FOUND';
            continue;
          }
          const fields = projectFields(raw);
          // An update that does not resend the name wipes it, as on the real service.
          project.name = typeof raw.name === 'string' ? raw.name : '';
          if (raw.groupId === 'NONE') project.groupId = undefined;
          else if (typeof raw.groupId === 'string') project.groupId = raw.groupId;
          Object.assign(project, { ...fields, groupId: project.groupId });
          id2etag[project.id] = state.touch(project).etag;
        }
        for (const id of body.delete ?? []) {
          const project = state.projects.get(id);
          if (!project || project.userId !== userId) {
            id2error[id] = 'PROJECT_NOT_FOUND';
            continue;
          }
          state.projects.delete(id);
        }
        return json({ id2etag, id2error });
      }),
    },
    {
      method: 'GET',
      pattern: `${base}/project/all/closed`,
      handler: authed((req, userId) => {
        const status = req.query.get('status') === 'Abandoned' ? -1 : 2;
        const from = parseClosedDate(req.query.get('from'));
        const to = parseClosedDate(req.query.get('to'));
        const limit = Number(req.query.get('limit') ?? 50);
        const tasks = state
          .tasksOf(userId)
          .filter((t) => (status === 2 ? t.status === 1 || t.status === 2 : t.status === -1))
          .filter((t) => {
            const at = t.completedTime ? Date.parse(t.completedTime.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')) : NaN;
            return (from === undefined || at >= from) && (to === undefined || at <= to);
          })
          .sort((a, b) => (b.completedTime ?? '').localeCompare(a.completedTime ?? ''))
          .slice(0, limit);
        return json(tasks.map(v2TaskView));
      }),
    },
  ];
}

function projectFields(raw: Record<string, unknown>): Partial<StoredProject> {
  const fields: Partial<StoredProject> = {};
  if (typeof raw.color === 'string') fields.color = raw.color;
  if (typeof raw.kind === 'string') fields.kind = raw.kind as StoredProject['kind'];
  if (typeof raw.viewMode === 'string') fields.viewMode = raw.viewMode as StoredProject['viewMode'];
  if (typeof raw.sortOrder === 'number') fields.sortOrder = BigInt(Math.trunc(raw.sortOrder));
  if (typeof raw.groupId === 'string' && raw.groupId !== 'NONE') fields.groupId = raw.groupId;
  return fields;
}

/** `from`/`to` of the closed-tasks call: `yyyy-MM-dd HH:mm:ss`, in UTC here. */
function parseClosedDate(value: string | null): number | undefined {
  if (!value) return undefined;
  const at = Date.parse(`${value.replace(' ', 'T')}Z`);
  return Number.isNaN(at) ? undefined : at;
}

function projectGroupsOf(state: SandboxState, userId: number) {
  return [...state.projectGroups.values()].filter((g) => g.userId === userId).map(v2ProjectGroupView);
}

function userCode(account: Account): string {
  return `00000000-0000-4000-8000-${String(account.userId).padStart(12, '0')}`;
}

/** What sign-on and `/user/status` both tell about the user; only status adds `timeStamp` (pyticktick's models). */
function userStatus(state: SandboxState, account: Account) {
  return {
    userId: String(account.userId),
    userCode: userCode(account),
    username: account.username,
    teamPro: false,
    proStartDate: '2025-01-01T00:00:00.000+0000',
    proEndDate: '2027-01-01T00:00:00.000+0000',
    subscribeType: 'stripe',
    subscribeFreq: 'Year',
    needSubscribe: false,
    freq: 'Year',
    inboxId: state.inboxId(account.userId),
    registerDate: '2024-03-01T09:30:00.000+0000',
    teamUser: false,
    activeTeamUser: false,
    freeTrial: false,
    gracePeriod: false,
    pro: true,
    ds: false,
  };
}
