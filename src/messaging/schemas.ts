import { SITE_PATTERN } from '../capture/site-rules';
import { z } from '../ticktick/zod';

/** How much of a selection the page script hands over; the content is cut further to what TickTick takes. */
export const PAGE_SELECTION_LIMIT = 1_000_000;
/**
 * What a page may send at most. These bound a message, not a capture: the
 * background cuts what is too long for a task, with a notice, so nothing is
 * refused for its length (a tab's URL may be 2 MB in Chromium).
 */
const TYPED_LIMIT = 1_000_000;
const PAGE_TITLE_LIMIT = 100_000;
const PAGE_URL_LIMIT = 2 * 1024 * 1024 + 1024;

/** Payload schemas, one per message type; unknown keys are refused. */
const empty = z.strictObject({});
const secret = (what: string, max = 512) =>
  z.string().check(z.trim(), z.minLength(1, `${what} is empty`), z.maxLength(max, `${what} is too long`));
const text = (max: number) => z.string().check(z.maxLength(max));
const optional = z.optional;
/** The chips the user turned back into text, as spans of the line. */
const keptAsText = z
  .array(z.strictObject({ index: z.int().check(z.nonnegative()), length: z.int().check(z.positive()) }))
  .check(z.maxLength(100));

/** The page a capture is about, as the popup read it. */
const pageFacts = z.strictObject({
  title: optional(text(PAGE_TITLE_LIMIT)),
  url: optional(text(PAGE_URL_LIMIT)),
  // The page's readers already cut these; what is larger than this was not sent by our popup.
  selection: optional(text(PAGE_SELECTION_LIMIT)),
  details: optional(z.array(text(2000)).check(z.maxLength(10))),
  selectionMarkdown: optional(text(PAGE_SELECTION_LIMIT)),
  // "Add page with its text": the article as Markdown.
  text: optional(text(PAGE_SELECTION_LIMIT)),
});
const tagList = z.array(z.string().check(z.regex(/^[^\\/"#:*?<>|\s]+$/), z.maxLength(64))).check(z.maxLength(20));
const priority = z.union([z.literal(0), z.literal(1), z.literal(3), z.literal(5)]);
/** False when the user removed the site rule's chip: this capture takes the defaults. */
const siteRule = optional(z.boolean());

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
    password: z.string().check(z.minLength(1, 'The password is empty'), z.maxLength(512)),
  }),
  'account.verifyV2Code': z
    .strictObject({
      code: optional(
        z.pipe(
          z.pipe(
            z.string(),
            z.transform((code: string) => code.replace(/\s+/g, '')),
          ),
          z.string().check(z.regex(/^\d{6}$/, 'The code has 6 digits')),
        ),
      ),
      totpSecret: optional(
        z.pipe(
          z.pipe(
            z.string(),
            z.transform((secret: string) => secret.replace(/\s+/g, '').toUpperCase()),
          ),
          z.string().check(z.regex(/^[A-Z2-7]{16,}=*$/, 'The secret is a base32 key of at least 16 characters')),
        ),
      ),
      rememberTotpSecret: z.boolean(),
    })
    .check(
      z.refine(
        (payload: { code?: string; totpSecret?: string }) =>
          payload.code !== undefined || payload.totpSecret !== undefined,
        'Enter the 6-digit code, or the secret key',
      ),
    ),
  'account.signOut': z.strictObject({ connection: z.enum(['v1', 'v2']) }),
  'capture.context': z.strictObject({ tabId: optional(z.int().check(z.nonnegative())) }),
  'capture.pageText': z.strictObject({ tabId: z.int().check(z.nonnegative()) }),
  'capture.preview': z.strictObject({ text: text(TYPED_LIMIT), keptAsText: optional(keptAsText) }),
  'capture.content': z.strictObject({ page: pageFacts, siteRule }),
  'capture.submit': z.strictObject({
    text: text(TYPED_LIMIT),
    keptAsText: optional(keptAsText),
    projectId: optional(text(64)),
    content: optional(text(TYPED_LIMIT)),
    page: optional(pageFacts),
    siteRule,
  }),
  'projects.get': z.strictObject({ refresh: optional(z.boolean()) }),
  'outbox.retry': z.strictObject({ id: text(64) }),
  'outbox.sendHere': z.strictObject({ id: text(64) }),
  'outbox.edit': z.strictObject({
    id: text(64),
    title: text(TYPED_LIMIT),
    content: optional(text(TYPED_LIMIT)),
  }),
  'outbox.remove': z.strictObject({ id: text(64) }),
  'settings.get': empty,
  'settings.set': z.strictObject({
    defaultProjectId: optional(text(64)),
    defaultTags: optional(tagList),
    defaultPriority: optional(priority),
    defaultDue: optional(z.enum(['none', 'today', 'tomorrow'])),
    contentTemplate: optional(text(2000)),
    closePopupAfterSave: optional(z.boolean()),
  }),
  'siteRules.get': empty,
  'siteRules.set': z.strictObject({
    rules: z
      .array(
        z.strictObject({
          pattern: z.string().check(z.trim(), z.regex(SITE_PATTERN, 'A rule’s site is a host, or a host and a path')),
          projectId: optional(text(64)),
          tags: tagList,
          priority: optional(priority),
          contentTemplate: optional(text(2000)),
        }),
      )
      .check(z.maxLength(100)),
  }),
} satisfies Record<string, z.ZodMiniType>;
