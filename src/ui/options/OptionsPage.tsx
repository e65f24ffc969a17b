import { useEffect, useState } from 'preact/hooks';
import type { AccountState, MessageError, MessageResult, PingResponse } from '../../messaging/protocol';
import type { Region } from '../../ticktick/regions';
import { AccountSection } from './AccountSection';
import { CaptureDefaults } from './CaptureDefaults';
import { SignInSections } from './SignInSections';
import { SiteRules } from './SiteRules';
import { clearSnapshot } from '../snapshot-key';
import type { SendMessage } from '../../messaging/send';
import './options.css';

export interface OptionsPageProps {
  /** Sends a message to the background (the messaging module's sendMessage). */
  call: SendMessage;
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
  const setRegion = (region: Region) => {
    clearSnapshot();
    void call('account.setRegion', { region }).then(show);
  };

  return (
    <main class="options">
      <header class="options__header">
        <img src="/icon/48.png" alt="" width="32" height="32" />
        <h1>TickTick Capture settings</h1>
      </header>
      <AccountSection account={account} error={pageError} setRegion={setRegion} signOut={signOut} />
      {account && <SignInSections account={account} call={call} signedIn={signedIn} reload={reload} />}
      <CaptureDefaults call={call} />
      <SiteRules call={call} />
      <AboutSection about={about} />
    </main>
  );
}

function AboutSection({ about }: { about: PingResponse | null }) {
  return (
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
  );
}
