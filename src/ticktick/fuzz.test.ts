import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realShapedArbitrary } from '../../test/fuzz';
import { TickTickError } from './errors';
import type { FetchLike } from './http';
import type { SchemaMode } from './model';
import { createV1Client } from './v1/client';
import { TaskV1 } from './v1/schemas';
import { createV2Client } from './v2/client';
import { SyncV2 } from './v2/schemas';
import type { z } from './zod';

/**
 * Whatever TickTick answers, what the client makes of it follows from the
 * status and the body alone: a 2xx is the model's data exactly when the body
 * fits the model, and a `validation` error otherwise; any other status is an
 * error that is retryable exactly when TickTick is at fault (429, 5xx) and
 * never for another 4xx, the rule the outbox's retries rest on.
 */

const body = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  realShapedArbitrary().map((v) => JSON.stringify(v)),
  fc.string(),
  fc.constant(''),
);
const status = fc.constantFrom(200, 201, 204, 400, 401, 403, 404, 409, 429, 500, 502, 503);

/** Bodies whose errorCode decides the error whatever the status (V1's rate limit, V2's "signed out"). */
function decidesByItself(text: string): boolean {
  try {
    const code = (JSON.parse(text) as { errorCode?: unknown; error?: unknown } | null) ?? {};
    return ['exceed_query_limit', 'user_not_sign_on'].some((known) => [code.errorCode, code.error].includes(known));
  } catch {
    return false;
  }
}

function fits(schema: z.ZodMiniType, text: string): boolean {
  try {
    return schema.safeParse(text.trim() === '' ? undefined : JSON.parse(text)).success;
  } catch {
    return false;
  }
}

const answering =
  (text: string, code: number): FetchLike =>
  async () =>
    new Response(code === 204 ? null : text, { status: code, headers: { 'retry-after': '5' } });

const CALLS: [string, (mode: SchemaMode) => z.ZodMiniType, (fetch: FetchLike, strict: boolean) => Promise<unknown>][] =
  [
    [
      'V1 getTask',
      TaskV1,
      (fetch, strict) => createV1Client({ token: 't', fetch, strict }).getTask('inbox', '6247ee29630c800f064fd145'),
    ],
    ['V2 sync', SyncV2, (fetch, strict) => createV2Client({ token: 't', fetch, strict }).sync()],
  ];

describe('client fuzz: the answer decides, the same way every time', () => {
  it.each(CALLS)('%s', async (_name, model, call) => {
    await fc.assert(
      fc.asyncProperty(body, status, fc.boolean(), async (text, code, strict) => {
        fc.pre(!decidesByItself(text));
        const outcome = await call(answering(text, code), strict).then(
          (data) => ({ data }),
          (error: unknown) => ({ error }),
        );
        const fitsModel = fits(model(strict ? 'strict' : 'tolerant'), code === 204 ? '' : text);
        if ('data' in outcome) {
          expect(code < 300 && fitsModel).toBe(true);
          return;
        }
        expect(outcome.error).toBeInstanceOf(TickTickError);
        const error = outcome.error as TickTickError;
        if (code < 300) expect({ kind: error.kind, fitsModel }).toEqual({ kind: 'validation', fitsModel: false });
        else expect(error.retryable).toBe(code === 429 || code >= 500);
      }),
      { numRuns: 300 },
    );
  });
});
