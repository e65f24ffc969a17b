import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realShapedArbitrary } from '../../test/fuzz';
import { TickTickError } from './errors';
import { parseAnswer } from './http';
import * as types from './types';
import * as v1 from './v1/schemas';
import * as v2 from './v2/schemas';
import type { z } from './zod';

/**
 * Every model of the client, in both modes, on random JSON, random values of
 * any kind and real answers with a key dropped, retyped or added: a model never
 * throws, and reading an answer gives the data or a `validation` TickTickError.
 */

const isSchema = (value: unknown): value is z.ZodMiniType =>
  typeof value === 'object' && value !== null && typeof (value as { safeParse?: unknown }).safeParse === 'function';

/** Models are functions of the mode (TokenV1 of the clock); value types are schemas themselves. */
function allSchemas(): [string, z.ZodMiniType][] {
  const found: [string, z.ZodMiniType][] = [];
  for (const [name, exported] of Object.entries({ ...types, ...v1, ...v2 })) {
    if (isSchema(exported)) found.push([name, exported]);
    else if (typeof exported === 'function' && exported.length <= 1) {
      for (const mode of ['tolerant', 'strict'] as const) {
        let built: unknown;
        try {
          built = (exported as (mode: string) => unknown)(mode);
        } catch {
          continue;
        }
        if (isSchema(built)) found.push([`${name}(${mode})`, built]);
      }
    }
  }
  return found;
}

const SCHEMAS = allSchemas();
const anyValue = fc.oneof(fc.jsonValue(), fc.anything(), realShapedArbitrary());

describe('model fuzz: only typed errors', () => {
  it('finds every model of V1 and V2 and every value type', () => {
    const names = new Set(SCHEMAS.map(([name]) => name.replace(/\(.*\)$/, '')));
    for (const model of ['TaskV1', 'ProjectDataV1', 'CreateTaskV1', 'TokenV1', 'OAuthTokenV1', 'SyncV2', 'TaskV2'])
      expect(names).toContain(model);
    for (const model of ['PostBatchTaskV2', 'PostBatchProjectV2', 'UserSignOnV2', 'TTRRule', 'ICalTrigger'])
      expect(names).toContain(model);
    expect(SCHEMAS.length).toBeGreaterThan(50);
  });

  it.each(SCHEMAS)('%s', (name, schema) => {
    fc.assert(
      fc.property(anyValue, (value) => {
        expect(() => schema.safeParse(value)).not.toThrow();
        try {
          parseAnswer(schema, value, name);
        } catch (error) {
          expect(error).toBeInstanceOf(TickTickError);
          expect((error as TickTickError).kind).toBe('validation');
        }
      }),
      { numRuns: 120 },
    );
  });
});
