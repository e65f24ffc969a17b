/**
 * The TickTick client: the official V1 API, the V2 API the web app uses, and
 * their sign-on flows. It never imports `browser` and runs in Node too.
 */
export { TickTickError, isTickTickError, type TickTickErrorKind } from './errors';
export { DEFAULT_TIMEOUT_MS, MAX_BODY_BYTES, type FetchLike } from './http';
export type { SchemaMode } from './model';
export { regionEndpoints, singleOriginEndpoints, taskWebUrl, type Endpoints, type Region } from './regions';
export { buildAuthorizeUrl, exchangeOAuthCode, DEFAULT_OAUTH_SCOPE } from './oauth';
export * from './types';
export { createV1Client, type V1Client, type V1ClientOptions } from './v1/client';
export * from './v1/schemas';
export { createV2Client, type V2Client, type V2ClientOptions, type CompletedTasksQuery } from './v2/client';
export {
  DEFAULT_USER_AGENT,
  X_DEVICE_VERSION,
  v2Headers,
  xDevice,
  type BrowserHeaderMode,
  type V2HeaderOptions,
  type V2XDevice,
} from './v2/device';
export * from './v2/schemas';
export { createV2Http, type V2Connection } from './v2/connection';
export { MfaRequiredError, signOnV2, verifyMfaV2, type MfaChallenge, type SignOnV2Options } from './v2/signon';
