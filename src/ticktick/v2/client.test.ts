import { describe, expect, it } from 'vitest';
import { rejection } from '../../../test/helpers';
import { DEMO } from '../../../test/sandbox/seed';
import { useSandbox } from '../../../test/sandbox/test-helpers';
import { newObjectId } from '../types';
import { createV2Client } from './client';
import { xDevice } from './device';
import { signOnV2 } from './signon';

const sandbox = useSandbox();
const device = xDevice();

async function session(): Promise<string> {
  return (
    await signOnV2({ username: DEMO.username, password: DEMO.password, baseUrl: `${sandbox().url}/api/v2`, device })
  ).token;
}

async function client(options: { strict?: boolean; token?: string } = {}) {
  return createV2Client({
    token: options.token ?? (await session()),
    baseUrl: `${sandbox().url}/api/v2`,
    device,
    strict: options.strict ?? true,
    timeoutMs: 500,
  });
}

describe('V2 client over real HTTP', () => {
  it('sends the cookie and the browser headers a V2 request needs', async () => {
    const api = await client();
    await api.getStatus();
    const request = sandbox().requests.at(-1)!;
    expect(request.headers.cookie).toMatch(/^t=\w+$/);
    expect(request.headers.origin).toBe('https://ticktick.com');
    expect(request.headers.referer).toBe('https://ticktick.com/');
    expect(request.headers['user-agent']).toMatch(/^Mozilla\/5\.0/);
    expect(JSON.parse(request.headers['x-device'] as string)).toEqual({
      platform: 'web',
      version: 8010,
      id: device.id,
    });
  });

  it("sends only X-Device when the browser headers are applied outside (the extension's mode)", async () => {
    const api = createV2Client({ token: 'abc', baseUrl: `${sandbox().url}/api/v2`, browserHeaders: 'external' });
    // The sandbox refuses it like the real edge does, because nothing applied the headers.
    expect((await rejection(api.getStatus())).kind).toBe('rate-limit');
    const { headers } = sandbox().requests.at(-1)!;
    expect(headers).toHaveProperty('x-device');
    for (const name of ['cookie', 'origin', 'referer']) expect(headers).not.toHaveProperty(name);
  });

  it('reads status, profile and a full sync, strictly', async () => {
    const api = await client();
    expect(await api.getStatus()).toMatchObject({ userId: String(DEMO.userId), inboxId: `inbox${DEMO.userId}` });
    expect(await api.getProfile()).toMatchObject({ username: DEMO.username });
    const sync = await api.sync();
    expect(sync.inboxId).toBe(`inbox${DEMO.userId}`);
    expect(sync.projectProfiles.map((p) => p.name)).toContain('Work');
    expect(sync.projectGroups?.[0]?.name).toBe('🏢 Office');
    expect(sync.tags?.map((t) => t.name)).toEqual(['reading', 'work']);
    const inboxTask = sync.syncTaskBean.update.find((t) => t.title === 'Try TickTick Capture')!;
    // "" in real data reads as absent.
    expect(inboxTask.repeatFlag).toBeUndefined();
    expect(inboxTask.columnId).toBeUndefined();
    const big = sync.syncTaskBean.update.find((t) => t.title === 'Weekly report')!;
    expect(big.sortOrder).toBeGreaterThan(Number.MAX_SAFE_INTEGER);
  });

  it('lists projects, folders and tags', async () => {
    const api = await client();
    expect((await api.getProjects()).length).toBeGreaterThan(2);
    expect(await api.getProjectGroups()).toHaveLength(1);
    expect((await api.getTags())[0]).toMatchObject({ name: 'reading', label: 'Reading' });
  });

  it('adds a task with a client-made id once, however often the add is sent', async () => {
    const api = await client();
    const id = newObjectId();
    const add = {
      add: [
        {
          id,
          projectId: `inbox${DEMO.userId}`,
          title: 'Captured twice, saved once',
          dueDate: '2026-12-01T09:00:00.000+0000',
          startDate: '2026-12-01T09:00:00.000+0000',
          timeZone: 'Europe/Berlin',
          reminders: [{ id: newObjectId(), trigger: 'TRIGGER:-PT30M' }],
          priority: 5 as const,
          tags: ['reading'],
        },
      ],
    };
    const first = await api.batchTasks(add);
    const second = await api.batchTasks(add);
    expect(first.id2error).toEqual({});
    expect(second.id2etag[id]).toBe(first.id2etag[id]);
    expect(
      sandbox()
        .state.tasksOf(DEMO.userId)
        .filter((t) => t.id === id),
    ).toHaveLength(1);
    expect(sandbox().requests.at(-1)!.body).toMatchObject({
      add: [{ id, title: 'Captured twice, saved once' }],
      update: [],
      delete: [],
    });
  });

  it('updates, moves, completes and deletes tasks, and lists completed ones', async () => {
    const api = await client();
    const id = newObjectId();
    const inbox = `inbox${DEMO.userId}`;
    await api.batchTasks({ add: [{ id, projectId: inbox, title: 'Lifecycle' }] });
    await api.batchTasks({
      update: [
        { id, projectId: inbox, title: 'Lifecycle done', status: 2, completedTime: '2026-11-20T10:00:00.000+0000' },
      ],
    });
    const completed = await api.getCompletedTasks({
      from: new Date('2026-11-20T00:00:00Z'),
      to: new Date('2026-11-21T00:00:00Z'),
    });
    expect(completed.map((t) => t.id)).toContain(id);
    expect(sandbox().requests.at(-1)!.query).toMatchObject({
      from: '2026-11-20 00:00:00',
      to: '2026-11-21 00:00:00',
      status: 'Completed',
    });

    const moved = await api.moveTasks([{ taskId: id, fromProjectId: inbox, toProjectId: '632b56b88f081e5cbd9f1df6' }]);
    expect(moved.id2error).toEqual({});
    const deleted = await api.batchTasks({ delete: [{ taskId: id, projectId: '632b56b88f081e5cbd9f1df6' }] });
    // A delete answers no etag (pyticktick's tests/integration/v2/test_task.py, test_delete_task_v2: no ids).
    expect(deleted).toEqual({ id2etag: {}, id2error: {} });
    expect((await api.sync()).syncTaskBean.update.map((t) => t.id)).not.toContain(id);
  });

  it('returns per-item errors from a 200 rather than throwing', async () => {
    const api = await client();
    const id = newObjectId();
    const result = await api.batchTasks({ update: [{ id, projectId: `inbox${DEMO.userId}`, title: 'ghost' }] });
    expect(result.id2error).toEqual({ [id]: 'TASK_NOT_FOUND' });
  });

  it('refuses reminders as plain strings before sending (V2 would answer 500)', async () => {
    const api = await client();
    const bad = { add: [{ projectId: `inbox${DEMO.userId}`, title: 'x', reminders: ['TRIGGER:PT0S'] }] };
    const error = await rejection(api.batchTasks(bad as never));
    expect(error.kind).toBe('validation');
    expect(error.message).toContain('PostBatchTaskV2');
  });

  it("creates, updates and deletes projects with pyticktick's rules (name required on update, NONE ungroups)", async () => {
    const api = await client();
    const id = newObjectId();
    await api.batchProjects({ add: [{ id, name: 'Folder child', groupId: '645ff4022ac97c330ac5efa3' }] });
    const missingName = await rejection(api.batchProjects({ update: [{ id, color: '#ff0000' } as never] }));
    expect(missingName.message).toContain('name is required on update');
    await api.batchProjects({ update: [{ id, name: 'Free', groupId: 'NONE' }] });
    expect(sandbox().state.projects.get(id)).toMatchObject({ name: 'Free', groupId: undefined });
    const removed = await api.batchProjects({ delete: [id] });
    expect(removed.id2error).toEqual({});
  });
});

describe('V2 client errors', () => {
  it('auth: a session TickTick ended', async () => {
    const api = await client();
    sandbox().expireSessions();
    expect(await rejection(api.getStatus())).toMatchObject({
      kind: 'auth',
      status: 401,
      errorCode: 'user_not_sign_on',
    });
  });

  it('server, rate-limit, timeout, network and validation faults', async () => {
    const api = await client();
    sandbox().faults.inject({ kind: 'status', status: 502 });
    expect((await rejection(api.sync())).kind).toBe('server');
    sandbox().faults.inject({ kind: 'rate-limit', retryAfterSeconds: 3 });
    expect(await rejection(api.sync())).toMatchObject({ kind: 'rate-limit', retryAfter: 3 });
    sandbox().faults.inject({ kind: 'hang' });
    expect((await rejection(api.sync())).kind).toBe('timeout');
    sandbox().faults.inject({ kind: 'drop' });
    expect((await rejection(api.sync())).kind).toBe('network');
    sandbox().faults.inject({ kind: 'malformed' });
    expect((await rejection(api.sync())).kind).toBe('validation');
  });

  it('client: a 4xx', async () => {
    const api = await client();
    sandbox().faults.inject({ kind: 'status', status: 400, body: { errorCode: 'param_error' } });
    expect(await rejection(api.getTags())).toMatchObject({ kind: 'client', status: 400, errorCode: 'param_error' });
  });
});
