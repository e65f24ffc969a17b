import { z } from './zod';

/**
 * What a credential may look like before it is sent in a header or a cookie, or
 * kept: RFC 6750's token characters (personal `tp_…` tokens, OAuth UUIDs and V2
 * session tokens all fit). CR, LF, `;`, `,` and spaces never pass: in a header
 * they would break it, in the V2 cookie they would add cookies of their own.
 */
const CREDENTIAL_TOKEN = /^[A-Za-z0-9._~+/-]+=*$/;
const MIN_TOKEN_LENGTH = 8;
const MAX_TOKEN_LENGTH = 4096;

export function isCredentialToken(value: string): boolean {
  return value.length >= MIN_TOKEN_LENGTH && value.length <= MAX_TOKEN_LENGTH && CREDENTIAL_TOKEN.test(value);
}

/** A credential in an answer: refused as invalid when it could not be sent back safely. */
export const CredentialToken = z
  .string()
  .check(z.refine(isCredentialToken, 'Expected a token of 8 to 4096 token characters (no spaces, ";" or line breaks)'));
