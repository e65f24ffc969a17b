import { describe, expect, it } from 'vitest';
import { example } from '../../test/fixtures/ticktick-api/catalogue';
import { TickTickError } from './errors';
import { createHttp, parseAnswer, type FetchLike } from './http';
import { TaskV1 } from './v1/schemas';
import { z } from './zod';

/**
 * What the client makes of an answer follows from its status and body alone,
 * the rule the outbox's retries rest on: retried exactly when TickTick is at
 * fault or unreachable (429, 5xx), never for another 4xx, and a 2xx whose body
 * is not what the model says is a `validation` error, never data.
 */
const answering =
  (status: number, body: string): FetchLike =>
  async () =>
    new Response(status === 204 ? null : body, { status, headers: { 'retry-after': '5' } });

async function outcome(status: number, body: string) {
  const request = createHttp({ baseUrl: 'https://api.ticktick.com', fetch: answering(status, body) });
  return request({ method: 'GET', path: '/task', schema: TaskV1('tolerant'), schemaName: 'TaskV1' }).then(
    (data) => ({ data }),
    (error: TickTickError) => ({ kind: error.kind, retryable: error.retryable }),
  );
}

/** TickTick's own example of a task answer. */
const OFFICIAL_TASK = example('v1_get_project_task.official-doc.json').response;
const TASK = JSON.stringify(OFFICIAL_TASK);

describe('an answer decides the outcome', () => {
  it.each([
    [400, 'client', false],
    [401, 'auth', false],
    [403, 'client', false],
    [404, 'client', false],
    [409, 'client', false],
    [429, 'rate-limit', true],
    [500, 'server', true],
    [502, 'server', true],
    [503, 'server', true],
  ])('HTTP %i is a %s error, retried: %s, whatever the body says', async (status, kind, retryable) => {
    for (const body of [TASK, '', 'not json', '{"errorCode":"x"}']) {
      expect(await outcome(status, body)).toEqual({ kind, retryable });
    }
  });

  it.each(['', 'not json', '[]', '{"id":5}', '{"title":"no id"}', 'null'])(
    'a 200 whose body is %j is a validation error, not data',
    async (body) => {
      expect(await outcome(200, body)).toEqual({ kind: 'validation', retryable: false });
    },
  );

  it('a 200 that fits the model is its data', async () => {
    expect(await outcome(200, TASK)).toMatchObject({ data: { id: OFFICIAL_TASK.id, title: OFFICIAL_TASK.title } });
  });

  it("an exception thrown inside a model's own check is a validation error too", () => {
    const throwing = z.string().check(
      z.refine(() => {
        throw new Error('a bug in a refinement');
      }),
    );
    const error = (() => {
      try {
        parseAnswer(throwing, 'x', 'Throwing');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(TickTickError);
    expect(error).toMatchObject({ kind: 'validation', message: expect.stringContaining('(Throwing)') });
  });
});
