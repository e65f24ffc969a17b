import { base32 } from '@otplib/plugin-base32-scure';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase32 } from './base32';

describe('base32', () => {
  it('decodes what a library encodes, with or without padding, in any case, with spaces', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.boolean(), (bytes, lower) => {
        const encoded = base32.encode(bytes, { padding: true });
        const typed = (lower ? encoded.toLowerCase() : encoded).replace(/(.{4})/g, '$1 ');
        expect(decodeBase32(encoded)).toEqual(bytes);
        expect(decodeBase32(typed)).toEqual(bytes);
        expect(decodeBase32(encoded.replace(/=+$/, ''))).toEqual(bytes);
      }),
    );
  });

  it('refuses characters outside the alphabet', () => {
    expect(() => decodeBase32('JBSWY3DP1')).toThrow(/not base32/);
    expect(() => decodeBase32('JBSW Y3DP 8')).toThrow(/not base32/);
  });
});
