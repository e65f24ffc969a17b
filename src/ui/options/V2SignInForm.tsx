import { useState } from 'preact/hooks';
import type { AccountState, MessageResult } from '../../messaging/protocol';
import { MFA_EXPIRED } from '../../messaging/protocol';
import { FormError } from './FormError';
import { useAction } from './use-action';

export interface V2SignInFormProps {
  /** Set while TickTick waits for the two-factor code of this account. */
  awaitingCodeFor?: string;
  /** A reconnect: the email is known. */
  username?: string;
  signIn: (credentials: { username: string; password: string }) => Promise<MessageResult<AccountState>>;
  verify: (answer: {
    code?: string;
    totpSecret?: string;
    rememberTotpSecret: boolean;
  }) => Promise<MessageResult<AccountState>>;
  onAccount: (state: AccountState) => void;
  /** Re-reads the account after a step that changes it without answering a state (two-factor asked). */
  reload: () => void;
}

/** Email and password, or the two-factor step TickTick asked for after them. */
export function V2SignInForm({
  awaitingCodeFor,
  username: knownUsername = '',
  signIn,
  verify,
  onAccount,
  reload,
}: V2SignInFormProps) {
  // Kept here, not in the password form: a code that expired sends the user back to it with the email still typed.
  const [username, setUsername] = useState(knownUsername);
  if (awaitingCodeFor) return <TwoFactorForm {...{ awaitingCodeFor, verify, onAccount, reload }} />;
  return <PasswordForm {...{ username, setUsername, signIn, onAccount, reload }} />;
}

type TwoFactorFormProps = Pick<V2SignInFormProps, 'verify' | 'onAccount' | 'reload'> & { awaitingCodeFor: string };

function TwoFactorForm({ awaitingCodeFor, verify, onAccount, reload }: TwoFactorFormProps) {
  const [code, setCode] = useState('');
  const [useSecret, setUseSecret] = useState(false);
  const [secret, setSecret] = useState('');
  const verifyAction = useAction(onAccount);
  return (
    <form
      class="signin-form"
      aria-labelledby="v2-code-heading"
      onSubmit={async (event) => {
        event.preventDefault();
        const failed = await verifyAction.run(() =>
          verify(useSecret ? { totpSecret: secret, rememberTotpSecret: true } : { code, rememberTotpSecret: false }),
        );
        if (!failed) {
          setCode('');
          setSecret('');
        } else if (failed.reason === MFA_EXPIRED) {
          reload();
        }
      }}
    >
      <h3 id="v2-code-heading">Two-factor code for {awaitingCodeFor}</h3>
      <label for="v2-code">6-digit code from your authenticator app</label>
      <input
        id="v2-code"
        class="field field--code"
        type="text"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={7}
        disabled={useSecret}
        value={code}
        aria-describedby="v2-code-error"
        onInput={(event) => setCode(event.currentTarget.value)}
      />
      <label class="checkbox">
        <input type="checkbox" checked={useSecret} onChange={(event) => setUseSecret(event.currentTarget.checked)} />
        Instead, let the extension make the codes (sign in again by itself)
      </label>
      {useSecret && (
        <div class="warning" role="note">
          <p>
            The extension will store your two-factor <strong>secret key</strong> on this computer. Anyone who can read
            this browser’s extension data could then produce your codes: your password would be the only thing left
            between them and your account. Your password itself is never stored, so when TickTick ends the session you
            type the password again and the extension answers the code.
          </p>
          <label for="v2-secret">Secret key (shown as text when you set up two-factor sign-in)</label>
          <input
            id="v2-secret"
            class="field"
            type="password"
            autoComplete="off"
            spellcheck={false}
            value={secret}
            onInput={(event) => setSecret(event.currentTarget.value)}
          />
        </div>
      )}
      <div>
        <button
          type="submit"
          class="button"
          disabled={verifyAction.busy || (useSecret ? secret.trim() === '' : code.trim() === '')}
        >
          {verifyAction.busy ? 'Checking…' : 'Verify'}
        </button>
      </div>
      <FormError id="v2-code-error" error={verifyAction.error} />
    </form>
  );
}

type PasswordFormProps = Pick<V2SignInFormProps, 'signIn' | 'onAccount' | 'reload'> & {
  username: string;
  setUsername: (username: string) => void;
};

function PasswordForm({ username, setUsername, signIn, onAccount, reload }: PasswordFormProps) {
  const [password, setPassword] = useState('');
  const signInAction = useAction(onAccount);
  return (
    <form
      class="signin-form"
      aria-labelledby="v2-heading"
      onSubmit={async (event) => {
        event.preventDefault();
        const failed = await signInAction.run(() => signIn({ username, password }));
        setPassword('');
        if (failed?.code === 'mfa-required') reload();
      }}
    >
      <h3 id="v2-heading">TickTick account</h3>
      <p class="muted">
        Your TickTick email and password, with your two-factor code if you use one. This adds folders, tags and
        duplicate-free saving. The password is used once to sign in and never stored.
      </p>
      <label for="v2-username">Email</label>
      <input
        id="v2-username"
        class="field"
        type="email"
        autoComplete="username"
        value={username}
        onInput={(event) => setUsername(event.currentTarget.value)}
      />
      <label for="v2-password">Password</label>
      <input
        id="v2-password"
        class="field"
        type="password"
        autoComplete="current-password"
        value={password}
        aria-describedby="v2-error"
        onInput={(event) => setPassword(event.currentTarget.value)}
      />
      <div>
        <button type="submit" class="button" disabled={signInAction.busy || username.trim() === '' || password === ''}>
          {signInAction.busy ? 'Signing in…' : 'Sign in'}
        </button>
      </div>
      <FormError id="v2-error" error={signInAction.error?.code === 'mfa-required' ? null : signInAction.error} />
    </form>
  );
}
