import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../src/ui/theme.css';
import { sendMessage } from '../../src/messaging/send';
import { readPopupData, watchPopupData, type PopupData } from '../../src/ui/popup/popup-data';
import { QuickAdd } from '../../src/ui/popup/QuickAdd';

const tabId = Number(new URLSearchParams(location.search).get('tabId')) || undefined;
// Asked before anything renders; the first frame needs only what storage holds.
const pending = { context: sendMessage('capture.context', { tabId }), account: sendMessage('account.get', {}) };
const nothingYet: PopupData = { lists: { projects: [], groups: [], recent: [] }, outbox: [] };

void readPopupData()
  .catch(() => nothingYet)
  .then((initial) =>
    render(
      <QuickAdd
        call={sendMessage}
        initial={initial}
        watch={watchPopupData}
        pending={pending}
        openSettings={() => void browser.runtime.openOptionsPage().then(() => window.close())}
        close={() => window.close()}
      />,
      document.getElementById('app')!,
    ),
  );
