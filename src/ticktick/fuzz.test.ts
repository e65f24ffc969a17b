import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realShapedArbitrary } from '../../test/fuzz';
import { TickTickError } from './errors';
import type { FetchLike } from './http';
import { createV1Client } from './v1/client';
import { createV2Client } from './v2/client';

/**
 * Whatever TickTick answers — random JSON, real answers with keys removed,
 * retyped or added, broken bodies, odd statuses — the client either returns
 * parsed data or rejects with a TickTickError. Nothing else ever escapes.
 */

const body = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  realShapedArbitrary().map((v) => JSON.stringify(v)),
  fc.string(),
  fc.constant(''),
);
const status = fc.constantFrom(200, 200, 200, 201, 204, 400, 401, 403, 404, 429, 500, 502, 503);

function fetchAnswering(text: string, code: number): FetchLike {
  return async () => new Response(code === 204 ? null : text, { status: code, headers: { 'retry-after': '5' } });
}

const CALLS: [string, (fetch: FetchLike, strict: boolean) => Promise<unknown>][] = [
  ['v1.getProjects', (f, strict) => createV1Client({ token: 't', fetch: f, strict }).getProjects()],
  [
    'v1.getProjectWithData',
    (f, strict) => createV1Client({ token: 't', fetch: f, strict }).getProjectWithData('inbox'),
  ],
  [
    'v1.getTask',
    (f, strict) => createV1Client({ token: 't', fetch: f, strict }).getTask('inbox', '6247ee29630c800f064fd145'),
  ],
  ['v1.createTask', (f, strict) => createV1Client({ token: 't', fetch: f, strict }).createTask({ title: 'x' })],
  ['v2.sync', (f, strict) => createV2Client({ token: 't', fetch: f, strict }).sync()],
  ['v2.getStatus', (f, strict) => createV2Client({ token: 't', fetch: f, strict }).getStatus()],
  [
    'v2.batchTasks',
    (f, strict) =>
      createV2Client({ token: 't', fetch: f, strict }).batchTasks({ add: [{ projectId: 'inbox1', title: 'x' }] }),
  ],
  ['v2.getTags', (f, strict) => createV2Client({ token: 't', fetch: f, strict }).getTags()],
];

describe('client fuzz: only typed errors escape', () => {
  it.each(CALLS)('%s', async (_name, call) => {
    await fc.assert(
      fc.asyncProperty(body, status, fc.boolean(), async (text, code, strict) => {
        const outcome = await call(fetchAnswering(text, code), strict).then(
          () => 'ok',
          (error: unknown) => error,
        );
        if (outcome !== 'ok') expect(outcome).toBeInstanceOf(TickTickError);
        if (code >= 400) expect(outcome).not.toBe('ok');
      }),
      { numRuns: 150 },
    );
  });
});
