import { describe, expect, it, vi } from 'vitest';
import { DEMO } from './seed';
import { useSandbox } from './test-helpers';

const sandbox = useSandbox();
const auth = { authorization: `Bearer ${DEMO.personalToken}` };
const projects = () => fetch(`${sandbox().url}/open/v1/project`, { headers: auth });

describe('sandbox fault injection', () => {
  it('fails the next N requests with a status, then recovers', async () => {
    sandbox().faults.inject({ kind: 'status', status: 503, body: 'Service Unavailable' }, { times: 2 });
    expect((await projects()).status).toBe(503);
    expect((await projects()).status).toBe(503);
    expect((await projects()).status).toBe(200);
  });

  it('only fails requests that match the path and method', async () => {
    sandbox().faults.inject({ kind: 'status', status: 500 }, { path: '/open/v1/task', method: 'POST' });
    expect((await projects()).status).toBe(200);
    const failed = await fetch(`${sandbox().url}/open/v1/task`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: '{"title":"x"}',
    });
    expect(failed.status).toBe(500);
    expect(sandbox().faults.pending).toBe(0);
  });

  it('matches paths by pattern', async () => {
    sandbox().faults.inject({ kind: 'status', status: 502 }, { path: /^\/open\/v1\/project/ });
    expect((await projects()).status).toBe(502);
  });

  it('answers 429 with Retry-After', async () => {
    sandbox().faults.inject({ kind: 'rate-limit', retryAfterSeconds: 7 });
    const res = await projects();
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
  });

  it('hangs until the client gives up', async () => {
    sandbox().faults.inject({ kind: 'hang' });
    await expect(
      fetch(`${sandbox().url}/open/v1/project`, { headers: auth, signal: AbortSignal.timeout(200) }),
    ).rejects.toThrow(/abort|timeout/i);
    expect((await projects()).status).toBe(200);
  });

  it('drops the connection', async () => {
    sandbox().faults.inject({ kind: 'drop' });
    await expect(projects()).rejects.toThrow(/fetch failed/);
  });

  it('sends malformed JSON with a 200', async () => {
    sandbox().faults.inject({ kind: 'malformed' });
    const res = await projects();
    expect(res.status).toBe(200);
    await expect(res.json()).rejects.toThrow(SyntaxError);
  });

  it('logs every request with method, path, headers and body, faults included', async () => {
    sandbox().faults.inject({ kind: 'status', status: 503 });
    await fetch(`${sandbox().url}/open/v1/task`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'logged' }),
    });
    const [entry] = sandbox().requests;
    expect(entry).toMatchObject({
      method: 'POST',
      path: '/open/v1/task',
      body: { title: 'logged' },
      fault: 'status',
    });
    expect(entry!.headers.authorization).toBe(auth.authorization);
  });

  it('stops with a hung request open', async () => {
    const { Sandbox } = await import('./server');
    const other = new Sandbox();
    await other.start();
    other.faults.inject({ kind: 'hang' });
    const pending = fetch(`${other.url}/open/v1/project`, { headers: auth }).catch((error: unknown) => error);
    await vi.waitFor(() => expect(other.requests).toHaveLength(1));
    await other.stop();
    expect(await pending).toBeInstanceOf(Error);
  });

  it('answers unknown paths with 404', async () => {
    const res = await fetch(`${sandbox().url}/open/v1/nothing-here`);
    expect(res.status).toBe(404);
  });
});

describe('sandbox fault injection: answer lost after the work was done', () => {
  const sandbox2 = useSandbox();
  it('creates the task, then never answers', async () => {
    sandbox2().faults.inject({ kind: 'hang-after-handling' }, { path: '/open/v1/task' });
    const attempt = fetch(`${sandbox2().url}/open/v1/task`, {
      method: 'POST',
      headers: { authorization: `Bearer ${DEMO.personalToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Landed silently' }),
      signal: AbortSignal.timeout(300),
    });
    await expect(attempt).rejects.toThrow();
    expect(
      sandbox2()
        .state.tasksOf(DEMO.userId)
        .filter((t) => t.title === 'Landed silently'),
    ).toHaveLength(1);
  });
});

describe('sandbox chaos', () => {
  it('fails matching requests at random, the same way for the same seed, until cleared', async () => {
    const run = async () => {
      sandbox().faults.startChaos({
        path: '/open/v1/project',
        probability: 0.5,
        faults: [
          { kind: 'status', status: 503 },
          { kind: 'rate-limit', retryAfterSeconds: 2 },
        ],
        seed: 7,
      });
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) statuses.push((await projects()).status);
      sandbox().faults.clear();
      return statuses;
    };
    const first = await run();
    expect(new Set(first)).toEqual(new Set([200, 503, 429]));
    expect(await run()).toEqual(first);
    expect((await projects()).status).toBe(200);
  });
});
