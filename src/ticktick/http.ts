import { asErrorCode, TickTickError } from './errors';
import { z } from './zod';

/** The one request function every TickTick call goes through. */

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export const DEFAULT_TIMEOUT_MS = 15_000;
/** The API's documented body limit; larger bodies are refused before sending. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Larger answers are refused unread: the biggest real ones (a sync of a large account) are a few MiB. */
const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
/** How much of an answer an error keeps, for the log. */
const BODY_PREVIEW_LENGTH = 500;

export interface HttpConfig {
  /** API root with its path, e.g. `https://api.ticktick.com/open/v1`. */
  baseUrl: string;
  fetch?: FetchLike;
  timeoutMs?: number;
  /** Headers for every request (auth, device…), computed per request. */
  headers?: () => Record<string, string>;
}

export interface HttpFailure {
  status: number;
  /** `errorCode` of a TickTick error body, or `error` of an OAuth one. */
  errorCode?: string;
  body: unknown;
  /** The start of the answer as text, for the log: a server's body has no length of its own. */
  preview: string;
  headers: Headers;
}

interface RequestOptions<T> {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Appended to the base URL; starts with `/`. */
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  json?: unknown;
  form?: Record<string, string>;
  headers?: Record<string, string>;
  /** Parses a successful body; without one the body is ignored (the API answers some calls with nothing). */
  schema?: z.ZodMiniType<T>;
  /** The model's name, for messages about a response that does not fit. */
  schemaName?: string;
  /** API-specific reading of an error answer (e.g. sign-on); falls back to the generic one. */
  describeFailure?: (failure: HttpFailure) => TickTickError | undefined;
}

export type Http = <T = undefined>(options: RequestOptions<T>) => Promise<T>;

export function createHttp(config: HttpConfig): Http {
  const fetchImpl: FetchLike = config.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const baseUrl = config.baseUrl.replace(/\/+$/, '');

  return async function request<T>(options: RequestOptions<T>): Promise<T> {
    const url = new URL(baseUrl + options.path);
    for (const [key, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    const headers: Record<string, string> = { accept: 'application/json', ...config.headers?.(), ...options.headers };
    const body = encodeBody(options, headers);
    const { response, text } = await exchange(fetchImpl, timeoutMs, url, {
      method: options.method,
      headers,
      body,
      // No ambient credentials: the user's own TickTick cookies never ride along, and a Set-Cookie in an
      // answer never lands in the browser's cookie jar. V2's session cookie comes from the header rule.
      credentials: 'omit',
    });
    return readAnswer(options, response, text);
  };
}

/** The body as text, with its content type set in `headers`; refused when TickTick would not take its size. */
function encodeBody(options: RequestOptions<unknown>, headers: Record<string, string>): string | undefined {
  let body: string | undefined;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers['content-type'] = 'application/json';
  } else if (options.form !== undefined) {
    body = new URLSearchParams(options.form).toString();
    headers['content-type'] = 'application/x-www-form-urlencoded';
  }
  if (body !== undefined && new TextEncoder().encode(body).length > MAX_BODY_BYTES) {
    throw new TickTickError({
      kind: 'client',
      errorCode: 'body_too_large',
      message: 'This is too large to send to TickTick (over 1 MiB). Shorten the text and try again.',
    });
  }
  return body;
}

/** One request and its whole answer's text, within the time limit; a failure to get one is a network or timeout error. */
async function exchange(fetchImpl: FetchLike, timeoutMs: number, url: URL, init: RequestInit) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchImpl(url.toString(), { ...init, signal: controller.signal });
    return { response, text: await readText(response, controller) };
  } catch (error) {
    if (error instanceof TickTickError) throw error;
    if (controller.signal.aborted) {
      throw new TickTickError({
        kind: 'timeout',
        message: `TickTick did not answer within ${Math.round(timeoutMs / 1000)} seconds. It will be tried again.`,
        cause: error,
      });
    }
    throw new TickTickError({
      kind: 'network',
      message: 'Could not reach TickTick. Check your internet connection; it will be tried again.',
      cause: error,
    });
  } finally {
    clearTimeout(timer);
  }
}

/** The answer read with its model, or the TickTickError its status, its errorCode or its shape calls for. */
function readAnswer<T>(options: RequestOptions<T>, response: Response, text: string): T {
  const parsed = parseJson(text);
  if (!response.ok || isQueryLimit(parsed.value)) {
    const failure: HttpFailure = {
      status: response.status,
      errorCode: errorCodeOf(parsed.value),
      body: parsed.ok ? parsed.value : text.slice(0, BODY_PREVIEW_LENGTH),
      preview: text.slice(0, BODY_PREVIEW_LENGTH),
      headers: response.headers,
    };
    throw options.describeFailure?.(failure) ?? describeHttpFailure(failure);
  }
  if (!options.schema) return undefined as T;
  if (!parsed.ok) {
    throw new TickTickError({
      kind: 'validation',
      status: response.status,
      message: 'TickTick sent an answer that is not valid JSON. Try again in a moment.',
      details: { body: text.slice(0, BODY_PREVIEW_LENGTH) },
    });
  }
  return parseAnswer(options.schema, parsed.value, options.schemaName, response.status);
}

/**
 * Reads an answer with its model: the data, or a `validation` TickTickError that
 * names the model and what did not fit. Nothing else escapes, not even an
 * exception from inside a model's own checks.
 */
export function parseAnswer<T>(schema: z.ZodMiniType<T>, value: unknown, schemaName?: string, status?: number): T {
  const what = schemaName ? ` (${schemaName})` : '';
  let result: ReturnType<typeof schema.safeParse>;
  try {
    result = schema.safeParse(value);
  } catch (cause) {
    throw new TickTickError({
      kind: 'validation',
      status,
      message: `TickTick sent an answer this extension could not check${what}.`,
      cause,
    });
  }
  if (!result.success) {
    throw new TickTickError({
      kind: 'validation',
      status,
      message: `TickTick sent an answer this extension does not understand${what}: ${z.prettifyError(result.error)}`,
      details: { issues: result.error.issues.slice(0, 10) },
    });
  }
  return result.data;
}

/** The body as text, refused past MAX_RESPONSE_BYTES without reading the rest. */
async function readText(response: Response, controller: AbortController): Promise<string> {
  if (Number(response.headers.get('content-length')) > MAX_RESPONSE_BYTES) throw tooLarge(response.status, controller);
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > MAX_RESPONSE_BYTES) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge(response.status, controller);
    }
    text += decoder.decode(value, { stream: true });
  }
}

function tooLarge(status: number, controller: AbortController): TickTickError {
  controller.abort();
  return new TickTickError({
    kind: 'validation',
    status,
    message: `TickTick sent an answer larger than ${MAX_RESPONSE_BYTES / 1024 / 1024} MiB, which this extension does not read.`,
  });
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; value: undefined } {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, value: undefined };
  }
}

function errorCodeOf(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const { errorCode, error } = body as { errorCode?: unknown; error?: unknown };
  return asErrorCode(errorCode) ?? asErrorCode(error);
}

/** V1 signals its rate limit in the body (`exceed_query_limit`), with no documented status. */
function isQueryLimit(body: unknown): boolean {
  return errorCodeOf(body) === 'exceed_query_limit';
}

/** Seconds to wait from a `Retry-After` header (seconds or an HTTP date). */
function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** The generic reading of an HTTP error, by status and TickTick's errorCode. */
function describeHttpFailure(failure: HttpFailure): TickTickError {
  const { status, errorCode } = failure;
  const common = { status, errorCode, details: { body: failure.preview } };
  if (status === 429 || errorCode === 'exceed_query_limit') {
    const retryAfter = parseRetryAfter(failure.headers.get('retry-after'));
    return new TickTickError({
      ...common,
      kind: 'rate-limit',
      retryAfter,
      message: `TickTick asks us to slow down${retryAfter === undefined ? '' : ` for ${retryAfter} seconds`}; it will be tried again.`,
    });
  }
  if (status === 401 || errorCode === 'user_not_sign_on') {
    return new TickTickError({
      ...common,
      kind: 'auth',
      message:
        'TickTick no longer accepts this sign-in (it expired or was revoked). Reconnect your account in the settings.',
    });
  }
  if (status === 403) {
    // Not the sign-in's fault: the account may not write there (a read-only or unshared list). The connection
    // stays as it is; what was refused needs another target.
    return new TickTickError({
      ...common,
      kind: 'client',
      errorCode: errorCode ?? 'forbidden',
      message:
        'TickTick does not let this account add to that list (it may be read-only, or no longer shared with you). Pick another list.',
    });
  }
  if (status >= 500) {
    return new TickTickError({
      ...common,
      kind: 'server',
      message: `TickTick is having trouble (HTTP ${status}${errorCode ? `, ${errorCode}` : ''}); it will be tried again.`,
    });
  }
  return new TickTickError({
    ...common,
    kind: 'client',
    message: `TickTick refused the request (HTTP ${status}${errorCode ? `, ${errorCode}` : ''}).`,
  });
}
