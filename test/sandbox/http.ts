import type { IncomingMessage, ServerResponse } from 'node:http';
import { toJson } from './format';

export interface SandboxRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  rawBody: string;
  /** JSON or form body, parsed; `undefined` when empty or unparseable. */
  body: unknown;
  /** Set by the router for the route's path parameters. */
  params: Record<string, string>;
}

export interface SandboxResponse {
  status: number;
  headers?: Record<string, string>;
  /** An object is written as JSON (bigints raw); a string as it is. */
  body?: unknown;
}

const MAX_BODY_BYTES = 8 * 1024 * 1024;

export async function readRequest(req: IncomingMessage, url: URL): Promise<SandboxRequest> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  const rawBody = Buffer.concat(chunks).toString('utf8');
  return {
    method: req.method ?? 'GET',
    path: url.pathname,
    query: url.searchParams,
    headers: req.headers,
    rawBody,
    body: parseBody(rawBody, req.headers['content-type']),
    params: {},
  };
}

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (raw === '') return undefined;
  if (contentType?.includes('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(raw));
  }
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

export function writeResponse(res: ServerResponse, response: SandboxResponse): void {
  const headers: Record<string, string> = { ...response.headers };
  let payload = '';
  if (typeof response.body === 'string') {
    payload = response.body;
    headers['content-type'] ??= 'text/plain; charset=utf-8';
  } else if (response.body !== undefined) {
    payload = toJson(response.body);
    headers['content-type'] ??= 'application/json;charset=UTF-8';
  }
  headers['content-length'] = String(Buffer.byteLength(payload));
  res.writeHead(response.status, headers);
  res.end(payload);
}

export const json = (body: unknown, status = 200): SandboxResponse => ({ status, body });
export const empty = (status = 200): SandboxResponse => ({ status });

export function html(body: string, status = 200): SandboxResponse {
  return { status, body, headers: { 'content-type': 'text/html; charset=utf-8' } };
}

export function redirect(location: string): SandboxResponse {
  return { status: 302, headers: { location } };
}

/** Body of TickTick's error answers: `{errorId, errorCode, errorMessage, data}`. */
export function tickTickError(status: number, errorCode: string, data: unknown = null): SandboxResponse {
  return json(
    { errorId: `${Math.random().toString(16).slice(2, 10)}@sandbox`, errorCode, errorMessage: errorCode, data },
    status,
  );
}

export function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of header?.split(';') ?? []) {
    const eq = part.indexOf('=');
    if (eq > 0) cookies[part.slice(0, eq).trim()] = decodeURIComponent(part.slice(eq + 1).trim());
  }
  return cookies;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export type Handler = (req: SandboxRequest) => SandboxResponse | Promise<SandboxResponse>;

export interface Route {
  method: string;
  /** Path with `:name` parameters, e.g. `/open/v1/project/:projectId`. */
  pattern: string;
  handler: Handler;
}

/** Finds the route for a request and fills `req.params`. */
export function matchRoute(routes: Route[], req: SandboxRequest): Route | undefined {
  const segments = req.path.split('/');
  for (const route of routes) {
    if (route.method !== req.method) continue;
    const parts = route.pattern.split('/');
    if (parts.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = parts.every((part, i) => {
      const segment = segments[i] ?? '';
      if (part.startsWith(':')) {
        params[part.slice(1)] = decodeURIComponent(segment);
        return segment !== '';
      }
      return part === segment;
    });
    if (matches) {
      req.params = params;
      return route;
    }
  }
  return undefined;
}
