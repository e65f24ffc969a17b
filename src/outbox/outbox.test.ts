import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEMO } from '../../test/sandbox/seed';
import { useSandbox } from '../../test/sandbox/test-helpers';
import { createConnections } from '../auth/connections';
import { sandboxAuthDeps } from '../auth/test-deps';
import { connectPersonalToken } from '../auth/token-signin';
import { signInV2 } from '../auth/v2-signin';
import { outboxItem, sentCapturesItem, v1CredentialItem } from '../storage/items';
import { MIN_RETRY_MS } from './backoff';
import { createOutbox } from './outbox';

const sandbox = useSandbox();

function setup() {
  const { deps: auth } = sandboxAuthDeps(sandbox);
  let clock = Date.now();
  auth.now = () => clock;
  const wakes: (number | undefined)[] = [];
  const badges: number[] = [];
  const outbox = createOutbox({
    connections: createConnections(auth),
    now: () => clock,
    random: () => 0.5,
    scheduleWake: async (at) => void wakes.push(at),
    showPendingCount: async (count) => void badges.push(count),
  });
  return { auth, outbox, wakes, badges, advance: (ms: number) => (clock += ms), now: () => clock };
}

const tasksTitled = (title: string) =>
  sandbox()
    .state.tasksOf(DEMO.userId)
    .filter((t) => t.title === title);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('outbox over V2', () => {
  it('persists a capture before any request, then lands it once with its own id', async () => {
    const { auth, outbox, badges } = setup();
    await signInV2(auth, { username: DEMO.username, password: DEMO.password });
    const before = sandbox().requests.length;
    const entry = await outbox.enqueue({ title: 'Persist first', tags: ['reading'] });
    expect(sandbox().requests.length).toBe(before);
    expect((await outboxItem.getValue()).map((e) => e.id)).toEqual([entry.id]);
    expect(badges.at(-1)).toBe(1);

    const [outcome] = await outbox.flush();
    expect(outcome).toMatchObject({
      id: entry.id,
      landed: { taskId: entry.id, via: 'v2', projectId: `inbox${DEMO.userId}` },
    });
    expect(tasksTitled('Persist first')).toHaveLength(1);
    expect(tasksTitled('Persist first')[0]!.id).toBe(entry.id);
    expect(await outboxItem.getValue()).toEqual([]);
    expect((await sentCapturesItem.getValue())[0]).toMatchObject({ captureId: entry.id, taskId: entry.id });
    expect(badges.at(-1)).toBe(0);
  });

  it('retries 503s and a 429 with backoff and Retry-After, then lands exactly one task', async () => {
    const { auth, outbox, advance, now, wakes } = setup();
    await signInV2(auth, { username: DEMO.username, password: DEMO.password });
    sandbox().faults.inject({ kind: 'status', status: 503 }, { path: '/api/v2/batch/task', times: 3 });
    sandbox().faults.inject({ kind: 'rate-limit', retryAfterSeconds: 600 }, { path: '/api/v2/batch/task' });
    const entry = await outbox.enqueue({ title: 'Through the storm' });

    const delays: number[] = [];
    for (let attempt = 1; attempt <= 4; attempt++) {
      const [outcome] = await outbox.flush({ force: true });
      expect(outcome).toHaveProperty('error');
      const [stored] = await outboxItem.getValue();
      expect(stored).toMatchObject({ id: entry.id, state: 'pending', attempts: attempt });
      delays.push(stored!.nextAttemptAt - now());
      expect(wakes.at(-1)).toBe(stored!.nextAttemptAt);
      advance(1000);
    }
    expect(delays[0]).toBeGreaterThanOrEqual(MIN_RETRY_MS);
    expect(delays[1]).toBeGreaterThan(delays[0]!);
    expect(delays[2]).toBeGreaterThan(delays[1]!);
    expect(delays[3]).toBeGreaterThanOrEqual(600_000);

    // Not due yet: a plain flush (an early alarm) sends nothing.
    expect(await outbox.flush()).toEqual([]);
    advance(600_000);
    const [outcome] = await outbox.flush();
    expect(outcome).toHaveProperty('landed');
    expect(tasksTitled('Through the storm')).toHaveLength(1);
  });

  it('a send interrupted by the worker stopping is sent again without a duplicate', async () => {
    const { auth, outbox } = setup();
    await signInV2(auth, { username: DEMO.username, password: DEMO.password });
    const entry = await outbox.enqueue({ title: 'Interrupted' });
    await outbox.flush();
    // As if the worker died after TickTick made the task but before the outbox heard back.
    await outboxItem.setValue([{ ...entry, inFlightSince: Date.now() }]);
    const [outcome] = await createOutbox({
      connections: createConnections(auth),
      now: Date.now,
      scheduleWake: async () => undefined,
      showPendingCount: async () => undefined,
    }).flush();
    expect(outcome).toHaveProperty('landed');
    expect(tasksTitled('Interrupted')).toHaveLength(1);
  });

  it('keeps a refused capture as "needs attention", editable, then sends it', async () => {
    const { auth, outbox } = setup();
    await signInV2(auth, { username: DEMO.username, password: DEMO.password });
    const entry = await outbox.enqueue({ title: 'Bad list', projectId: '000000000000000000000000' });
    const [outcome] = await outbox.flush();
    expect(outcome).toMatchObject({ error: { code: 'client' } });
    expect((await outboxItem.getValue())[0]).toMatchObject({
      state: 'needs-attention',
      lastError: { message: expect.stringMatching(/no longer exists/) },
    });
    expect(await outbox.flush({ force: true })).toEqual([]);

    await outbox.edit(entry.id, { projectId: '632b56b88f081e5cbd9f1df6', title: 'Good list' });
    const [retried] = await outbox.retry(entry.id);
    expect(retried).toHaveProperty('landed');
    expect(tasksTitled('Good list')).toHaveLength(1);
  });

  it('a 400 from TickTick is kept for attention, not retried', async () => {
    const { auth, outbox } = setup();
    await signInV2(auth, { username: DEMO.username, password: DEMO.password });
    sandbox().faults.inject(
      { kind: 'status', status: 400, body: { errorCode: 'param_error' } },
      { path: '/api/v2/batch/task' },
    );
    await outbox.enqueue({ title: 'Four hundred' });
    await outbox.flush();
    expect((await outboxItem.getValue())[0]).toMatchObject({ state: 'needs-attention', attempts: 1 });
  });
});

describe('outbox over V1', () => {
  it('lands a capture in the Inbox with its reminders as triggers', async () => {
    const { auth, outbox } = setup();
    await connectPersonalToken(auth, DEMO.personalToken);
    await outbox.enqueue({
      title: 'V1 capture',
      dueDate: '2026-12-01T09:00:00.000+0000',
      startDate: '2026-12-01T09:00:00.000+0000',
      reminders: [{ id: '6a0f3c2b1e4d5a6b7c8d9e0f', trigger: 'TRIGGER:-PT30M' }],
    });
    const [outcome] = await outbox.flush();
    expect(outcome).toMatchObject({ landed: { via: 'v1', projectId: `inbox${DEMO.userId}` } });
    expect(tasksTitled('V1 capture')[0]!.reminders.map((r) => r.trigger)).toEqual(['TRIGGER:-PT30M']);
  });

  it('after a send whose outcome is unknown, finds the task instead of making a second', async () => {
    const { auth, outbox, advance } = setup();
    await connectPersonalToken(auth, DEMO.personalToken);
    sandbox().faults.inject({ kind: 'drop' }, { path: '/open/v1/task', method: 'POST' });
    const entry = await outbox.enqueue({ title: 'Maybe sent', content: 'body' });
    await outbox.flush();
    expect((await outboxItem.getValue())[0]).toMatchObject({ outcomeUnknown: true, attempts: 1 });
    // It did land after all (the answer was lost on the way back).
    sandbox().state.addTask(DEMO.userId, { projectId: `inbox${DEMO.userId}`, title: 'Maybe sent', content: 'body' });
    advance(3_600_000);
    const [outcome] = await outbox.flush();
    expect(outcome).toMatchObject({ id: entry.id, landed: { via: 'v1' } });
    expect(tasksTitled('Maybe sent')).toHaveLength(1);
    expect(
      sandbox().requests.filter((r) => r.method === 'POST' && r.path === '/open/v1/task' && !r.fault),
    ).toHaveLength(0);
  });

  it('waits while signed out or refused, and lands after sign-in', async () => {
    const { auth, outbox, advance } = setup();
    await outbox.enqueue({ title: 'Signed out' });
    const [first] = await outbox.flush();
    expect(first).toMatchObject({ error: { code: 'auth' } });
    expect((await outboxItem.getValue())[0]!.state).toBe('pending');

    await connectPersonalToken(auth, DEMO.personalToken);
    sandbox().faults.inject({ kind: 'status', status: 401, body: { error: 'invalid_token' } });
    const [refused] = await outbox.flush({ force: true });
    expect(refused).toMatchObject({ error: { code: 'auth' } });
    expect(await v1CredentialItem.getValue()).toMatchObject({ needsReconnect: true });
    expect((await outboxItem.getValue())[0]!.state).toBe('pending');

    await connectPersonalToken(auth, DEMO.personalToken);
    advance(1);
    const [landed] = await outbox.flush({ force: true });
    expect(landed).toHaveProperty('landed');
    expect(tasksTitled('Signed out')).toHaveLength(1);
  });
});

describe('one sender at a time', () => {
  it('concurrent flushes never send the same capture twice', async () => {
    const { auth, outbox } = setup();
    await connectPersonalToken(auth, DEMO.personalToken);
    for (let i = 0; i < 5; i++) await outbox.enqueue({ title: `Parallel ${i}` });
    await Promise.all([outbox.flush(), outbox.flush(), outbox.flush()]);
    for (let i = 0; i < 5; i++) expect(tasksTitled(`Parallel ${i}`)).toHaveLength(1);
  });
});
