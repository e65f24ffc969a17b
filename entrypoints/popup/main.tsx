import { browser } from 'wxt/browser';
import { render } from 'preact';
import '../../src/ui/theme.css';
import { sendMessage } from '../../src/messaging/send';
import { toPopupData, watchPopupData, type PopupData } from '../../src/ui/popup/popup-data';
import { popupRead } from '../../src/ui/popup/popup-read';
import { QuickAdd } from '../../src/ui/popup/QuickAdd';

const tabId = Number(new URLSearchParams(location.search).get('tabId')) || undefined;
const nothingYet: PopupData = { lists: { projects: [], groups: [], recent: [] }, outbox: [] };

void popupRead()
  .then(toPopupData)
  .catch(() => nothingYet)
  .then((initial) =>
    render(
      <QuickAdd
        call={sendMessage}
        initial={initial}
        watch={watchPopupData}
        tabId={tabId}
        openSettings={() => void browser.runtime.openOptionsPage().then(() => window.close())}
        close={() => window.close()}
      />,
      document.getElementById('app')!,
    ),
  );
