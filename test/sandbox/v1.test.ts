import { describe, expect, it } from 'vitest';
import { DEMO } from './seed';
import { useSandbox } from './test-helpers';

const sandbox = useSandbox();

async function v1(method: string, path: string, body?: unknown, token: string = DEMO.personalToken) {
  const res = await fetch(`${sandbox().url}/open/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, text, json: text ? JSON.parse(text) : undefined };
}

describe('sandbox V1 auth', () => {
  it('refuses a request without a Bearer token', async () => {
    const res = await fetch(`${sandbox().url}/open/v1/project`);
    expect(res.status).toBe(401);
    expect((await res.json()).error).toBe('unauthorized');
  });

  it('refuses an unknown token', async () => {
    const res = await v1('GET', '/project', undefined, 'tp_not_a_real_token');
    expect(res.status).toBe(401);
    expect(res.json.error).toBe('invalid_token');
  });

  it('refuses an expired OAuth token', async () => {
    sandbox().state.oauthTokens.set('expired-token', { userId: DEMO.userId, expiresAt: Date.now() - 1000 });
    expect((await v1('GET', '/project', undefined, 'expired-token')).status).toBe(401);
  });
});

describe('sandbox V1 projects', () => {
  it('lists projects without the Inbox, with sortOrders beyond 2^53 as raw numbers', async () => {
    const res = await v1('GET', '/project');
    expect(res.status).toBe(200);
    const names = res.json.map((p: { name: string }) => p.name);
    expect(names).toContain('Work');
    expect(names).not.toContain('Inbox');
    expect(res.text).toContain('"sortOrder":5765196311756363173');
  });

  it('creates, reads, updates and deletes a project', async () => {
    const created = await v1('POST', '/project', {
      name: 'project name',
      color: '#F18181',
      viewMode: 'list',
      kind: 'task',
    });
    expect(created.status).toBe(200);
    expect(created.json).toMatchObject({ name: 'project name', color: '#F18181', viewMode: 'list', kind: 'TASK' });
    expect(created.json.id).toMatch(/^[0-9a-f]{24}$/);
    const id = created.json.id;

    expect((await v1('GET', `/project/${id}`)).json.name).toBe('project name');
    const updated = await v1('POST', `/project/${id}`, { name: 'Project Name', kind: 'TASK' });
    expect(updated.json).toMatchObject({ id, name: 'Project Name' });

    const deleted = await v1('DELETE', `/project/${id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.text).toBe('');
    expect((await v1('GET', `/project/${id}`)).status).toBe(404);
  });

  it('refuses a project without a name', async () => {
    expect((await v1('POST', '/project', { color: '#fff' })).status).toBe(400);
  });

  it('returns project data with undone tasks only, for the inbox alias too', async () => {
    const inbox = await v1('GET', '/project/inbox/data');
    expect(inbox.status).toBe(200);
    expect(inbox.json.project.id).toBe(`inbox${DEMO.userId}`);
    expect(inbox.json.tasks.map((t: { title: string }) => t.title)).toContain('Try TickTick Capture');
    expect(inbox.json.columns).toEqual([]);

    const task = await v1('POST', '/task', { title: 'Done soon', projectId: '632b56b88f081e5cbd9f1df6' });
    await v1('POST', `/project/632b56b88f081e5cbd9f1df6/task/${task.json.id}/complete`);
    const data = await v1('GET', '/project/632b56b88f081e5cbd9f1df6/data');
    expect(data.json.tasks.map((t: { id: string }) => t.id)).not.toContain(task.json.id);
  });
});

describe('sandbox V1 tasks', () => {
  it('creates a task in the Inbox when no project is given, with V1 reminders as strings', async () => {
    const created = await v1('POST', '/task', {
      title: 'Read later',
      content: '[Page](https://example.com)',
      isAllDay: true,
      startDate: '2026-12-24T00:00:00+0000',
      dueDate: '2026-12-24T00:00:00+0000',
      timeZone: 'Europe/Berlin',
      reminders: ['TRIGGER:P0DT9H0M0S', 'TRIGGER:PT0S'],
      repeatFlag: 'RRULE:FREQ=DAILY;INTERVAL=1',
      priority: 5,
      tags: ['Reading'],
    });
    expect(created.status).toBe(200);
    expect(created.json).toMatchObject({
      projectId: `inbox${DEMO.userId}`,
      title: 'Read later',
      isAllDay: true,
      reminders: ['TRIGGER:P0DT9H0M0S', 'TRIGGER:PT0S'],
      priority: 5,
      status: 0,
      tags: ['reading'],
    });
    expect(created.json).not.toHaveProperty('completedTime');
    const fetched = await v1('GET', `/project/inbox/task/${created.json.id}`);
    expect(fetched.json.id).toBe(created.json.id);
  });

  it('refuses a bad priority and an unknown project', async () => {
    expect((await v1('POST', '/task', { title: 'x', priority: 2 })).status).toBe(400);
    expect((await v1('POST', '/task', { title: 'x', projectId: '000000000000000000000000' })).status).toBe(404);
  });

  it('updates a task when the body repeats id and projectId, and refuses otherwise', async () => {
    const { json: task } = await v1('POST', '/task', { title: 'Task Title', projectId: '632b56b88f081e5cbd9f1def' });
    const refused = await v1('POST', `/task/${task.id}`, { title: 'No ids' });
    expect(refused.status).toBe(400);
    const updated = await v1('POST', `/task/${task.id}`, {
      id: task.id,
      projectId: task.projectId,
      title: 'Renamed',
      priority: 1,
    });
    expect(updated.json).toMatchObject({ id: task.id, title: 'Renamed', priority: 1 });
    expect(updated.json.etag).not.toBe(task.etag);
  });

  it('completes and soft-deletes tasks, 404 for unknown ones', async () => {
    const { json: task } = await v1('POST', '/task', { title: 'Finish me' });
    expect((await v1('POST', `/project/inbox/task/${task.id}/complete`)).status).toBe(200);
    const done = await v1('GET', `/project/inbox/task/${task.id}`);
    expect(done.json).toMatchObject({ status: 2, completedTime: expect.any(String) });
    expect((await v1('DELETE', `/project/inbox/task/${task.id}`)).status).toBe(200);
    // pyticktick's test_delete_task reads a deleted task back (raise_for_status) and finds it changed.
    const afterDelete = await v1('GET', `/project/inbox/task/${task.id}`);
    expect(afterDelete.status).toBe(200);
    expect(afterDelete.json.etag).not.toBe(done.json.etag);
    expect(sandbox().state.tasks.get(task.id)!.deleted).toBe(1);
    expect((await v1('DELETE', `/project/inbox/task/${task.id}`)).status).toBe(404);
    expect((await v1('GET', `/project/inbox/task/${'0'.repeat(24)}`)).status).toBe(404);
  });

  it('moves a task between projects', async () => {
    const { json: task } = await v1('POST', '/task', { title: 'Move me' });
    const moved = await v1('POST', '/task/move', [
      { fromProjectId: task.projectId, toProjectId: '632b56b88f081e5cbd9f1df6', taskId: task.id },
    ]);
    expect(moved.status).toBe(200);
    expect(moved.json).toEqual([{ id: task.id, etag: expect.stringMatching(/^[a-z0-9]{8}$/) }]);
    expect((await v1('GET', `/project/632b56b88f081e5cbd9f1df6/task/${task.id}`)).status).toBe(200);
  });
});
