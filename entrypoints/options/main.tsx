import { render } from 'preact';
import '../../src/ui/theme.css';
import { sendMessage } from '../../src/messaging/send';
import { OptionsPage } from '../../src/ui/options/OptionsPage';

render(<OptionsPage call={sendMessage} />, document.getElementById('app')!);
