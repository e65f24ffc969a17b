import { buildAuthorizeUrl, exchangeOAuthCode } from '../ticktick/oauth';
import { asErrorCode, TickTickError } from '../ticktick/errors';
import { pendingOAuthItem, v1CredentialItem, type PendingOAuth } from '../storage/items';
import { updateItem } from '../storage/update-item';
import { v1Api } from '../ticktick/v1/calls';
import { learnV1UserId, settleAccountData } from './accounts';
import type { AuthDeps } from './deps';

/** How long the user has to approve on TickTick's page. */
export const OAUTH_STATE_LIFETIME_MS = 10 * 60 * 1000;

function refused(errorCode: string, message: string): TickTickError {
  return new TickTickError({ kind: 'auth', errorCode, message });
}

/** What an OAuth `error` means, in our words: the answer's own text is never shown. */
const OAUTH_ERRORS: Record<string, string> = {
  access_denied: 'You did not allow access on TickTick’s page.',
  invalid_scope: 'TickTick refused the access this extension asks for. Check the app at developer.ticktick.com.',
  unauthorized_client: 'TickTick says this app may not sign in this way. Check the app at developer.ticktick.com.',
};

/**
 * TickTick's OAuth, run by the background (a popup would die when the auth
 * window takes focus): a random single-use `state` per flow, TickTick's approve
 * page in `identity.launchWebAuthFlow`, then the code exchanged for a token.
 * Each flow keeps its own pending state, so a second sign-in started while the
 * first is open does not break the first.
 */
export async function connectOAuth(deps: AuthDeps, app: { clientId: string; clientSecret: string }): Promise<void> {
  const endpoints = await deps.resolveEndpoints();
  const redirectUri = deps.identity.getRedirectURL();
  const state = deps.randomState();
  await updateItem(pendingOAuthItem, (pending) => [
    ...pending.filter((p) => deps.now() - p.createdAt <= OAUTH_STATE_LIFETIME_MS),
    { state, createdAt: deps.now() },
  ]);
  const url = buildAuthorizeUrl({ clientId: app.clientId, redirectUri, state, baseUrl: endpoints.oauthAuthorize });
  let responseUrl: string | undefined;
  try {
    responseUrl = await deps.identity.launchWebAuthFlow({ url, interactive: true });
  } catch (error) {
    await takePendingState(state);
    throw refused(
      'oauth_cancelled',
      `TickTick sign-in did not finish (${error instanceof Error ? error.message : String(error)}). Try again; if the window shows an error, check the Client ID and the redirect URL registered for your app.`,
    );
  }
  if (!responseUrl) {
    await takePendingState(state);
    throw refused('oauth_cancelled', 'TickTick sign-in was closed before it finished.');
  }
  await completeOAuthRedirect(deps, { ...app, redirectUri, responseUrl, state });
}

/** Removes a flow's state and says whether it was still pending: a state is good for one answer only. */
async function takePendingState(state: string): Promise<PendingOAuth | undefined> {
  let taken: PendingOAuth | undefined;
  await updateItem(pendingOAuthItem, (pending) => {
    taken = pending.find((p) => p.state === state);
    return pending.filter((p) => p.state !== state);
  });
  return taken;
}

/**
 * Checks what came back to the redirect URL and exchanges the code. The state
 * is checked first, and this flow's state is consumed whatever the answer: a
 * forged, replayed or late answer never reaches the token endpoint, and
 * nothing it says (an `error` with a message of its own) is shown.
 */
export async function completeOAuthRedirect(
  deps: AuthDeps,
  options: { clientId: string; clientSecret: string; redirectUri: string; responseUrl: string; state: string },
): Promise<void> {
  const pending = await takePendingState(options.state);
  const answer = new URL(options.responseUrl);
  if (!pending || answer.searchParams.get('state') !== options.state) {
    throw refused(
      'oauth_state_mismatch',
      'This sign-in answer was not started here (its state does not match). Start again.',
    );
  }
  if (deps.now() - pending.createdAt > OAUTH_STATE_LIFETIME_MS) {
    throw refused('oauth_state_expired', 'The sign-in took too long and expired. Start again.');
  }
  const error = answer.searchParams.get('error');
  if (error !== null) {
    const code = asErrorCode(error) ?? 'oauth_error';
    throw refused(code, OAUTH_ERRORS[code] ?? 'TickTick did not finish the sign-in. Start again.');
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
  const userId = await learnV1UserId(v1Api({ token: token.value, baseUrl: endpoints.v1, fetch: deps.fetch }));
  await v1CredentialItem.setValue({
    method: 'oauth',
    token: token.value,
    expiresAt: token.expiration * 1000,
    clientId: options.clientId,
    userId,
    connectedAt: deps.now(),
  });
  await settleAccountData();
}
