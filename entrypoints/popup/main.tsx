import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../src/ui/theme.css';
import { sendMessage } from '../../src/messaging/send';
import type { AccountState } from '../../src/messaging/protocol';
import { QuickAdd } from '../../src/ui/QuickAdd';

const root = document.getElementById('app')!;
const openSettings = () => void browser.runtime.openOptionsPage().then(() => window.close());
const show = (account: AccountState | null) =>
  render(<QuickAdd account={account} onOpenSettings={openSettings} />, root);

// Render at once, so the input has focus before the background answers.
show(null);
void sendMessage('account.get', {}).then((result) => result.ok && show(result.data));
