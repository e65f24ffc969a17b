/** `npm run sandbox`: the sandbox on its own, for trying the extension by hand. */
import { CAPTCHA_USER, DEMO, MFA_USER } from './seed';
import { startSandbox } from './server';

const port = Number(process.env.SANDBOX_PORT ?? 0);
const sandbox = await startSandbox({ port, autoApproveOAuth: process.env.SANDBOX_AUTO_APPROVE === '1' });

console.log(`TickTick sandbox listening on ${sandbox.url}
  V1 Open API   ${sandbox.url}/open/v1
  V2 API        ${sandbox.url}/api/v2
  OAuth         ${sandbox.url}/oauth/authorize  (client ${DEMO.oauthClient.clientId} / ${DEMO.oauthClient.clientSecret})

Demo account    ${DEMO.username} / ${DEMO.password}
Personal token  ${DEMO.personalToken}
Two-factor      ${MFA_USER.username} / ${MFA_USER.password}, TOTP secret ${MFA_USER.totpSecret}
CAPTCHA         ${CAPTCHA_USER.username} / ${CAPTCHA_USER.password} (always asks for a CAPTCHA)

Press Ctrl+C to stop.`);

const stop = () => void sandbox.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
