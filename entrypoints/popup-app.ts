// The popup's one script, a classic one built with everything it needs: one file
// to load, not a module graph. Its first import starts reading the lists and the
// outbox; preact and the popup evaluate meanwhile. (No JSX here: the
// JSX runtime's import would go first.)
import { firstRead } from '../src/ui/popup/start-read';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mountPopup } from '../src/ui/popup/mount-popup';

export default defineUnlistedScript(() => mountPopup(firstRead));
