import { describe, expect, it } from 'vitest';
import { DEMO } from './seed';
import { useSandbox, v2Headers } from './test-helpers';

/**
 * The sandbox is as unkind as the real service is known to be, so that a
 * client cannot pass here and fail there. Each quirk's evidence is in
 * docs/api.md, "The sandbox's quirks".
 */

const sandbox = useSandbox();
const inbox = `inbox${DEMO.userId}`;
const start = '2026-12-04T17:00:00.000+0000';

async function call(path: string, init: { method?: string; body?: unknown; headers: Record<string, string> }) {
  const res = await fetch(`${sandbox().url}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: init.headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  return { status: res.status, json: (text ? JSON.parse(text) : undefined) as Record<string, any> };
}

const v1Headers = { authorization: `Bearer ${DEMO.personalToken}`, 'content-type': 'application/json' };

async function v2Session(): Promise<Record<string, string>> {
  const signedOn = await call('/api/v2/user/signon?wc=true&remember=true', {
    headers: v2Headers(),
    body: { username: DEMO.username, password: DEMO.password },
  });
  return v2Headers(signedOn.json.token as string);
}

async function syncedTask(headers: Record<string, string>, id: string) {
  const sync = await call('/api/v2/batch/check/0', { headers });
  return (sync.json.syncTaskBean.update as Record<string, any>[]).find((t) => t.id === id);
}

describe('a repeat without a start date is dropped silently', () => {
  it('V1: the created task has no repeatFlag, and the create still succeeds', async () => {
    const repeat = 'RRULE:FREQ=DAILY;INTERVAL=1';
    const bare = await call('/open/v1/task', {
      headers: v1Headers,
      body: { title: 'Daily, no date', repeatFlag: repeat },
    });
    expect(bare.status).toBe(200);
    expect(bare.json.repeatFlag).toBeUndefined();
    const dated = await call('/open/v1/task', {
      headers: v1Headers,
      body: { title: 'Daily, dated', repeatFlag: repeat, startDate: start, dueDate: start },
    });
    expect(dated.json.repeatFlag).toBe(repeat);
  });

  it('V2: the add succeeds and the synced task reads "" for its repeat', async () => {
    const headers = await v2Session();
    const id = '6b1f3c2b1e4d5a6b7c8d9e01';
    const added = await call('/api/v2/batch/task', {
      headers,
      body: { add: [{ id, projectId: inbox, title: 'Weekly, no date', repeatFlag: 'RRULE:FREQ=WEEKLY;INTERVAL=1' }] },
    });
    expect(added.json.id2error).toEqual({});
    expect(await syncedTask(headers, id)).toMatchObject({ repeatFlag: '', repeatFirstDate: null });
  });
});

describe('deleted tasks are soft-deleted', () => {
  it('V2: the delete answers no etag, the task stays stored with deleted: 1, and sync no longer lists it', async () => {
    const headers = await v2Session();
    const id = '6b1f3c2b1e4d5a6b7c8d9e02';
    await call('/api/v2/batch/task', { headers, body: { add: [{ id, projectId: inbox, title: 'Soon gone' }] } });
    expect(await syncedTask(headers, id)).toMatchObject({ deleted: 0 });
    const deleted = await call('/api/v2/batch/task', { headers, body: { delete: [{ taskId: id, projectId: inbox }] } });
    expect(deleted.json).toEqual({ id2etag: {}, id2error: {} });
    expect(sandbox().state.tasks.get(id)).toMatchObject({ deleted: 1 });
    expect(await syncedTask(headers, id)).toBeUndefined();
  });

  it('V1: the task still reads, changed, and is gone from its project data', async () => {
    const { json: task } = await call('/open/v1/task', { headers: v1Headers, body: { title: 'Read after delete' } });
    const before = await call(`/open/v1/project/inbox/task/${task.id}`, { headers: v1Headers });
    await call(`/open/v1/project/inbox/task/${task.id}`, { method: 'DELETE', headers: v1Headers });
    const after = await call(`/open/v1/project/inbox/task/${task.id}`, { headers: v1Headers });
    expect(after.status).toBe(200);
    expect(after.json).not.toEqual(before.json);
    const data = await call('/open/v1/project/inbox/data', { headers: v1Headers });
    expect(data.json.tasks.map((t: { id: string }) => t.id)).not.toContain(task.id);
  });

  it('V2: deleting a project answers no etag either', async () => {
    const headers = await v2Session();
    const id = '6b1f3c2b1e4d5a6b7c8d9e03';
    await call('/api/v2/batch/project', { headers, body: { add: [{ id, name: 'Short-lived' }] } });
    expect((await call('/api/v2/batch/project', { headers, body: { delete: [id] } })).json).toEqual({
      id2etag: {},
      id2error: {},
    });
  });
});

describe("a task's tags do not come back in the order sent", () => {
  const tags = ['alpha', 'beta', 'gamma'];

  it('V2: the same tags, in another order', async () => {
    const headers = await v2Session();
    const id = '6b1f3c2b1e4d5a6b7c8d9e04';
    await call('/api/v2/batch/task', { headers, body: { add: [{ id, projectId: inbox, title: 'Tagged', tags }] } });
    const read = (await syncedTask(headers, id))!.tags as string[];
    expect([...read].sort()).toEqual(tags);
    expect(read).not.toEqual(tags);
  });

  it('V1: the same tags, in another order', async () => {
    const { json: task } = await call('/open/v1/task', { headers: v1Headers, body: { title: 'Tagged', tags } });
    expect([...task.tags].sort()).toEqual(tags);
    expect(task.tags).not.toEqual(tags);
  });
});
