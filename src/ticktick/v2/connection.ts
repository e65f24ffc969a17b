import { createHttp, type FetchLike } from '../http';
import { regionEndpoints } from '../regions';
import { v2Headers, xDevice, type BrowserHeaderMode, type V2XDevice } from './device';

/** Where and how V2 requests go: shared by the sign-on calls and the session client. */
export interface V2Connection {
  /** API root with its path; `https://api.ticktick.com/api/v2` by default. */
  baseUrl?: string;
  /** The X-Device to send; keep one per installation (and the same for sign-on and session). A fresh one by default. */
  device?: V2XDevice;
  /** The TickTick site for Origin and Referer; `https://ticktick.com` by default. */
  site?: string;
  userAgent?: string;
  /** See BrowserHeaderMode: the extension passes `'external'`. */
  browserHeaders?: BrowserHeaderMode;
  fetch?: FetchLike;
  timeoutMs?: number;
}

/** The request function for V2, with the full header set (and the session cookie once there is a token). */
export function createV2Http(connection: V2Connection, token?: string) {
  const device = connection.device ?? xDevice();
  const site = connection.site ?? regionEndpoints('ticktick').site;
  return createHttp({
    baseUrl: connection.baseUrl ?? regionEndpoints('ticktick').v2,
    fetch: connection.fetch,
    timeoutMs: connection.timeoutMs,
    headers: () =>
      v2Headers({ token, device, site, userAgent: connection.userAgent, browserHeaders: connection.browserHeaders }),
  });
}
