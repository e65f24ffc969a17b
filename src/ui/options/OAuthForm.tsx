import { useState } from 'preact/hooks';
import type { AccountState, MessageResult } from '../../messaging/protocol';
import { FormError } from './FormError';
import { useAction } from './use-action';

export interface OAuthFormProps {
  redirectUrl: string;
  initialClientId?: string;
  connect: (app: { clientId: string; clientSecret: string }) => Promise<MessageResult<AccountState>>;
  onAccount: (state: AccountState) => void;
}

export function OAuthForm({ redirectUrl, initialClientId = '', connect, onAccount }: OAuthFormProps) {
  const [clientId, setClientId] = useState(initialClientId);
  const [clientSecret, setClientSecret] = useState('');
  const [copied, setCopied] = useState(false);
  const { busy, error, run } = useAction(onAccount);
  return (
    <form
      class="signin-form"
      aria-labelledby="oauth-heading"
      onSubmit={async (event) => {
        event.preventDefault();
        if (!(await run(() => connect({ clientId, clientSecret })))) setClientSecret('');
      }}
    >
      <h3 id="oauth-heading">TickTick sign-in (OAuth)</h3>
      <p class="muted">
        TickTick’s official sign-in. Create an app at <strong>developer.ticktick.com</strong> (Manage Apps → New App),
        add the redirect URL below to it, and copy its Client ID and Client Secret here. A TickTick window then asks you
        to allow access.
      </p>
      <label for="oauth-redirect">Redirect URL to register</label>
      <div class="signin-form__row">
        <input id="oauth-redirect" class="field" type="text" readOnly value={redirectUrl} />
        <button
          type="button"
          class="button secondary"
          onClick={() =>
            void navigator.clipboard.writeText(redirectUrl).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
      <label for="oauth-client-id">Client ID</label>
      <input
        id="oauth-client-id"
        class="field"
        type="text"
        autoComplete="off"
        spellcheck={false}
        value={clientId}
        onInput={(event) => setClientId(event.currentTarget.value)}
      />
      <label for="oauth-client-secret">Client Secret</label>
      <input
        id="oauth-client-secret"
        class="field"
        type="password"
        autoComplete="off"
        value={clientSecret}
        aria-describedby="oauth-error"
        onInput={(event) => setClientSecret(event.currentTarget.value)}
      />
      <div>
        <button type="submit" class="button" disabled={busy || clientId.trim() === '' || clientSecret.trim() === ''}>
          {busy ? 'Waiting for TickTick…' : 'Sign in with TickTick'}
        </button>
      </div>
      <FormError id="oauth-error" error={error} />
    </form>
  );
}
