import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../src/ui/theme.css';
import { QuickAdd } from '../../src/ui/QuickAdd';

render(
  <QuickAdd onOpenSettings={() => void browser.runtime.openOptionsPage().then(() => window.close())} />,
  document.getElementById('app')!,
);
