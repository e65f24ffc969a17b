import { useState } from 'preact/hooks';
import type { AccountState, MessageResult } from '../../messaging/protocol';
import { FormError } from './FormError';
import { useAction } from './use-action';

export interface TokenFormProps {
  connect: (token: string) => Promise<MessageResult<AccountState>>;
  onAccount: (state: AccountState) => void;
}

export function TokenForm({ connect, onAccount }: TokenFormProps) {
  const [token, setToken] = useState('');
  const { busy, error, run } = useAction(onAccount);
  return (
    <form
      class="signin-form"
      aria-labelledby="token-heading"
      onSubmit={async (event) => {
        event.preventDefault();
        if (!(await run(() => connect(token)))) setToken('');
      }}
    >
      <h3 id="token-heading">Personal API token</h3>
      <p class="muted">
        The quickest way. In TickTick on the web open <strong>Settings → Account → API Token</strong>, create a token
        and paste it here.
      </p>
      <label for="token-input">API token</label>
      <div class="signin-form__row">
        <input
          id="token-input"
          class="field"
          type="password"
          autoComplete="off"
          spellcheck={false}
          placeholder="tp_…"
          value={token}
          aria-describedby="token-error"
          onInput={(event) => setToken(event.currentTarget.value)}
        />
        <button type="submit" class="button" disabled={busy || token.trim() === ''}>
          {busy ? 'Checking…' : 'Connect'}
        </button>
      </div>
      <FormError id="token-error" error={error} />
    </form>
  );
}
