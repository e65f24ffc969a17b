import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { describeError } from '../src/background/describe-error';
import { resolveEndpoints } from '../src/background/endpoints';
import { createHandlers } from '../src/background/handlers';
import { installTestHooks } from '../src/background/test-hooks';
import { IS_E2E_BUILD } from '../src/build-mode';
import { createMessageRouter } from '../src/messaging/router';

// Wiring only. Listeners are registered synchronously: an MV3 worker is restarted
// by the event it missed, and only listeners added in the first turn receive it.
export default defineBackground(() => {
  const route = createMessageRouter({
    handlers: createHandlers({ version: browser.runtime.getManifest().version, resolveEndpoints }),
    own: { id: browser.runtime.id, origin: browser.runtime.getURL('/').replace(/\/$/, '') },
    describeError,
  });
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  if (IS_E2E_BUILD) installTestHooks();
});
