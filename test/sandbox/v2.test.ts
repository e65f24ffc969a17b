import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { CAPTCHA_USER, DEMO, MAX_FAILED_SIGNONS, MFA_USER } from './seed';
import { BROWSER_HEADERS, useSandbox, v2Headers } from './test-helpers';

const sandbox = useSandbox();

async function v2(method: string, path: string, options: { body?: unknown; headers?: Record<string, string> } = {}) {
  const res = await fetch(`${sandbox().url}/api/v2${path}`, {
    method,
    headers: options.headers ?? v2Headers(),
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, text, json: json as Record<string, any>, setCookie: res.headers.get('set-cookie') };
}

const signon = (username: string, password: string, extra: Record<string, string> = {}) =>
  v2('POST', '/user/signon?wc=true&remember=true', { body: { username, password, ...extra } });

async function demoSession(): Promise<string> {
  const res = await signon(DEMO.username, DEMO.password);
  expect(res.status).toBe(200);
  return res.json.token as string;
}

describe('sandbox V2 sign-on', () => {
  it('signs on with the real success body', async () => {
    const res = await signon(DEMO.username, DEMO.password);
    expect(res.json).toMatchObject({
      token: expect.any(String),
      userId: String(DEMO.userId),
      username: DEMO.username,
      inboxId: `inbox${DEMO.userId}`,
      pro: true,
    });
    // The session also comes as the cookie `t`, as the real sign-on sends it.
    expect(res.setCookie).toMatch(new RegExp(`^t=${res.json.token};.*HttpOnly`));
  });

  it('answers a wrong password with username_password_not_match and counts down', async () => {
    sandbox().state.accountByUsername(DEMO.username)!.failedSignons = 0;
    const res = await signon(DEMO.username, 'wrong');
    expect(res.status).toBe(500);
    expect(res.json).toMatchObject({
      errorCode: 'username_password_not_match',
      data: { remainderTimes: MAX_FAILED_SIGNONS - 1 },
    });
    sandbox().state.accountByUsername(DEMO.username)!.failedSignons = 0;
  });

  it('locks the account after too many attempts', async () => {
    const account = sandbox().state.accountByUsername(DEMO.username)!;
    for (let i = 0; i < MAX_FAILED_SIGNONS; i++) await signon(DEMO.username, 'wrong');
    const locked = await signon(DEMO.username, DEMO.password);
    expect(locked.status).toBe(500);
    expect(locked.json.errorCode).toBe('incorrect_password_too_many_times');
    account.failedSignons = 0;
  });

  it('asks for a CAPTCHA on a CAPTCHA account unless verCode and verKey are sent', async () => {
    const res = await signon(CAPTCHA_USER.username, CAPTCHA_USER.password);
    expect(res.status).toBe(500);
    expect(res.json.errorCode).toBe('need_captcha_verification');
    const solved = await signon(CAPTCHA_USER.username, CAPTCHA_USER.password, { verCode: 'RYPAW', verKey: 'k' });
    expect(solved.status).toBe(200);
  });

  it('runs the MFA branch: authId, then a real TOTP code with x-verify-id', async () => {
    const first = await signon(MFA_USER.username, MFA_USER.password);
    expect(first.status).toBe(200);
    expect(first.json).toEqual({ authId: expect.any(String), expireTime: expect.any(Number) });
    expect(first.json).not.toHaveProperty('token');

    const verifyWith = (authId: string, code: string) =>
      v2('POST', '/user/sign/mfa/code/verify', {
        headers: { ...v2Headers(), 'x-verify-id': authId },
        body: { code, method: 'app' },
      });

    const wrong = await verifyWith(first.json.authId, '000000');
    expect(wrong.status).toBe(500);
    expect(wrong.json.errorCode).toBe('mfa_code_incorrect');

    const ok = await verifyWith(first.json.authId, await generate({ secret: MFA_USER.totpSecret }));
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ token: expect.any(String), inboxId: `inbox${MFA_USER.userId}` });

    const replay = await verifyWith(first.json.authId, await generate({ secret: MFA_USER.totpSecret }));
    expect(replay.json.errorCode).toBe('mfa_auth_id_expired');
  });

  it.each([
    ['Origin', { origin: 'http://127.0.0.1:1234' }, 429],
    ['Referer', { referer: 'https://evil.example/' }, 429],
    ['browser User-Agent', { 'user-agent': 'node' }, 405],
  ])('refuses a request without the %s a browser on ticktick.com sends', async (_name, override, status) => {
    const res = await v2('POST', '/user/signon', {
      headers: { ...BROWSER_HEADERS, ...override },
      body: { username: DEMO.username, password: DEMO.password },
    });
    expect(res.status).toBe(status);
    expect(res.text).toContain(String(status));
  });

  it('refuses a request with no Origin header at all', async () => {
    const { origin: _origin, ...headers } = BROWSER_HEADERS;
    expect((await v2('GET', '/user/status', { headers })).status).toBe(429);
  });

  it('answers a missing or malformed X-Device with the misleading username_password_not_match', async () => {
    const { 'x-device': _device, ...headers } = BROWSER_HEADERS;
    const missing = await v2('POST', '/user/signon', {
      headers,
      body: { username: DEMO.username, password: DEMO.password },
    });
    expect(missing.status).toBe(500);
    expect(missing.json.errorCode).toBe('username_password_not_match');
    const malformed = await v2('POST', '/user/signon', {
      headers: { ...headers, 'x-device': '{"platform":"web"}' },
      body: { username: DEMO.username, password: DEMO.password },
    });
    expect(malformed.json.errorCode).toBe('username_password_not_match');
  });
});

describe('sandbox V2 session calls', () => {
  it('refuses calls without the cookie t, or after the session expired', async () => {
    const none = await v2('GET', '/user/status');
    expect(none.status).toBe(401);
    expect(none.json.errorCode).toBe('user_not_sign_on');

    const token = await demoSession();
    expect((await v2('GET', '/user/status', { headers: v2Headers(token) })).status).toBe(200);
    sandbox().expireSessions();
    expect((await v2('GET', '/user/status', { headers: v2Headers(token) })).status).toBe(401);
  });

  it('answers user status and profile', async () => {
    const token = await demoSession();
    const status = await v2('GET', '/user/status', { headers: v2Headers(token) });
    expect(status.json).toMatchObject({
      userId: String(DEMO.userId),
      inboxId: `inbox${DEMO.userId}`,
      timeStamp: expect.any(Number),
    });
    const profile = await v2('GET', '/user/profile', { headers: v2Headers(token) });
    expect(profile.json).toMatchObject({ username: DEMO.username, locale: 'en_US', extenalId: null });
  });

  it('syncs with inbox id, projects, groups, tags and open tasks', async () => {
    const token = await demoSession();
    const sync = await v2('GET', '/batch/check/0', { headers: v2Headers(token) });
    expect(sync.status).toBe(200);
    expect(sync.json.inboxId).toBe(`inbox${DEMO.userId}`);
    expect(sync.json.projectProfiles.length).toBeGreaterThan(2);
    expect(sync.json.projectGroups[0]).toMatchObject({ name: '🏢 Office', sortType: 'project' });
    expect(sync.json.tags.map((t: { name: string }) => t.name)).toEqual(['reading', 'work']);
    expect(sync.json.syncTaskBean.update.every((t: { status: number }) => t.status === 0)).toBe(true);
    // Real V2 data: "" where null is meant, and sortOrders past 2^53 as raw numbers.
    const task = sync.json.syncTaskBean.update.find((t: { title: string }) => t.title === 'Try TickTick Capture');
    expect(task).toMatchObject({ repeatFlag: '', columnId: '', desc: '', reminder: '' });
    expect(sync.text).toContain('"sortOrder":6917529028176904190');
    expect(sync.text).toContain('"sortOrder":-9223090562146500590');
  });

  it('lists projects, project groups and tags', async () => {
    const headers = v2Headers(await demoSession());
    expect((await v2('GET', '/projects', { headers })).json.length).toBeGreaterThan(2);
    expect((await v2('GET', '/projectGroups', { headers })).json).toHaveLength(1);
    expect((await v2('GET', '/tags', { headers })).json[0]).toMatchObject({ name: 'reading', label: 'Reading' });
  });
});

describe('sandbox V2 batch/task', () => {
  const taskId = '6a0f3c2b1e4d5a6b7c8d9e01';

  it('honours a client-chosen id and makes a repeated add a no-op', async () => {
    const headers = v2Headers(await demoSession());
    const add = {
      add: [
        {
          id: taskId,
          projectId: `inbox${DEMO.userId}`,
          title: 'Idempotent',
          reminders: [{ id: '6a0f3c2b1e4d5a6b7c8d9e02', trigger: 'TRIGGER:-PT30M' }],
        },
      ],
    };
    const first = await v2('POST', '/batch/task', { headers, body: add });
    expect(first.json).toEqual({ id2etag: { [taskId]: expect.stringMatching(/^[a-z0-9]{8}$/) }, id2error: {} });
    const second = await v2('POST', '/batch/task', { headers, body: add });
    expect(second.json.id2etag[taskId]).toBe(first.json.id2etag[taskId]);
    expect(
      sandbox()
        .state.tasksOf(DEMO.userId)
        .filter((t) => t.title === 'Idempotent'),
    ).toHaveLength(1);
  });

  it('reports per-item errors inside a 200', async () => {
    const headers = v2Headers(await demoSession());
    const res = await v2('POST', '/batch/task', {
      headers,
      body: {
        add: [{ id: '6a0f3c2b1e4d5a6b7c8d9e03', projectId: '000000000000000000000000', title: 'nowhere' }],
        update: [{ id: '6a0f3c2b1e4d5a6b7c8d9e04', projectId: `inbox${DEMO.userId}`, title: 'missing' }],
        delete: [{ taskId: '6a0f3c2b1e4d5a6b7c8d9e05', projectId: `inbox${DEMO.userId}` }],
      },
    });
    expect(res.status).toBe(200);
    expect(res.json.id2error).toEqual({
      '6a0f3c2b1e4d5a6b7c8d9e03': 'PROJECT_NOT_FOUND',
      '6a0f3c2b1e4d5a6b7c8d9e04': 'TASK_NOT_FOUND',
      '6a0f3c2b1e4d5a6b7c8d9e05': 'TASK_NOT_FOUND',
    });
  });

  it('answers 500 to reminders sent as plain strings, as the real service does', async () => {
    const headers = v2Headers(await demoSession());
    const res = await v2('POST', '/batch/task', {
      headers,
      body: { add: [{ title: 'bad reminders', reminders: ['TRIGGER:PT0S'] }] },
    });
    expect(res.status).toBe(500);
  });

  it('updates and deletes tasks, moves them, and lists completed ones in a date range', async () => {
    const headers = v2Headers(await demoSession());
    const id = '6a0f3c2b1e4d5a6b7c8d9e06';
    await v2('POST', '/batch/task', {
      headers,
      body: { add: [{ id, projectId: `inbox${DEMO.userId}`, title: 'v2 task' }] },
    });
    const completedTime = '2026-11-20T10:00:00.000+0000';
    const updated = await v2('POST', '/batch/task', {
      headers,
      body: { update: [{ id, projectId: `inbox${DEMO.userId}`, title: 'v2 task done', status: 2 }] },
    });
    expect(updated.json.id2etag[id]).toBeDefined();
    sandbox().state.tasks.get(id)!.completedTime = completedTime;

    const closed = await v2(
      'GET',
      '/project/all/closed?from=2026-11-20%2000:00:00&to=2026-11-21%2000:00:00&status=Completed',
      {
        headers,
      },
    );
    expect(closed.json.map((t: { id: string }) => t.id)).toEqual([id]);
    const outside = await v2(
      'GET',
      '/project/all/closed?from=2026-11-21%2000:00:00&to=2026-11-22%2000:00:00&status=Completed',
      {
        headers,
      },
    );
    expect(outside.json).toEqual([]);

    const moved = await v2('POST', '/batch/taskProject', {
      headers,
      body: [{ taskId: id, fromProjectId: `inbox${DEMO.userId}`, toProjectId: '632b56b88f081e5cbd9f1df6' }],
    });
    expect(moved.json.id2error).toEqual({});
    expect(sandbox().state.tasks.get(id)!.projectId).toBe('632b56b88f081e5cbd9f1df6');

    const deleted = await v2('POST', '/batch/task', {
      headers,
      body: { delete: [{ taskId: id, projectId: '632b56b88f081e5cbd9f1df6' }] },
    });
    expect(deleted.json.id2error).toEqual({});
    expect(sandbox().state.tasks.get(id)!.deleted).toBe(1);
  });
});

describe('sandbox V2 batch/project', () => {
  it('adds, updates (wiping a name that is not resent, ungrouping with NONE) and deletes', async () => {
    const headers = v2Headers(await demoSession());
    const id = '6a0f3c2b1e4d5a6b7c8d9e10';
    const added = await v2('POST', '/batch/project', {
      headers,
      body: { add: [{ id, name: 'Grouped', groupId: '645ff4022ac97c330ac5efa3' }] },
    });
    expect(added.json.id2etag[id]).toBeDefined();
    expect(sandbox().state.projects.get(id)!.groupId).toBe('645ff4022ac97c330ac5efa3');

    await v2('POST', '/batch/project', { headers, body: { update: [{ id, color: '#ff0000' }] } });
    expect(sandbox().state.projects.get(id)).toMatchObject({
      name: '',
      color: '#ff0000',
      groupId: '645ff4022ac97c330ac5efa3',
    });

    await v2('POST', '/batch/project', { headers, body: { update: [{ id, name: 'Ungrouped', groupId: 'NONE' }] } });
    expect(sandbox().state.projects.get(id)).toMatchObject({ name: 'Ungrouped', groupId: undefined });

    const deleted = await v2('POST', '/batch/project', { headers, body: { delete: [id, '000000000000000000000000'] } });
    expect(deleted.json.id2error).toEqual({ '000000000000000000000000': 'PROJECT_NOT_FOUND' });
    expect(sandbox().state.projects.has(id)).toBe(false);
  });
});
