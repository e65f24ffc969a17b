import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPopupRead } from '../src/ui/popup/popup-read';

// The popup's first script, a classic one in its <head>: it starts reading what the first frame
// shows while the popup's modules load, and leaves the read where the main script picks it up.
export default defineUnlistedScript(() => startPopupRead());
