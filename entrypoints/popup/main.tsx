import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../src/ui/theme.css';
import { sendMessage } from '../../src/messaging/send';
import { QuickAdd } from '../../src/ui/popup/QuickAdd';

const tabId = Number(new URLSearchParams(location.search).get('tabId')) || undefined;

render(
  <QuickAdd
    call={sendMessage}
    tabId={tabId}
    openSettings={() => void browser.runtime.openOptionsPage().then(() => window.close())}
    close={() => window.close()}
  />,
  document.getElementById('app')!,
);
