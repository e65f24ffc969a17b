import fc from 'fast-check';
import { base32 } from '@otplib/plugin-base32-scure';
import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { totpCode } from './totp';

/** RFC 6238's SHA-1 secret, "12345678901234567890", in base32. */
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('TOTP codes on Web Crypto', () => {
  it('match the RFC 6238 test vectors (last 6 digits)', async () => {
    expect(await totpCode(RFC_SECRET, 59)).toBe('287082');
    expect(await totpCode(RFC_SECRET, 1111111109)).toBe('081804');
    expect(await totpCode(RFC_SECRET, 2000000000)).toBe('279037');
  });

  it('match otplib with its own hash library, for any secret and time', async () => {
    const secrets = fc.uint8Array({ minLength: 16, maxLength: 64 }).map((bytes) => base32.encode(bytes));
    await fc.assert(
      fc.asyncProperty(secrets, fc.integer({ min: 0, max: 4_000_000_000 }), async (secret, epoch) => {
        expect(await totpCode(secret, epoch)).toBe(await generate({ secret, epoch }));
      }),
      { numRuns: 100 },
    );
  });
});
