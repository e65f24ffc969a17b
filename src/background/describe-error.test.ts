import { describe, expect, it, vi } from 'vitest';
import { TickTickError } from '../ticktick/errors';
import { describeError } from './describe-error';

describe('what a page hears of an error', () => {
  it('a TickTickError keeps its kind, its message and, for code, its reason', () => {
    const error = new TickTickError({ kind: 'auth', errorCode: 'mfa_expired', message: 'Sign in again.' });
    expect(describeError(error)).toEqual({ code: 'auth', message: 'Sign in again.', reason: 'mfa_expired' });
    expect(describeError(new TickTickError({ kind: 'network', message: 'Offline.' }))).toEqual({
      code: 'network',
      message: 'Offline.',
    });
  });

  it('is decided by type, not by shape: anything else is internal, and its text stays in the log', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (const thrown of [
      { kind: 'auth', message: 'Your account is locked. Call +1-555-0100' },
      new Error('token tp_secret leaked in a message'),
      'a string',
    ]) {
      const described = describeError(thrown);
      expect(described.code).toBe('internal');
      expect(described.message).not.toMatch(/555|tp_secret|string/);
    }
    log.mockRestore();
  });
});
