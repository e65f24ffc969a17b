import { describe, expect, it } from 'vitest';
import { rejection } from '../../../test/helpers';
import { DEMO } from '../../../test/sandbox/seed';
import { useSandbox } from '../../../test/sandbox/test-helpers';
import { MAX_ERROR_MESSAGE_LENGTH } from '../errors';
import { createV1Client } from './client';

const sandbox = useSandbox();
const client = (token: string = DEMO.personalToken, strict = true) =>
  createV1Client({ token, baseUrl: `${sandbox().url}/open/v1`, strict, timeoutMs: 500 });

describe('V1 client over real HTTP', () => {
  it('sends the Bearer token and parses projects strictly', async () => {
    const projects = await client().getProjects();
    expect(projects.map((p) => p.name)).toContain('Work');
    const [request] = sandbox().requests;
    expect(request).toMatchObject({ method: 'GET', path: '/open/v1/project' });
    expect(request!.headers.authorization).toBe(`Bearer ${DEMO.personalToken}`);
  });

  it('gets a project and the Inbox with its data', async () => {
    expect(await client().getProject('632b56b88f081e5cbd9f1def')).toMatchObject({
      name: 'Work',
      groupId: '645ff4022ac97c330ac5efa3',
    });
    const inbox = await client().getProjectWithData('inbox');
    expect(inbox.project.id).toBe(`inbox${DEMO.userId}`);
    expect(inbox.tasks.length).toBeGreaterThan(0);
  });

  it('creates, updates and deletes a project, sending what the API expects', async () => {
    const created = await client().createProject({ name: 'Clipper', color: '#F18181', viewMode: 'list', kind: 'TASK' });
    expect(sandbox().requests.at(-1)!.body).toEqual({
      name: 'Clipper',
      // Sent the way pyticktick's Color writes it (its tests/unit/test_color.py: "#FF0000" → "#ff0000").
      color: '#f18181',
      viewMode: 'list',
      kind: 'TASK',
    });
    const updated = await client().updateProject(created.id, { name: 'Clipped' });
    expect(updated.name).toBe('Clipped');
    await expect(client().deleteProject(created.id)).resolves.toBeUndefined();
    expect((await rejection(client().getProject(created.id))).kind).toBe('client');
  });

  it('creates a task with dates, reminders and a repeat, then reads, updates, moves, completes and deletes it', async () => {
    const task = await client().createTask({
      title: 'Read the article',
      content: '[Example](https://example.com)',
      isAllDay: true,
      startDate: '2026-12-24T00:00:00+0000',
      dueDate: '2026-12-24T00:00:00+0000',
      timeZone: 'Europe/Berlin',
      reminders: ['TRIGGER:P0DT9H0M0S'],
      repeatFlag: 'RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO',
      priority: 3,
      tags: ['reading'],
    });
    expect(task).toMatchObject({ projectId: `inbox${DEMO.userId}`, priority: 3, reminders: ['TRIGGER:P0DT9H0M0S'] });
    expect(await client().getTask('inbox', task.id)).toMatchObject({ title: 'Read the article' });

    const updated = await client().updateTask(task.id, { id: task.id, projectId: task.projectId, title: 'Read it' });
    expect(updated.title).toBe('Read it');
    expect(sandbox().requests.at(-1)!.body).toMatchObject({ id: task.id, projectId: task.projectId });

    const [moved] = await client().moveTasks([
      { fromProjectId: task.projectId, toProjectId: '632b56b88f081e5cbd9f1df6', taskId: task.id },
    ]);
    expect(moved!.id).toBe(task.id);
    await client().completeTask('632b56b88f081e5cbd9f1df6', task.id);
    const done = await client().getTask('632b56b88f081e5cbd9f1df6', task.id);
    expect(done.status).toBe(2);
    await client().deleteTask('632b56b88f081e5cbd9f1df6', task.id);
    // Soft-deleted: it still reads, changed (pyticktick's tests/integration/v1/test_v1_client_task_functions.py,
    // test_delete_task).
    expect(await client().getTask('632b56b88f081e5cbd9f1df6', task.id)).not.toEqual(done);
  });

  it('refuses a bad request before sending it', async () => {
    const error = await rejection(client().createTask({ title: 'x', repeatFlag: 'RRULE:FREQ=SOMETIMES' }));
    expect(error.kind).toBe('validation');
    expect(error.message).toContain('Invalid CreateTaskV1');
    const tooBig = await rejection(client().createTask({ title: 'big', content: 'x'.repeat(1024 * 1024 + 1) }));
    expect(tooBig).toMatchObject({ kind: 'client', errorCode: 'body_too_large' });
    expect(sandbox().requests).toHaveLength(0);
  });
});

describe('V1 client errors', () => {
  it('auth: an unknown token', async () => {
    const error = await rejection(client('tp_wrong').getProjects());
    expect(error).toMatchObject({ kind: 'auth', status: 401, retryable: false });
    expect(error.message).toMatch(/Reconnect/);
  });

  it('server: a 503, retryable', async () => {
    sandbox().faults.inject({ kind: 'status', status: 503, body: 'Service Unavailable' });
    expect(await rejection(client().getProjects())).toMatchObject({ kind: 'server', status: 503, retryable: true });
  });

  it('rate-limit: a 429 with Retry-After, and V1 exceed_query_limit', async () => {
    sandbox().faults.inject({ kind: 'rate-limit', retryAfterSeconds: 12 });
    expect(await rejection(client().getProjects())).toMatchObject({
      kind: 'rate-limit',
      retryAfter: 12,
      retryable: true,
    });
    sandbox().faults.inject({
      kind: 'status',
      status: 500,
      body: { errorId: 'x', errorCode: 'exceed_query_limit', errorMessage: 'exceed_query_limit' },
    });
    expect(await rejection(client().getProjects())).toMatchObject({
      kind: 'rate-limit',
      errorCode: 'exceed_query_limit',
    });
  });

  it('timeout: a request that hangs past the timeout', async () => {
    sandbox().faults.inject({ kind: 'hang' });
    expect(await rejection(client().getProjects())).toMatchObject({ kind: 'timeout', retryable: true });
  });

  it('network: a dropped connection', async () => {
    sandbox().faults.inject({ kind: 'drop' });
    expect(await rejection(client().getProjects())).toMatchObject({ kind: 'network', retryable: true });
  });

  it('validation: malformed JSON, and a response of the wrong shape', async () => {
    sandbox().faults.inject({ kind: 'malformed' });
    expect(await rejection(client().getProjects())).toMatchObject({ kind: 'validation', retryable: false });
    sandbox().faults.inject({ kind: 'status', status: 200, body: [{ id: 42 }] });
    const wrongShape = await rejection(client().getProjects());
    expect(wrongShape.kind).toBe('validation');
    expect(wrongShape.message).toContain('ProjectV1[]');
  });

  it('client: a 4xx other than auth', async () => {
    expect(await rejection(client().getTask('inbox', '000000000000000000000000'))).toMatchObject({
      kind: 'client',
      status: 404,
      errorCode: 'task_not_found',
    });
  });

  it('forbidden: a 403 says the list may not be written, without calling the sign-in bad', async () => {
    sandbox().faults.inject({ kind: 'status', status: 403, body: { errorCode: 'no_permission' } });
    const error = await rejection(client().createTask({ title: 'Into a read-only list' }));
    expect(error).toMatchObject({ kind: 'client', status: 403, errorCode: 'no_permission', retryable: false });
    expect(error.message).toMatch(/Pick another list/);
  });

  it('error text from the server is bounded: a 5 MiB errorCode is no code, and messages stay short', async () => {
    const huge = 'x'.repeat(5 * 1024 * 1024);
    sandbox().faults.inject({ kind: 'status', status: 400, body: { errorCode: huge, errorMessage: huge } });
    // Ten megabytes to send and read: more time than the other tests' 500 ms.
    const patient = createV1Client({
      token: DEMO.personalToken,
      baseUrl: `${sandbox().url}/open/v1`,
      timeoutMs: 15_000,
    });
    const error = await rejection(patient.createTask({ title: 'Refused' }));
    expect(error).toMatchObject({ kind: 'client', status: 400, errorCode: undefined });
    expect(error.message.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_LENGTH);
    expect(JSON.stringify(error.details).length).toBeLessThan(1000);
    // A code with markup or spaces in it is not a code either.
    sandbox().faults.inject({ kind: 'status', status: 400, body: { errorCode: '<b>Call +1 555</b>' } });
    expect((await rejection(client().createTask({ title: 'Refused' }))).errorCode).toBeUndefined();
  });

  it('an answer over the response limit is refused, not read', async () => {
    sandbox().faults.inject({ kind: 'status', status: 200, body: `[${'0,'.repeat(17 * 1024 * 1024)}0]` });
    const error = await rejection(client().getProjects());
    expect(error).toMatchObject({ kind: 'validation' });
    expect(error.message).toMatch(/larger than 32 MiB/);
  });

  it('sends no ambient credentials: every request says credentials "omit"', async () => {
    const seen: RequestInit[] = [];
    const spying = createV1Client({
      token: DEMO.personalToken,
      baseUrl: `${sandbox().url}/open/v1`,
      fetch: (input, init) => {
        seen.push(init);
        return fetch(input, init);
      },
    });
    await spying.getProjects();
    await spying.createTask({ title: 'No cookies' });
    expect(seen.map((init) => init.credentials)).toEqual(['omit', 'omit']);
  });

  it('strict mode names the model and the unknown key; tolerant mode keeps it', async () => {
    sandbox().faults.inject({
      kind: 'status',
      status: 200,
      body: [{ id: '6226ff9877acee87727f6bca', name: 'p', kind: 'TASK', brandNewField: true }],
    });
    const error = await rejection(client().getProjects());
    expect(error.message).toMatch(/Unknown key "brandNewField" in ProjectV1/);
    sandbox().faults.inject({
      kind: 'status',
      status: 200,
      body: [{ id: '6226ff9877acee87727f6bca', name: 'p', kind: 'TASK', brandNewField: true }],
    });
    const [project] = await client(DEMO.personalToken, false).getProjects();
    expect(project).toMatchObject({ name: 'p', brandNewField: true });
  });
});
