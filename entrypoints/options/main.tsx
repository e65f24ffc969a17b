import { render } from 'preact';
import '../../src/ui/theme.css';
import { sendMessage } from '../../src/messaging/send';
import { OptionsPage } from '../../src/ui/OptionsPage';

const ping = () => sendMessage('ping', {});

render(<OptionsPage ping={ping} />, document.getElementById('app')!);
