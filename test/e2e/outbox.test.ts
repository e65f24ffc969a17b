import { describe, expect, it } from 'vitest';
import { resetAfterEach } from '../browser/lifecycle';
import { DEMO, OTHER_USER } from '../sandbox/seed';
import { noChromium, useExtension } from './harness';

const V1_CREATE = { path: '/open/v1/task', method: 'POST' };

/** A capture as the outbox stored it before it kept one key per capture (one array, three send fields). */
function oldEntry(title: string, fields: Record<string, unknown> = {}) {
  const id = Array.from({ length: 24 }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  return {
    id,
    task: { title, content: `About ${title}` },
    state: 'pending',
    attempts: 0,
    nextAttemptAt: 0,
    createdAt: Date.now() - 60_000,
    ...fields,
  };
}

describe.skipIf(noChromium)('the outbox in the built extension', () => {
  const session = useExtension();
  resetAfterEach(session);

  const tasksTitled = (title: string, userId: number = DEMO.userId) =>
    session()
      .sandbox.state.tasksOf(userId)
      .filter((t) => t.title === title);

  it('never sends a capture into another account than it was made under: it waits, and Send here sends it', async () => {
    const { callHook, sandbox } = session();
    await callHook('signInV2', OTHER_USER.username, OTHER_USER.password);
    sandbox.faults.inject({ kind: 'status', status: 503 }, { path: '/api/v2/batch/task' });
    expect(await callHook('submitCapture', 'Made as the other account')).toMatchObject({ status: 'queued' });
    await callHook('signOut', 'v2');
    await callHook('signInV2', DEMO.username, DEMO.password);

    await callHook('flushOutbox', true);
    expect(tasksTitled('Made as the other account')).toEqual([]);
    expect(tasksTitled('Made as the other account', OTHER_USER.userId)).toEqual([]);
    const [waiting] = await callHook('outbox');
    expect(waiting).toMatchObject({ state: 'needs-attention', account: { label: `as ${OTHER_USER.username}` } });

    const { page: popup } = await session().openPage('popup.html');
    const row = popup.locator('.outbox__entry');
    await expect.poll(() => row.textContent()).toContain(`Captured while signed in as ${OTHER_USER.username}`);
    expect(await row.getByRole('button').allTextContents()).toEqual(['Send here', 'Delete']);
    await row.getByRole('button', { name: 'Send here' }).click();
    await expect.poll(() => tasksTitled('Made as the other account')).toHaveLength(1);
    await expect.poll(() => popup.locator('.outbox').count()).toBe(0);
  });

  it('a V1 create the browser sent twice by itself (handled, then the connection reset) leaves one task', async () => {
    const { callHook, sandbox } = session();
    await callHook('connectToken', DEMO.personalToken);
    for (let i = 0; i < 5; i++) {
      // A request first, so that the create goes out on a kept-alive connection, which the reset breaks.
      await callHook('refreshProjects');
      sandbox.faults.inject({ kind: 'reset-after-handling' }, V1_CREATE);
      const before = sandbox.requests.length;
      expect(await callHook('submitCapture', `Sent twice ${i}`)).toMatchObject({ status: 'sent' });
      // The browser did resend it: TickTick got the create twice.
      const creates = sandbox.requests.slice(before).filter((r) => r.method === 'POST' && r.path === V1_CREATE.path);
      expect(creates).toHaveLength(2);
      await expect.poll(() => tasksTitled(`Sent twice ${i}`)).toHaveLength(1);
    }
  });

  it('moves an outbox from before the update, and lands every capture in it once, whatever state it was in', async () => {
    const { callHook, sandbox } = session();
    await callHook('connectToken', DEMO.personalToken);
    const inbox = `inbox${DEMO.userId}`;
    // Two had reached TickTick before the update, unknown to the outbox: one timed out, one was in flight when
    // the worker stopped.
    for (const title of ['Timed out but landed', 'In flight and landed']) {
      sandbox.state.addTask(DEMO.userId, { projectId: inbox, title, content: `About ${title}` });
    }
    const old = [
      oldEntry('Never sent'),
      oldEntry('Timed out but landed', { attempts: 1, outcomeUnknown: true }),
      oldEntry('In flight and landed', { inFlightSince: Date.now() - 5_000, sendingRun: 'a run that died' }),
      oldEntry('In flight, not landed', { inFlightSince: Date.now() - 5_000, sendingRun: 'a run that died' }),
      oldEntry('Refused', {
        state: 'needs-attention',
        attempts: 1,
        lastError: { code: 'client', message: 'TickTick refused the request (HTTP 400).' },
      }),
    ];
    await callHook('seedOldOutbox', old);
    expect((await callHook('outbox')).map((e) => e.task.title)).toEqual(old.map((e) => e.task.title));
    const keys = await callHook('outboxStorage');
    expect(keys).not.toContain('outbox');
    expect(keys).toEqual(expect.arrayContaining(['outbox.index', ...old.map((e) => `outbox.entry.${e.id}`)]));

    await callHook('flushOutbox', true);
    for (const entry of old.slice(0, 4)) expect(tasksTitled(entry.task.title), entry.task.title).toHaveLength(1);
    expect(await callHook('outbox')).toEqual([expect.objectContaining({ id: old[4]!.id, state: 'needs-attention' })]);
    await callHook('retryOutbox', old[4]!.id);
    expect(tasksTitled('Refused')).toHaveLength(1);
    expect(await callHook('outbox')).toEqual([]);
  });

  it('the popup lists the first captures of a thousand waiting and counts the rest; the badge counts them all', async () => {
    const { callHook } = session();
    await callHook(
      'seedOldOutbox',
      Array.from({ length: 1000 }, (_, i) => oldEntry(`Waiting ${i}`)),
    );
    expect(await callHook('outbox')).toHaveLength(1000);
    await expect.poll(() => callHook('badgeText')).toBe('1000');
    const { page: popup } = await session().openPage('popup.html');
    await expect
      .poll(() => popup.getByRole('heading', { name: /Waiting to be sent/ }).textContent())
      .toBe('Waiting to be sent (1,000)');
    expect(await popup.locator('.outbox__entry').count()).toBe(20);
    expect(await popup.getByTestId('outbox-more').textContent()).toBe('and 980 more, sent in turn');
  });
});
