import type { AccountState } from '../../messaging/protocol';
import type { SendMessage } from '../../messaging/send';
import { OAuthForm } from './OAuthForm';
import { TokenForm } from './TokenForm';
import { V2SignInForm } from './V2SignInForm';

export interface SignInSectionsProps {
  account: AccountState;
  call: SendMessage;
  /** After a successful sign-in, with the account's new state. */
  signedIn: (state: AccountState) => void;
  /** Re-reads the account (the two-factor step began or expired). */
  reload: () => void;
}

/** The forms of each way in that is not connected, or that needs a reconnect. */
export function SignInSections({ account, call, signedIn, reload }: SignInSectionsProps) {
  const { v1, v2 } = account;
  return (
    <>
      {(!v1.connected || v1.needsReconnect) && (
        <section class="options__section" aria-labelledby="connect-api-heading">
          <h2 id="connect-api-heading">
            {v1.connected ? 'Reconnect the TickTick API' : 'Connect with an API token or TickTick sign-in'}
          </h2>
          <TokenForm connect={(token) => call('account.connectToken', { token })} onAccount={signedIn} />
          <OAuthForm
            redirectUrl={account.oauthRedirectUrl}
            initialClientId={v1.clientId}
            connect={(app) => call('account.connectOAuth', app)}
            onAccount={signedIn}
          />
        </section>
      )}

      {(!v2.connected || v2.needsReconnect) && (
        <section class="options__section" aria-labelledby="connect-v2-heading">
          <h2 id="connect-v2-heading">
            {v2.connected ? 'Sign in to your TickTick account again' : 'Or sign in with your TickTick account'}
          </h2>
          <V2SignInForm
            awaitingCodeFor={v2.connected ? undefined : v2.awaitingCode?.username}
            username={v2.connected ? v2.username : undefined}
            signIn={(credentials) => call('account.signInV2', credentials)}
            verify={(answer) => call('account.verifyV2Code', answer)}
            onAccount={signedIn}
            reload={reload}
          />
        </section>
      )}
    </>
  );
}
