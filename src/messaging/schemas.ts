import { z } from '../ticktick/zod';
import type { MessageType } from './protocol';

/** Payload schemas, one per message type; unknown keys are refused. */
const empty = z.strictObject({});
const secret = (what: string, max = 512) =>
  z.string().trim().min(1, `${what} is empty`).max(max, `${what} is too long`);

export const payloadSchemas = {
  ping: empty,
  'account.get': empty,
  'account.refresh': empty,
  'account.setRegion': z.strictObject({ region: z.enum(['ticktick', 'dida365']) }),
  'account.connectToken': z.strictObject({ token: secret('The token') }),
  'account.connectOAuth': z.strictObject({
    clientId: secret('The Client ID'),
    clientSecret: secret('The Client Secret'),
  }),
  'account.signInV2': z.strictObject({
    username: secret('The email', 320),
    // Not trimmed: spaces can be part of a password.
    password: z.string().min(1, 'The password is empty').max(512),
  }),
  'account.verifyV2Code': z
    .strictObject({
      code: z
        .string()
        .transform((code) => code.replace(/\s+/g, ''))
        .pipe(z.string().regex(/^\d{6}$/, 'The code has 6 digits'))
        .optional(),
      totpSecret: z
        .string()
        .transform((secret) => secret.replace(/\s+/g, '').toUpperCase())
        .pipe(z.string().regex(/^[A-Z2-7]{16,}=*$/, 'The secret is a base32 key of at least 16 characters'))
        .optional(),
      rememberTotpSecret: z.boolean(),
    })
    .refine((payload) => payload.code !== undefined || payload.totpSecret !== undefined, {
      message: 'Enter the 6-digit code, or the secret key',
    }),
  'account.signOut': z.strictObject({ connection: z.enum(['v1', 'v2']) }),
} satisfies Record<MessageType, z.ZodType>;
