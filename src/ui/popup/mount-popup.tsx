import { render } from 'preact';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../messaging/send';
import { popupDataSources } from './popup-data';
import type { RawValues } from './popup-read';
import { QuickAdd } from './QuickAdd';

/** Renders the popup into `#app`, from the read its script started first. */
export function mountPopup(firstRead: Promise<RawValues>): void {
  render(
    <QuickAdd
      call={sendMessage}
      {...popupDataSources(firstRead)}
      tabId={Number(new URLSearchParams(location.search).get('tabId')) || undefined}
      openSettings={() => void browser.runtime.openOptionsPage().then(() => window.close())}
      close={() => window.close()}
    />,
    document.getElementById('app')!,
  );
}
