import { z } from '../ticktick/zod';
import type { MessageType } from './protocol';

/** How much of a selection the page script hands over; the content is cut further to what TickTick takes. */
export const PAGE_SELECTION_LIMIT = 1_000_000;

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
  'capture.context': z.strictObject({ tabId: z.number().int().nonnegative().optional() }),
  'capture.preview': z.strictObject({ text: z.string().max(5000) }),
  'capture.submit': z.strictObject({
    text: z.string().max(5000),
    projectId: z.string().max(64).optional(),
    page: z
      .strictObject({
        title: z.string().max(5000).optional(),
        url: z.string().max(10_000).optional(),
        // The page script already cut it; what is larger than this was not sent by our popup.
        selection: z.string().max(PAGE_SELECTION_LIMIT).optional(),
      })
      .optional(),
  }),
  'projects.get': z.strictObject({ refresh: z.boolean().optional() }),
  'outbox.retry': z.strictObject({ id: z.string().max(64) }),
  'outbox.edit': z.strictObject({
    id: z.string().max(64),
    title: z.string().max(5000),
    content: z.string().max(200_000).optional(),
  }),
  'outbox.remove': z.strictObject({ id: z.string().max(64) }),
  'settings.get': empty,
  'settings.set': z.strictObject({
    defaultProjectId: z.string().max(64).optional(),
    defaultTags: z
      .array(
        z
          .string()
          .regex(/^[^\\/"#:*?<>|\s]+$/)
          .max(64),
      )
      .max(20)
      .optional(),
    defaultPriority: z.union([z.literal(0), z.literal(1), z.literal(3), z.literal(5)]).optional(),
    defaultDue: z.enum(['none', 'today', 'tomorrow']).optional(),
    contentTemplate: z.string().max(2000).optional(),
    closePopupAfterSave: z.boolean().optional(),
  }),
} satisfies Record<MessageType, z.ZodType>;
