import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { restrictStorageToExtensionPages } from '../src/background/auth-deps';
import { createBackgroundServices } from '../src/background/services';
import { installTestHooks } from '../src/background/test-hooks';
import { IS_E2E_BUILD } from '../src/build-mode';

// Wiring only. Listeners are registered synchronously: an MV3 worker is restarted
// by the event it missed, and only listeners added in the first turn receive it.
export default defineBackground(() => {
  const services = createBackgroundServices();
  const report = (what: string) => (error: unknown) => console.error(`${what} failed`, error);

  // Answered through sendResponse, which every browser has: Chromium does not take a promise returned by a listener.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void services.route(message, sender).then(sendResponse);
    return true;
  });
  browser.runtime.onInstalled.addListener(() => void services.onInstalled().catch(report('Install setup')));
  browser.contextMenus.onClicked.addListener(
    (info, tab) => void services.onMenuClick(info, tab).catch(report('Capture')),
  );
  browser.commands.onCommand.addListener(
    (command, tab) => void services.onCommand(command, tab).catch(report('Shortcut')),
  );
  browser.notifications.onButtonClicked?.addListener(
    (id, index) => void services.onNotificationButton(id, index).catch(report('Notification')),
  );
  browser.notifications.onClicked.addListener(
    (id) => void services.onNotificationClick(id).catch(report('Notification')),
  );
  browser.alarms.onAlarm.addListener((alarm) => void services.onAlarm(alarm).catch(report('Alarm')));
  services.watchRecentProjects();
  if (IS_E2E_BUILD) installTestHooks(services);

  void restrictStorageToExtensionPages();
  void services.start().catch(report('Start'));
});
