import { TickTickError } from './errors';
import { createHttp, type FetchLike, type HttpFailure } from './http';
import { regionEndpoints } from './regions';
import { OAuthTokenV1, TokenV1 } from './v1/schemas';

export const DEFAULT_OAUTH_SCOPE = 'tasks:read tasks:write';

export interface AuthorizeUrlOptions {
  clientId: string;
  redirectUri: string;
  /** Random and single-use; check it on the way back before exchanging the code. */
  state: string;
  scope?: string;
  /** The OAuth site, `https://ticktick.com` by default. */
  baseUrl?: string;
}

/** The page where the user approves the app (step 1 of pyticktick's `v1_signon`). */
export function buildAuthorizeUrl({
  clientId,
  redirectUri,
  state,
  scope = DEFAULT_OAUTH_SCOPE,
  baseUrl = regionEndpoints('ticktick').site,
}: AuthorizeUrlOptions): string {
  const url = new URL('/oauth/authorize', baseUrl);
  url.search = new URLSearchParams({
    client_id: clientId,
    scope,
    state,
    redirect_uri: redirectUri,
    response_type: 'code',
  }).toString();
  return url.toString();
}

export interface ExchangeOAuthCodeOptions {
  clientId: string;
  clientSecret: string;
  code: string;
  redirectUri: string;
  scope?: string;
  baseUrl?: string;
  fetch?: FetchLike;
  timeoutMs?: number;
  now?: () => number;
}

function describeTokenFailure(failure: HttpFailure): TickTickError | undefined {
  if (failure.errorCode === 'invalid_client' || failure.status === 401) {
    return new TickTickError({
      kind: 'auth',
      status: failure.status,
      errorCode: failure.errorCode,
      message: 'TickTick did not accept the Client ID and Client Secret. Copy them again from developer.ticktick.com.',
    });
  }
  if (failure.errorCode === 'invalid_grant') {
    return new TickTickError({
      kind: 'auth',
      status: failure.status,
      errorCode: failure.errorCode,
      message:
        'TickTick refused the sign-in code: it expired, was used already, or the redirect URL registered for the app differs. Try connecting again.',
    });
  }
  return undefined;
}

function base64(text: string): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}

/**
 * Exchanges the authorization code for a token (step 3 of `v1_signon`),
 * with the client authenticated by HTTP Basic, and returns pyticktick's TokenV1:
 * the token and its expiry in Unix seconds, checked to be in the future.
 */
export async function exchangeOAuthCode(options: ExchangeOAuthCodeOptions): Promise<TokenV1> {
  const now = options.now ?? Date.now;
  const http = createHttp({
    baseUrl: options.baseUrl ?? regionEndpoints('ticktick').site,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
  });
  const answer = await http({
    method: 'POST',
    path: '/oauth/token',
    headers: { authorization: `Basic ${base64(`${options.clientId}:${options.clientSecret}`)}` },
    form: {
      code: options.code,
      grant_type: 'authorization_code',
      scope: options.scope ?? DEFAULT_OAUTH_SCOPE,
      redirect_uri: options.redirectUri,
    },
    schema: OAuthTokenV1(),
    schemaName: 'OAuthTokenV1',
    describeFailure: describeTokenFailure,
  });
  const token = { value: answer.access_token, expiration: Math.floor(now() / 1000) + answer.expires_in };
  const checked = TokenV1(now).safeParse(token);
  if (!checked.success) {
    throw new TickTickError({
      kind: 'validation',
      message: `TickTick returned a token this extension cannot use: ${checked.error.issues.map((i) => i.message).join('; ')}`,
    });
  }
  return checked.data;
}
