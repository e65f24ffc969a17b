import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createConnections } from '../src/auth/connections';
import { browserAuthDeps, restrictStorageToExtensionPages } from '../src/background/auth-deps';
import { describeError } from '../src/background/describe-error';
import { createHandlers } from '../src/background/handlers';
import { installTestHooks } from '../src/background/test-hooks';
import { IS_E2E_BUILD } from '../src/build-mode';
import { createMessageRouter } from '../src/messaging/router';

// Wiring only. Listeners are registered synchronously: an MV3 worker is restarted
// by the event it missed, and only listeners added in the first turn receive it.
export default defineBackground(() => {
  const auth = browserAuthDeps();
  const connections = createConnections(auth);
  const route = createMessageRouter({
    handlers: createHandlers({ version: browser.runtime.getManifest().version, auth, connections }),
    own: { id: browser.runtime.id, origin: browser.runtime.getURL('/').replace(/\/$/, '') },
    describeError,
  });
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  if (IS_E2E_BUILD) installTestHooks({ auth, connections });

  void restrictStorageToExtensionPages();
  // Session rules are gone after a browser restart; the stored session brings its rule back.
  void connections
    .restoreV2HeaderRule()
    .catch((error: unknown) => console.error('Could not restore the V2 header rule', error));
});
