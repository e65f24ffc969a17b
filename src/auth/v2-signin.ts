import { TickTickError } from '../ticktick/errors';
import { totpCode } from '../ticktick/totp';
import { xDevice, type V2XDevice } from '../ticktick/v2/device';
import type { UserSignOnV2 } from '../ticktick/v2/schemas';
import { MFA_EXPIRED } from '../ticktick/error-codes';
import { MfaRequiredError, signOnV2, verifyMfaV2, type SignOnConnection } from '../ticktick/v2/signon';
import { pendingMfaItem, v2DeviceItem, v2SessionItem, v2TotpSecretItem } from '../storage/items';
import { settleAccountData } from './accounts';
import type { AuthDeps } from './deps';
import { applyV2HeaderRule, removeV2HeaderRule } from './v2-header-rules';

/** One X-Device per installation, kept across sessions, as one browser would be. */
async function installationDevice(): Promise<V2XDevice> {
  const stored = await v2DeviceItem.getValue();
  if (stored) return stored;
  const device = xDevice();
  await v2DeviceItem.setValue(device);
  return device;
}

/** Connection settings for the sign-on calls; the header rule must be in place first. */
async function prepareSignOn(deps: AuthDeps): Promise<SignOnConnection> {
  const endpoints = await deps.resolveEndpoints();
  await applyV2HeaderRule(deps.dnr, { extensionId: deps.extensionId, endpoints });
  return {
    baseUrl: endpoints.v2,
    site: endpoints.site,
    device: await installationDevice(),
    browserHeaders: 'external',
    fetch: deps.fetch,
  };
}

/**
 * All or nothing: the header rule that carries the session goes in first, and
 * the session is kept only once it has; a session kept without its rule would
 * show "connected" while every V2 call went out without a cookie.
 */
async function keepSession(deps: AuthDeps, session: UserSignOnV2): Promise<void> {
  const endpoints = await deps.resolveEndpoints();
  await applyV2HeaderRule(deps.dnr, { extensionId: deps.extensionId, endpoints, token: session.token });
  try {
    await v2SessionItem.setValue({
      token: session.token,
      userId: session.userId,
      username: session.username,
      inboxId: session.inboxId,
      connectedAt: deps.now(),
    });
  } catch (error) {
    await removeV2HeaderRule(deps.dnr).catch(() => undefined);
    throw error;
  }
  await pendingMfaItem.removeValue();
  await settleAccountData();
}

/**
 * Email and password sign-on. The password is used for this one request and
 * never stored. With two-factor on, a stored TOTP secret (the user's opt-in)
 * answers the code itself; otherwise the challenge is kept (without the
 * password) and the caller gets `mfa-required` to ask for a code.
 */
export async function signInV2(deps: AuthDeps, credentials: { username: string; password: string }): Promise<void> {
  const connection = await prepareSignOn(deps);
  const totpSecret = (await v2TotpSecretItem.getValue()) ?? undefined;
  try {
    await keepSession(deps, await signOnV2({ ...connection, ...credentials, totpSecret }));
  } catch (error) {
    if (error instanceof MfaRequiredError) {
      await pendingMfaItem.setValue({ ...error.challenge, username: credentials.username });
    }
    throw error;
  }
}

/** Second step: a typed code, or the TOTP secret (kept only if the user chose so). */
export async function verifyV2Code(
  deps: AuthDeps,
  answer: { code?: string; totpSecret?: string; rememberTotpSecret: boolean },
): Promise<void> {
  const pending = await pendingMfaItem.getValue();
  if (!pending || pending.expireTime * 1000 <= deps.now()) {
    await pendingMfaItem.removeValue();
    throw new TickTickError({
      kind: 'auth',
      errorCode: MFA_EXPIRED,
      message: 'The two-factor step timed out. Sign in again.',
    });
  }
  const connection = await prepareSignOn(deps);
  let code = answer.code;
  if (answer.totpSecret) {
    try {
      code = await totpCode(answer.totpSecret);
    } catch {
      throw new TickTickError({
        kind: 'validation',
        errorCode: 'bad_totp_secret',
        message: 'That secret key cannot make codes. Copy the key shown when you set up two-factor sign-in.',
      });
    }
  }
  const session = await verifyMfaV2({ ...connection, authId: pending.authId, code: code ?? '' });
  if (answer.totpSecret && answer.rememberTotpSecret) await v2TotpSecretItem.setValue(answer.totpSecret);
  else await v2TotpSecretItem.removeValue();
  await keepSession(deps, session);
}
