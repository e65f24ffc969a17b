import { useEffect, useState } from 'preact/hooks';
import type { AccountState, MessageError, MessageResult, PingResponse } from '../../messaging/protocol';
import type { Region } from '../../ticktick/regions';
import { CaptureDefaults } from './CaptureDefaults';
import { FormError } from './FormError';
import { OAuthForm } from './OAuthForm';
import { SiteRules } from './SiteRules';
import { TokenForm } from './TokenForm';
import { V2SignInForm } from './V2SignInForm';
import { clearSnapshot } from '../popup/popup-snapshot';
import type { SendMessage } from '../../messaging/send';
import './options.css';

export interface OptionsPageProps {
  /** Sends a message to the background (the messaging module's sendMessage). */
  call: SendMessage;
}

const REGION_NAMES: Record<Region, string> = { ticktick: 'TickTick (ticktick.com)', dida365: 'Dida365 (dida365.com)' };

function formatDate(ms: number): string {
  return new Date(ms).toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
}

export function OptionsPage({ call }: OptionsPageProps) {
  const [account, setAccount] = useState<AccountState | null>(null);
  const [about, setAbout] = useState<PingResponse | null>(null);
  const [pageError, setPageError] = useState<MessageError | null>(null);

  const show = (result: MessageResult<AccountState>) => {
    if (result.ok) setAccount(result.data);
    else setPageError(result.error);
    return result;
  };
  const reload = () => void call('account.get', {}).then(show);

  useEffect(() => {
    // The stored state first, at once; then a live check that may mark a connection "needs reconnect".
    void call('account.get', {})
      .then(show)
      .then(() => call('account.refresh', {}).then(show));
    void call('ping', {}).then((result) => result.ok && setAbout(result.data));
  }, [call]);

  const signOut = (connection: 'v1' | 'v2') => {
    clearSnapshot();
    void call('account.signOut', { connection }).then(show);
  };
  /** After a sign-in: the popup's snapshot may show another account's lists; storage has the truth. */
  const signedIn = (state: AccountState) => {
    clearSnapshot();
    setAccount(state);
  };
  const v1 = account?.v1;
  const v2 = account?.v2;
  const anyConnected = Boolean(v1?.connected || v2?.connected);

  return (
    <main class="options">
      <header class="options__header">
        <img src="/icon/48.png" alt="" width="32" height="32" />
        <h1>TickTick Capture settings</h1>
      </header>

      <section class="options__section" aria-labelledby="account-heading" aria-busy={account === null}>
        <h2 id="account-heading">Account</h2>
        <div class="region">
          <label for="region-select">Region</label>
          <select
            id="region-select"
            class="field"
            value={account?.region ?? 'ticktick'}
            disabled={!account || anyConnected}
            aria-describedby="region-note"
            onChange={(event) => {
              clearSnapshot();
              void call('account.setRegion', { region: event.currentTarget.value as Region }).then(show);
            }}
          >
            {(Object.keys(REGION_NAMES) as Region[]).map((region) => (
              <option value={region}>{REGION_NAMES[region]}</option>
            ))}
          </select>
          <p id="region-note" class="muted">
            {anyConnected
              ? 'Sign out to change the region: an account belongs to one.'
              : 'Where your TickTick account lives.'}
          </p>
        </div>

        <ul class="connections" data-testid="connections">
          <li data-testid="v1-status">
            <span>
              <strong>TickTick API</strong>{' '}
              {v1?.connected ? (
                <>
                  connected with {v1.method === 'token' ? 'a personal API token' : 'TickTick sign-in (OAuth)'}
                  {v1.expiresAt ? `, valid until ${formatDate(v1.expiresAt)}` : ''}
                  {v1.needsReconnect && <span class="badge badge--warn">Needs reconnect</span>}
                </>
              ) : (
                <span class="muted">not connected</span>
              )}
            </span>
            {v1?.connected && (
              <button type="button" class="button secondary" onClick={() => signOut('v1')}>
                Sign out
              </button>
            )}
          </li>
          <li data-testid="v2-status">
            <span>
              <strong>TickTick account</strong>{' '}
              {v2?.connected ? (
                <>
                  signed in as {v2.username}
                  {v2.storesTotpSecret ? ' (makes its own two-factor codes)' : ''}
                  {v2.needsReconnect && <span class="badge badge--warn">Needs reconnect</span>}
                </>
              ) : (
                <span class="muted">not signed in</span>
              )}
            </span>
            {v2?.connected && (
              <button type="button" class="button secondary" onClick={() => signOut('v2')}>
                Sign out
              </button>
            )}
          </li>
        </ul>
        <FormError id="page-error" error={pageError} />
      </section>

      {account && (!account.v1.connected || account.v1.needsReconnect) && (
        <section class="options__section" aria-labelledby="connect-api-heading">
          <h2 id="connect-api-heading">
            {account.v1.connected ? 'Reconnect the TickTick API' : 'Connect with an API token or TickTick sign-in'}
          </h2>
          <TokenForm connect={(token) => call('account.connectToken', { token })} onAccount={signedIn} />
          <OAuthForm
            redirectUrl={account.oauthRedirectUrl}
            initialClientId={account.v1.clientId}
            connect={(app) => call('account.connectOAuth', app)}
            onAccount={signedIn}
          />
        </section>
      )}

      {account && (!account.v2.connected || account.v2.needsReconnect) && (
        <section class="options__section" aria-labelledby="connect-v2-heading">
          <h2 id="connect-v2-heading">
            {account.v2.connected ? 'Sign in to your TickTick account again' : 'Or sign in with your TickTick account'}
          </h2>
          <V2SignInForm
            awaitingCodeFor={account.v2.connected ? undefined : account.v2.awaitingCode?.username}
            username={account.v2.connected ? account.v2.username : undefined}
            signIn={(credentials) => call('account.signInV2', credentials)}
            verify={(answer) => call('account.verifyV2Code', answer)}
            onAccount={signedIn}
            reload={reload}
          />
        </section>
      )}

      <CaptureDefaults call={call} />
      <SiteRules call={call} />

      <section class="options__section" aria-labelledby="about-heading">
        <h2 id="about-heading">About</h2>
        <dl class="options__facts">
          <dt>Background service</dt>
          <dd data-testid="background-status">{about ? 'Running' : 'Checking…'}</dd>
          <dt>Version</dt>
          <dd>{about?.version ?? '—'}</dd>
          <dt>TickTick server</dt>
          <dd data-testid="api-origin">{about?.apiOrigin ?? '—'}</dd>
        </dl>
      </section>
    </main>
  );
}
