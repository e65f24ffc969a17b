import { randomBytes } from 'node:crypto';
import { newUuid } from '../format';
import { escapeHtml, html, json, redirect, type Route, type SandboxRequest, type SandboxResponse } from '../http';
import type { SandboxState } from '../state';

/** OAuth tokens live about six months on the real service. */
export const OAUTH_TOKEN_LIFETIME_SECONDS = 15_552_000;
const CODE_LIFETIME_MS = 10 * 60 * 1000;

export interface OAuthOptions {
  /** Approve every authorize request at once instead of showing the approve page. */
  autoApprove: () => boolean;
  /** The account that is "signed in" to the sandbox's web site and approves. */
  approvingUserId: () => number;
}

/** `/oauth/authorize` (approve page) and `/oauth/token` (code exchange), on the site origin. */
export function oauthRoutes(state: SandboxState, options: OAuthOptions): Route[] {
  const checkAuthorizeParams = (params: URLSearchParams): SandboxResponse | undefined => {
    const client = state.oauthClients.get(params.get('client_id') ?? '');
    if (!client) return errorPage('Unknown client_id. Check the Client ID of your app.');
    if (params.get('response_type') !== 'code') return errorPage('response_type must be "code".');
    const redirectUri = params.get('redirect_uri');
    if (!redirectUri) return errorPage('redirect_uri is missing.');
    if (client.redirectUris && !client.redirectUris.includes(redirectUri)) {
      return errorPage(`The redirect URL ${redirectUri} is not registered for this app.`);
    }
    return undefined;
  };

  const approve = (params: URLSearchParams): SandboxResponse => {
    const code = randomBytes(4).toString('hex').slice(0, 6);
    state.oauthCodes.set(code, {
      code,
      clientId: params.get('client_id')!,
      redirectUri: params.get('redirect_uri')!,
      scope: params.get('scope') ?? 'tasks:read tasks:write',
      userId: options.approvingUserId(),
      expiresAt: state.now() + CODE_LIFETIME_MS,
    });
    return redirect(withQuery(params.get('redirect_uri')!, { code, state: params.get('state') }));
  };

  return [
    {
      method: 'GET',
      pattern: '/oauth/authorize',
      handler: (req) => {
        const refused = checkAuthorizeParams(req.query);
        if (refused) return refused;
        if (options.autoApprove()) return approve(req.query);
        const client = state.oauthClients.get(req.query.get('client_id')!)!;
        const hidden = [...req.query]
          .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
          .join('');
        return html(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Authorize ${escapeHtml(client.name)} — TickTick sandbox</title></head>
<body style="font-family:system-ui;max-width:28rem;margin:3rem auto">
<h1>TickTick sandbox</h1>
<p><strong>${escapeHtml(client.name)}</strong> would like to access your tasks (${escapeHtml(req.query.get('scope') ?? '')}).</p>
<form method="post" action="/oauth/authorize">${hidden}
<button type="submit" name="decision" value="allow" id="allow">Allow</button>
<button type="submit" name="decision" value="deny" id="deny">Deny</button>
</form></body></html>`);
      },
    },
    {
      method: 'POST',
      pattern: '/oauth/authorize',
      handler: (req) => {
        const params = new URLSearchParams((req.body ?? {}) as Record<string, string>);
        const decision = params.get('decision');
        params.delete('decision');
        const refused = checkAuthorizeParams(params);
        if (refused) return refused;
        if (decision !== 'allow') {
          return redirect(
            withQuery(params.get('redirect_uri')!, { error: 'access_denied', state: params.get('state') }),
          );
        }
        return approve(params);
      },
    },
    {
      method: 'POST',
      pattern: '/oauth/token',
      handler: (req) => exchangeCode(state, req),
    },
  ];
}

function exchangeCode(state: SandboxState, req: SandboxRequest): SandboxResponse {
  const basic = req.headers.authorization?.match(/^Basic\s+(\S+)$/i)?.[1];
  const [clientId, clientSecret] = basic ? Buffer.from(basic, 'base64').toString('utf8').split(':') : [];
  const client = clientId ? state.oauthClients.get(clientId) : undefined;
  if (!client || client.clientSecret !== clientSecret) {
    return json({ error: 'invalid_client', error_description: 'Bad client credentials' }, 401);
  }
  const form = (req.body ?? {}) as Record<string, string>;
  if (form.grant_type !== 'authorization_code') {
    return json(
      { error: 'unsupported_grant_type', error_description: `Unsupported grant type: ${form.grant_type}` },
      400,
    );
  }
  const code = form.code ? state.oauthCodes.get(form.code) : undefined;
  // Codes are single-use: a failed attempt burns it too.
  if (code) state.oauthCodes.delete(code.code);
  if (!code || code.clientId !== clientId || code.expiresAt <= state.now()) {
    return json({ error: 'invalid_grant', error_description: `Invalid authorization code: ${form.code ?? ''}` }, 400);
  }
  if (form.redirect_uri !== code.redirectUri) {
    return json({ error: 'invalid_grant', error_description: 'Redirect URI mismatch.' }, 400);
  }
  const accessToken = newUuid();
  state.oauthTokens.set(accessToken, {
    userId: code.userId,
    expiresAt: state.now() + OAUTH_TOKEN_LIFETIME_SECONDS * 1000,
  });
  return json({
    access_token: accessToken,
    token_type: 'bearer',
    expires_in: OAUTH_TOKEN_LIFETIME_SECONDS,
    scope: code.scope,
  });
}

function errorPage(message: string): SandboxResponse {
  return html(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>OAuth error — TickTick sandbox</title></head><body><h1>OAuth error</h1><p id="error">${escapeHtml(message)}</p></body></html>`,
    400,
  );
}

function withQuery(url: string, params: Record<string, string | null>): string {
  const target = new URL(url);
  for (const [key, value] of Object.entries(params)) if (value !== null) target.searchParams.set(key, value);
  return target.toString();
}
