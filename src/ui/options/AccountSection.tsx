import type { ComponentChildren } from 'preact';
import type { AccountState, MessageError } from '../../messaging/protocol';
import type { Region } from '../../ticktick/regions';
import { FormError } from './FormError';

const REGION_NAMES: Record<Region, string> = { ticktick: 'TickTick (ticktick.com)', dida365: 'Dida365 (dida365.com)' };

function formatDate(ms: number): string {
  return new Date(ms).toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
}

export interface AccountSectionProps {
  /** Null until the background answered. */
  account: AccountState | null;
  error: MessageError | null;
  setRegion: (region: Region) => void;
  signOut: (connection: 'v1' | 'v2') => void;
}

/** The region and each way in: connected how, as whom, and its Sign out. */
export function AccountSection({ account, error, setRegion, signOut }: AccountSectionProps) {
  const v1 = account?.v1;
  const v2 = account?.v2;
  const anyConnected = Boolean(v1?.connected || v2?.connected);
  return (
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
          onChange={(event) => setRegion(event.currentTarget.value as Region)}
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
        <Connection testId="v1-status" name="TickTick API" connected={v1?.connected} signOut={() => signOut('v1')}>
          {v1?.connected ? (
            <>
              connected with {v1.method === 'token' ? 'a personal API token' : 'TickTick sign-in (OAuth)'}
              {v1.expiresAt ? `, valid until ${formatDate(v1.expiresAt)}` : ''}
              {v1.needsReconnect && <span class="badge badge--warn">Needs reconnect</span>}
            </>
          ) : (
            <span class="muted">not connected</span>
          )}
        </Connection>
        <Connection testId="v2-status" name="TickTick account" connected={v2?.connected} signOut={() => signOut('v2')}>
          {v2?.connected ? (
            <>
              signed in as {v2.username}
              {v2.storesTotpSecret ? ' (makes its own two-factor codes)' : ''}
              {v2.needsReconnect && <span class="badge badge--warn">Needs reconnect</span>}
            </>
          ) : (
            <span class="muted">not signed in</span>
          )}
        </Connection>
      </ul>
      <FormError id="page-error" error={error} />
    </section>
  );
}

interface ConnectionProps {
  testId: string;
  name: string;
  connected: boolean | undefined;
  signOut: () => void;
  /** How it is connected, or that it is not. */
  children: ComponentChildren;
}

function Connection({ testId, name, connected, signOut, children }: ConnectionProps) {
  return (
    <li data-testid={testId}>
      <span>
        <strong>{name}</strong> {children}
      </span>
      {connected && (
        <button type="button" class="button secondary" onClick={signOut}>
          Sign out
        </button>
      )}
    </li>
  );
}
