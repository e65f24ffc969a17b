// The popup's one script, a classic one built with everything it needs: one file
// to load, not a module graph. Its first import starts reading the lists and the
// outbox; the rest evaluates and renders the popup meanwhile.
import '../src/ui/popup/start-read';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { sendMessage } from '../src/messaging/send';
import { NO_POPUP_DATA, toPopupData, watchPopupData } from '../src/ui/popup/popup-data';
import { popupRead } from '../src/ui/popup/popup-read';
import { readSnapshot, writeSnapshot } from '../src/ui/popup/popup-snapshot';
import { QuickAdd } from '../src/ui/popup/QuickAdd';

export default defineUnlistedScript(() => {
  const tabId = Number(new URLSearchParams(location.search).get('tabId')) || undefined;
  const read = popupRead()
    .then(toPopupData)
    .catch(() => NO_POPUP_DATA);
  void read.then(writeSnapshot);
  render(
    <QuickAdd
      call={sendMessage}
      snapshot={readSnapshot()}
      initial={read}
      watch={(onChange) =>
        watchPopupData((data) => {
          writeSnapshot(data);
          onChange(data);
        })
      }
      tabId={tabId}
      openSettings={() => void browser.runtime.openOptionsPage().then(() => window.close())}
      close={() => window.close()}
    />,
    document.getElementById('app')!,
  );
});
