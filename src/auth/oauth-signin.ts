import { buildAuthorizeUrl, exchangeOAuthCode } from '../ticktick/oauth';
import { TickTickError } from '../ticktick/errors';
import { pendingOAuthItem, v1CredentialItem } from '../storage/items';
import type { AuthDeps } from './deps';

/** How long the user has to approve on TickTick's page. */
export const OAUTH_STATE_LIFETIME_MS = 10 * 60 * 1000;

function refused(errorCode: string, message: string): TickTickError {
  return new TickTickError({ kind: 'auth', errorCode, message });
}

/**
 * TickTick's OAuth, run by the background (a popup would die when the auth
 * window takes focus): a random single-use `state`, TickTick's approve page in
 * `identity.launchWebAuthFlow`, then the code exchanged for a token.
 */
export async function connectOAuth(deps: AuthDeps, app: { clientId: string; clientSecret: string }): Promise<void> {
  const endpoints = await deps.resolveEndpoints();
  const redirectUri = deps.identity.getRedirectURL();
  const state = deps.randomState();
  await pendingOAuthItem.setValue({ state, createdAt: deps.now() });
  const url = buildAuthorizeUrl({ clientId: app.clientId, redirectUri, state, baseUrl: endpoints.oauthAuthorize });
  let responseUrl: string | undefined;
  try {
    responseUrl = await deps.identity.launchWebAuthFlow({ url, interactive: true });
  } catch (error) {
    await pendingOAuthItem.removeValue();
    throw refused(
      'oauth_cancelled',
      `TickTick sign-in did not finish (${error instanceof Error ? error.message : String(error)}). Try again; if the window shows an error, check the Client ID and the redirect URL registered for your app.`,
    );
  }
  if (!responseUrl) throw refused('oauth_cancelled', 'TickTick sign-in was closed before it finished.');
  await completeOAuthRedirect(deps, { ...app, redirectUri, responseUrl });
}

/**
 * Checks what came back to the redirect URL and exchanges the code. The
 * pending state is consumed first, so a replayed or forged answer, or one
 * arriving after the state expired, never reaches the token endpoint.
 */
export async function completeOAuthRedirect(
  deps: AuthDeps,
  options: { clientId: string; clientSecret: string; redirectUri: string; responseUrl: string },
): Promise<void> {
  const pending = await pendingOAuthItem.getValue();
  await pendingOAuthItem.removeValue();
  const answer = new URL(options.responseUrl);
  const error = answer.searchParams.get('error');
  if (error) {
    throw refused(
      error,
      error === 'access_denied' ? 'You did not allow access on TickTick’s page.' : `TickTick answered ${error}.`,
    );
  }
  const state = answer.searchParams.get('state');
  if (!pending || !state || state !== pending.state) {
    throw refused(
      'oauth_state_mismatch',
      'This sign-in answer was not started here (its state does not match). Start again.',
    );
  }
  if (deps.now() - pending.createdAt > OAUTH_STATE_LIFETIME_MS) {
    throw refused('oauth_state_expired', 'The sign-in took too long and expired. Start again.');
  }
  const code = answer.searchParams.get('code');
  if (!code) throw refused('oauth_no_code', 'TickTick did not send a sign-in code. Start again.');
  const endpoints = await deps.resolveEndpoints();
  const token = await exchangeOAuthCode({
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    code,
    redirectUri: options.redirectUri,
    baseUrl: new URL(endpoints.oauthToken).origin,
    fetch: deps.fetch,
    now: deps.now,
  });
  await v1CredentialItem.setValue({
    method: 'oauth',
    token: token.value,
    expiresAt: token.expiration * 1000,
    clientId: options.clientId,
    connectedAt: deps.now(),
  });
}
