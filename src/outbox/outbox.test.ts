import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEMO } from '../../test/sandbox/seed';
import { useSandbox } from '../../test/sandbox/test-helpers';
import { createConnections } from '../auth/connections';
import { sandboxAuthDeps } from '../../test/unit/sandbox-auth-deps';
import { connectPersonalToken } from '../auth/token-signin';
import { signInV2 } from '../auth/v2-signin';
import { storageArea } from '../storage/area';
import {
  outboxEntryKey,
  outboxHoldItem,
  outboxIndexItem,
  outboxPageKey,
  projectsCacheItem,
  sentCapturesItem,
  v1CredentialItem,
} from '../storage/items';
import type { OutboxEntry } from './entry';
import { layoutOf } from './layout';
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

/** Writes the queue as a worker run left it (each capture under its own key, the index of ids). */
async function storeQueue(entries: OutboxEntry[]) {
  await storageArea.setItems(layoutOf(entries));
}

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
    expect(await outboxIndexItem.getValue()).toEqual({ pages: [0] });
    expect(await storageArea.getItem(outboxPageKey(0))).toEqual([entry.id]);
    expect(await storageArea.getItem(outboxEntryKey(entry.id))).toMatchObject({
      id: entry.id,
      task: { title: 'Persist first' },
    });
    expect(badges.at(-1)).toBe(1);

    const [outcome] = await outbox.flush();
    expect(outcome).toMatchObject({
      id: entry.id,
      landed: { taskId: entry.id, via: 'v2', projectId: `inbox${DEMO.userId}` },
    });
    expect(tasksTitled('Persist first')).toHaveLength(1);
    expect(tasksTitled('Persist first')[0]!.id).toBe(entry.id);
    expect(await outbox.list()).toEqual([]);
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
      const [stored] = await outbox.list();
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
    await storeQueue([{ ...entry, delivery: { kind: 'sending', run: 'a run that died', since: Date.now() } }]);
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
    expect((await outbox.list())[0]).toMatchObject({
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
    expect((await outbox.list())[0]).toMatchObject({ state: 'needs-attention', attempts: 1 });
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
    expect((await outbox.list())[0]).toMatchObject({ delivery: { kind: 'maybe-sent' }, attempts: 1 });
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

  it('a capture that may have landed is still looked up when a flush marked it and stopped before its send', async () => {
    const { auth, outbox, advance } = setup();
    await connectPersonalToken(auth, DEMO.personalToken);
    const create = { path: '/open/v1/task', method: 'POST' };
    // TickTick makes the task, and the connection breaks before the answer: maybe sent.
    sandbox().faults.inject({ kind: 'reset-after-handling' }, create);
    const maybe = await outbox.enqueue({ title: 'Made, unanswered' });
    await outbox.flush();
    expect((await outbox.list())[0]).toMatchObject({ id: maybe.id, delivery: { kind: 'maybe-sent' } });
    expect(tasksTitled('Made, unanswered')).toHaveLength(1);
    // Meanwhile a task is made elsewhere: a second copy would not sit next to the first (no twin to clean up).
    sandbox().state.addTask(DEMO.userId, { projectId: `inbox${DEMO.userId}`, title: 'Made in the app' });

    // A capture due before it fails first: the flush marked both in one write and stops there.
    await outbox.enqueue({ title: 'In front' });
    advance(3_600_000);
    sandbox().faults.inject({ kind: 'status', status: 503 }, create);
    const [failed] = await outbox.flush();
    expect(failed).toMatchObject({ error: { code: 'server' } });
    // Marked by this run, never sent by it.
    expect((await outbox.list()).find((e) => e.id === maybe.id)).toMatchObject({ delivery: { kind: 'sending' } });
    expect(tasksTitled('Made, unanswered')).toHaveLength(1);

    advance(3_600_000);
    const outcomes = await outbox.flush();
    expect(outcomes.find((o) => o.id === maybe.id)).toMatchObject({ landed: { via: 'v1' } });
    expect(tasksTitled('Made, unanswered')).toHaveLength(1);
    expect(tasksTitled('In front')).toHaveLength(1);
  });

  it('waits while signed out or refused, and lands after sign-in', async () => {
    const { auth, outbox, advance } = setup();
    await outbox.enqueue({ title: 'Signed out' });
    const [first] = await outbox.flush();
    expect(first).toMatchObject({ error: { code: 'auth' } });
    expect((await outbox.list())[0]!.state).toBe('pending');

    await connectPersonalToken(auth, DEMO.personalToken);
    sandbox().faults.inject({ kind: 'status', status: 401, body: { error: 'invalid_token' } });
    const [refused] = await outbox.flush({ force: true });
    expect(refused).toMatchObject({ error: { code: 'auth' } });
    expect(await v1CredentialItem.getValue()).toMatchObject({ needsReconnect: true });
    expect((await outbox.list())[0]!.state).toBe('pending');

    await connectPersonalToken(auth, DEMO.personalToken);
    advance(1);
    const [landed] = await outbox.flush({ force: true });
    expect(landed).toHaveProperty('landed');
    expect(tasksTitled('Signed out')).toHaveLength(1);
  });
});

describe('refusals of one capture leave the rest alone', () => {
  it('a 403 (a list this account may not write) needs attention; the connection and the queue are untouched', async () => {
    const { auth, outbox } = setup();
    await connectPersonalToken(auth, DEMO.personalToken);
    sandbox().faults.inject(
      { kind: 'status', status: 403, body: { errorCode: 'no_permission' } },
      { path: '/open/v1/task' },
    );
    const refused = await outbox.enqueue({
      title: 'Into a shared read-only list',
      projectId: '632b56b88f081e5cbd9f1df6',
    });
    await outbox.enqueue({ title: 'Behind it' });
    const outcomes = await outbox.flush();
    expect(outcomes).toEqual([
      {
        id: refused.id,
        error: expect.objectContaining({ code: 'client', message: expect.stringMatching(/Pick another list/) }),
      },
      expect.objectContaining({ landed: expect.objectContaining({ via: 'v1' }) }),
    ]);
    expect(await outbox.list()).toEqual([expect.objectContaining({ id: refused.id, state: 'needs-attention' })]);
    expect(await v1CredentialItem.getValue()).not.toHaveProperty('needsReconnect', true);
    expect(tasksTitled('Behind it')).toHaveLength(1);
  });
});

describe('a full storage', () => {
  /** storage.local with a quota, as Chromium's 10 MB without unlimitedStorage (here a few hundred kB). */
  function quota(limitBytes: number) {
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    return vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      const after = { ...(await fakeBrowser.storage.local.get(null)), ...items };
      if (JSON.stringify(after).length > limitBytes) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
  }
  const bigLists = {
    fetchedAt: 1,
    projects: Array.from({ length: 3000 }, (_, i) => ({ id: `${i}`.padStart(24, '0'), name: `List number ${i}` })),
    groups: [],
  };

  it('makes room by dropping what can be fetched again, and keeps the capture whole', async () => {
    const { auth } = setup();
    await projectsCacheItem.setValue(bigLists);
    const outbox = createOutbox({
      connections: createConnections(auth),
      now: Date.now,
      scheduleWake: async () => undefined,
      showPendingCount: async () => undefined,
      freeStorage: () => projectsCacheItem.removeValue(),
    });
    const full = quota(JSON.stringify(bigLists).length + 40_000);
    const content = 'x'.repeat(60_000);
    const { persisted } = await outbox.capture({ title: 'Kept whole', content });
    expect(await persisted).toBe('whole');
    expect((await outbox.list())[0]).toMatchObject({ task: { title: 'Kept whole', content } });
    expect(await projectsCacheItem.getValue()).toBeNull();
    full.mockRestore();
  });

  it('with no room to make, keeps the capture with the start of its description rather than lose it', async () => {
    const { outbox } = setup();
    const full = quota(30_000);
    const { persisted } = await outbox.capture({ title: 'Kept short', content: `Start ${'y'.repeat(60_000)}` });
    expect(await persisted).toBe('shortened');
    const [kept] = await outbox.list();
    expect(kept!.task.title).toBe('Kept short');
    expect(kept!.task.content!.startsWith('Start yyy')).toBe(true);
    expect(kept!.task.content!.length).toBeLessThan(3000);
    full.mockRestore();
  });
});

describe('editing a waiting capture', () => {
  it('changes only what the edit names: the title, keeping the page link and quote', async () => {
    const { outbox } = setup();
    const content = '[A page](https://example.com/a)\n\n> the quote';
    const entry = await outbox.enqueue({ title: 'Before', content, projectId: '632b56b88f081e5cbd9f1df6' });
    // As the popup sends it: the new title, and no word about the content.
    await outbox.edit(entry.id, { title: 'After', content: undefined });
    expect((await outbox.list())[0]!.task).toEqual({ title: 'After', content, projectId: '632b56b88f081e5cbd9f1df6' });
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

describe('the queue waits together', () => {
  it('after TickTick fails, the captures behind are not sent into the same failure until the hold ends', async () => {
    const { auth, outbox, advance } = setup();
    await signInV2(auth, { username: DEMO.username, password: DEMO.password });
    for (const title of ['Held 1', 'Held 2', 'Held 3']) await outbox.enqueue({ title });
    sandbox().faults.inject({ kind: 'status', status: 503 }, { path: '/api/v2/batch/task' });
    const before = sandbox().requests.length;

    const outcomes = await outbox.flush();
    expect(outcomes).toHaveLength(1);
    expect(sandbox().requests.length - before).toBe(1);
    const hold = await outboxHoldItem.getValue();
    expect(hold).toMatchObject({ failures: 1, rateLimited: false, lastError: { code: 'server' } });
    expect(hold!.until - hold!.since).toBeGreaterThanOrEqual(MIN_RETRY_MS);

    // An early wake-up sends nothing while the hold lasts.
    expect(await outbox.flush()).toEqual([]);
    expect(sandbox().requests.length - before).toBe(1);

    advance(MIN_RETRY_MS * 4);
    const drained = await outbox.flush();
    expect(drained.filter((o) => 'landed' in o)).toHaveLength(3);
    for (const title of ['Held 1', 'Held 2', 'Held 3']) expect(tasksTitled(title)).toHaveLength(1);
    expect(await outboxHoldItem.getValue()).toBeNull();
  });

  it('a capture that failed goes behind the others that wait', async () => {
    const { auth, outbox, advance } = setup();
    await signInV2(auth, { username: DEMO.username, password: DEMO.password });
    await outbox.enqueue({ title: 'Failed first' });
    await outbox.enqueue({ title: 'Never tried' });
    sandbox().faults.inject({ kind: 'status', status: 500 }, { path: '/api/v2/batch/task' });
    await outbox.flush();
    advance(MIN_RETRY_MS * 2);
    const before = sandbox().requests.length;
    await outbox.flush();
    const sentTitles = sandbox()
      .requests.slice(before)
      .map((r) => (r.body as { add: { title: string }[] }).add[0]!.title);
    expect(sentTitles).toEqual(['Never tried', 'Failed first']);
  });

  it('while TickTick asks us to wait (429), a fresh capture is saved and not sent', async () => {
    const { auth, outbox, advance } = setup();
    await signInV2(auth, { username: DEMO.username, password: DEMO.password });
    sandbox().faults.inject({ kind: 'rate-limit', retryAfterSeconds: 120 }, { path: '/api/v2/batch/task' });
    const first = await outbox.capture({ title: 'Too fast' });
    expect(await first.sent).toMatchObject({ error: { code: 'rate-limit' } });
    const before = sandbox().requests.length;

    const second = await outbox.capture({ title: 'Still too fast' });
    expect(await second.sent).toMatchObject({ error: { code: 'rate-limit' } });
    expect(sandbox().requests.length).toBe(before);
    expect((await outbox.list()).map((e) => e.task.title)).toEqual(['Too fast', 'Still too fast']);

    advance(120_000);
    await outbox.flush();
    expect(tasksTitled('Too fast')).toHaveLength(1);
    expect(tasksTitled('Still too fast')).toHaveLength(1);
  });

  it('after a 503 a fresh capture still tries at once, and its landing ends the hold and sends what waited', async () => {
    const { auth, outbox } = setup();
    await signInV2(auth, { username: DEMO.username, password: DEMO.password });
    sandbox().faults.inject({ kind: 'status', status: 503 }, { path: '/api/v2/batch/task' });
    expect(await (await outbox.capture({ title: 'Blip' })).sent).toHaveProperty('error');
    const back = await outbox.capture({ title: 'Back again' });
    expect(await back.sent).toHaveProperty('landed');
    await outbox.sentRecord(back.entry.id);
    expect(await outboxHoldItem.getValue()).toBeNull();
    // What waited goes at once, not at its next alarm.
    await outbox.flush();
    expect(tasksTitled('Blip')).toHaveLength(1);
    expect(await outbox.list()).toEqual([]);
  });
});

describe('a fresh capture', () => {
  it('is written to the queue, marked as being sent, in one write made before its request, and confirmed once', async () => {
    const { auth, outbox } = setup();
    await signInV2(auth, { username: DEMO.username, password: DEMO.password });
    const storedAtRequest: unknown[] = [];
    const send = auth.fetch!;
    auth.fetch = async (input, init) => {
      // What storage holds when the request is made.
      storedAtRequest.push(await fakeBrowser.storage.local.get(null));
      return send(input, init);
    };
    const { entry, sent, persisted } = await outbox.capture({ title: 'Fresh' });

    expect(await sent).toMatchObject({ id: entry.id, landed: { taskId: entry.id } });
    await persisted;
    expect(storedAtRequest.at(-1)).toMatchObject({
      [outboxEntryKey(entry.id).replace('local:', '')]: {
        id: entry.id,
        delivery: { kind: 'sending', run: expect.any(String), since: expect.any(Number) },
      },
      [outboxPageKey(0).replace('local:', '')]: [entry.id],
    });
    expect(await outbox.sentRecord(entry.id)).toMatchObject({ taskId: entry.id });
    expect(await outbox.list()).toEqual([]);
    expect(tasksTitled('Fresh')).toHaveLength(1);
  });

  it('whose write fails is still sent; if it does not land either, the failed write is what its caller hears', async () => {
    const { auth, outbox } = setup();
    await signInV2(auth, { username: DEMO.username, password: DEMO.password });
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    const full = vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if (Object.keys(items).some((key) => key.startsWith('outbox.entry.')))
        throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });

    const landed = await outbox.capture({ title: 'Landed unsaved' });
    expect(await landed.sent).toHaveProperty('landed');
    await expect(landed.persisted).rejects.toThrow('QUOTA_BYTES');
    expect(tasksTitled('Landed unsaved')).toHaveLength(1);

    sandbox().faults.inject({ kind: 'status', status: 503 }, { path: '/api/v2/batch/task' });
    const failed = await outbox.capture({ title: 'Neither' });
    expect(await failed.sent).toHaveProperty('error');
    await expect(failed.persisted).rejects.toThrow('QUOTA_BYTES');
    full.mockRestore();
    expect(await outbox.list()).toEqual([]);
  });

  it('is not sent a second time by a flush that runs meanwhile', async () => {
    const { auth, outbox } = setup();
    await connectPersonalToken(auth, DEMO.personalToken);
    const captures = await Promise.all([1, 2, 3].map((i) => outbox.capture({ title: `Claimed ${i}` })));
    await Promise.all([outbox.flush({ force: true }), ...captures.map((c) => c.sent), outbox.flush({ force: true })]);
    for (const i of [1, 2, 3]) expect(tasksTitled(`Claimed ${i}`)).toHaveLength(1);
    const creates = sandbox().requests.filter((r) => r.method === 'POST' && r.path === '/open/v1/task');
    expect(creates).toHaveLength(3);
  });

  it('is not sent again by a flush that comes between its landing and its record', async () => {
    const { auth, outbox, badges } = setup();
    await connectPersonalToken(auth, DEMO.personalToken);
    const { entry, sent } = await outbox.capture({ title: 'Landed once' });
    // Queued right behind the capture's send: it runs before the landing is written.
    const [flushed] = await Promise.all([outbox.flush({ force: true }), sent]);
    expect(flushed).toEqual([]);
    expect(tasksTitled('Landed once')).toHaveLength(1);
    expect(await outbox.sentRecord(entry.id)).toMatchObject({ via: 'v1' });
    expect(await outbox.list()).toEqual([]);
    expect(badges).not.toContain(1);
  });

  it('leaves the badge alone while what waits does not change', async () => {
    const { auth, outbox, badges } = setup();
    await signInV2(auth, { username: DEMO.username, password: DEMO.password });
    await outbox.enqueue({ title: 'Waits' });
    await outbox.flush();
    for (const title of ['Straight through 1', 'Straight through 2']) {
      const { entry, sent } = await outbox.capture({ title });
      await sent;
      await outbox.sentRecord(entry.id);
    }
    await outbox.flush();
    expect(badges).toEqual([1, 0]);
  });

  it('is persisted at once even while another send hangs', async () => {
    const { auth, outbox } = setup();
    await connectPersonalToken(auth, DEMO.personalToken);
    await outbox.enqueue({ title: 'Hanging' });
    sandbox().faults.inject({ kind: 'hang' }, { path: '/open/v1/task', method: 'POST' });
    const hanging = outbox.flush();
    await vi.waitFor(() => expect(sandbox().requests.some((r) => r.fault === 'hang')).toBe(true));
    const started = Date.now();
    const { sent } = await outbox.capture({ title: 'Behind the hang' });
    expect(Date.now() - started).toBeLessThan(200);
    expect((await outbox.list()).map((e) => e.task.title)).toContain('Behind the hang');
    sandbox().faults.clear();
    sandbox().stopHanging();
    await hanging;
    // The hang failed the queue after this capture was made: it waits with the rest instead of trying too.
    expect(await sent).toHaveProperty('error');
  });

  it('found marked by a worker run that died is looked up on V1 before it is sent again', async () => {
    const { auth, outbox } = setup();
    await connectPersonalToken(auth, DEMO.personalToken);
    sandbox().faults.inject({ kind: 'hang-after-handling' }, { path: '/open/v1/task', method: 'POST' });
    const { entry, sent } = await outbox.capture({ title: 'Died mid-send' });
    await vi.waitFor(() => expect(tasksTitled('Died mid-send')).toHaveLength(1));

    // A new worker run finds the mark the dead one left.
    const next = createOutbox({
      connections: createConnections(auth),
      now: Date.now,
      scheduleWake: async () => undefined,
      showPendingCount: async () => undefined,
    });
    const [outcome] = await next.flush({ force: true });
    expect(outcome).toMatchObject({ id: entry.id, landed: { via: 'v1' } });
    expect(tasksTitled('Died mid-send')).toHaveLength(1);
    sandbox().stopHanging();
    await sent;
  });
});
