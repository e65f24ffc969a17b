import { useEffect, useState } from 'preact/hooks';
import type { MessageResult, PingResponse } from '../messaging/protocol';
import './options.css';

export interface OptionsPageProps {
  ping: () => Promise<MessageResult<PingResponse>>;
}

type BackgroundState =
  { state: 'checking' } | { state: 'ready'; info: PingResponse } | { state: 'down'; message: string };

export function OptionsPage({ ping }: OptionsPageProps) {
  const [background, setBackground] = useState<BackgroundState>({ state: 'checking' });

  useEffect(() => {
    void ping().then((result) =>
      setBackground(
        result.ok ? { state: 'ready', info: result.data } : { state: 'down', message: result.error.message },
      ),
    );
  }, [ping]);

  return (
    <main class="options">
      <header class="options__header">
        <img src="/icon/48.png" alt="" width="32" height="32" />
        <h1>TickTick Capture settings</h1>
      </header>

      <section class="options__section" aria-labelledby="account-heading">
        <h2 id="account-heading">Account</h2>
        <p>
          <strong>Not connected.</strong> Connect a TickTick account to send captures. You will be able to use a
          personal API token, TickTick’s official sign-in (OAuth), or your TickTick email and password with two-factor
          codes.
        </p>
      </section>

      <section class="options__section" aria-labelledby="about-heading">
        <h2 id="about-heading">About</h2>
        <dl class="options__facts" aria-live="polite">
          <dt>Background service</dt>
          <dd data-testid="background-status">
            {background.state === 'checking' && 'Checking…'}
            {background.state === 'ready' && 'Running'}
            {background.state === 'down' && `Not answering: ${background.message}`}
          </dd>
          <dt>Version</dt>
          <dd>{background.state === 'ready' ? background.info.version : '—'}</dd>
          <dt>TickTick server</dt>
          <dd data-testid="api-origin">{background.state === 'ready' ? background.info.apiOrigin : '—'}</dd>
        </dl>
      </section>
    </main>
  );
}
