import { expect } from 'vitest';
import { TickTickError } from '../src/ticktick/errors';

/** The TickTickError a promise rejects with; fails the test if it resolves or rejects with anything else. */
export async function rejection(promise: Promise<unknown>): Promise<TickTickError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TickTickError);
  return error as TickTickError;
}
