import { newObjectId } from '../types';

/**
 * pyticktick's V2XDevice: the `X-Device` header the web app sends. platform,
 * version and id are the fields known to be required; more may be added.
 */
export interface V2XDevice {
  platform: string;
  version: number;
  id: string;
  [extra: string]: unknown;
}

/** Newest web-app version seen working (pyticktick's default, 6430, is now refused by some servers). */
export const X_DEVICE_VERSION = 8010;

/** A desktop browser's User-Agent, for Node callers; in the extension the browser sends its own. */
export const DEFAULT_USER_AGENT =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36';

/** Builds an X-Device value: platform `web`, a current version and a random ObjectId, unless given. */
export function xDevice(fields: Partial<V2XDevice> = {}): V2XDevice {
  return {
    ...fields,
    platform: fields.platform ?? 'web',
    version: fields.version ?? X_DEVICE_VERSION,
    id: fields.id ?? newObjectId(),
  };
}

/**
 * Who sets the headers a browser forbids on fetch (`Cookie`, `Origin`,
 * `Referer`, `User-Agent`):
 * - `'in-request'`: the client sends them itself (Node and other non-browser callers);
 * - `'external'`: the caller applies them outside fetch (the extension does it
 *   with declarativeNetRequest session rules scoped to its own requests), and
 *   the client sends only what fetch may carry.
 */
export type BrowserHeaderMode = 'in-request' | 'external';

export interface V2HeaderOptions {
  /** The session token (cookie `t`); absent before sign-on. */
  token?: string;
  device: V2XDevice;
  /** The TickTick site the request claims to come from, e.g. `https://ticktick.com`. */
  site: string;
  userAgent?: string;
  browserHeaders?: BrowserHeaderMode;
}

/** The full V2 header set a request needs, less the browser-forbidden ones in `'external'` mode. */
export function v2Headers({
  token,
  device,
  site,
  userAgent,
  browserHeaders = 'in-request',
}: V2HeaderOptions): Record<string, string> {
  const headers: Record<string, string> = { 'x-device': JSON.stringify(device) };
  if (browserHeaders === 'in-request') {
    headers.origin = site;
    headers.referer = `${site}/`;
    headers['user-agent'] = userAgent ?? DEFAULT_USER_AGENT;
    if (token) headers.cookie = `t=${token}`;
  }
  return headers;
}
