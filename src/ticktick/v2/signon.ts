import { MFA_EXPIRED } from '../error-codes';
import { TickTickError } from '../errors';
import type { HttpFailure } from '../http';
import { createV2Http, type V2Connection } from './connection';
import { xDevice } from './device';
import { UserSignOnV2, UserSignOnWithTOTPV2 } from './schemas';
import { z } from '../zod';
import { totpCode } from '../totp';

/** Where the sign-on calls go. */
export type SignOnConnection = V2Connection;

export interface SignOnV2Options extends SignOnConnection {
  username: string;
  password: string;
  /** Base32 secret: the code is generated (otplib on Web Crypto) when TickTick asks for one. */
  totpSecret?: string;
  /** A 6-digit code the user typed. */
  totpCode?: string;
}

/** What a caller needs to finish a two-factor sign-on with `verifyMfaV2`. */
export interface MfaChallenge {
  authId: string;
  /** Unix seconds. */
  expireTime: number;
}

export class MfaRequiredError extends TickTickError {
  constructor(readonly challenge: MfaChallenge) {
    super({
      kind: 'mfa-required',
      message: 'This account has two-factor sign-in on: enter the 6-digit code from your authenticator app.',
      details: { expireTime: challenge.expireTime },
    });
    this.name = 'MfaRequiredError';
  }
}

const SIGNON_ERRORS: Record<string, { kind: TickTickError['kind']; message: string }> = {
  username_password_not_match: {
    kind: 'auth',
    message: 'TickTick did not accept that email and password. Check them (and the region: TickTick or Dida365).',
  },
  incorrect_password_too_many_times: {
    kind: 'auth',
    message:
      'Too many wrong passwords: TickTick has locked sign-in for a while. Wait 15–30 minutes, or use an API token.',
  },
};

/**
 * Sign-on answers a CAPTCHA demand with a bare 500 whose errorCode is not one of
 * the known credential errors; an extension cannot solve it, so say what works.
 */
function describeSignOnFailure(failure: HttpFailure): TickTickError | undefined {
  const known = failure.errorCode ? SIGNON_ERRORS[failure.errorCode] : undefined;
  const common = { status: failure.status, errorCode: failure.errorCode };
  if (known) {
    return new TickTickError({ ...common, ...known, details: { remainderTimes: remainderTimes(failure.body) } });
  }
  if (failure.status === 500) {
    return new TickTickError({
      ...common,
      kind: 'captcha',
      message:
        'TickTick wants a CAPTCHA for this sign-in, which an extension cannot show. Connect with a personal API token or with TickTick sign-in (OAuth) instead.',
    });
  }
  return undefined;
}

function describeMfaFailure(failure: HttpFailure): TickTickError | undefined {
  if (failure.status !== 500) return undefined;
  const expired = failure.errorCode?.includes('expire');
  return new TickTickError({
    status: failure.status,
    // One code for an expired challenge, whichever words TickTick uses for it: the sign-in form acts on it.
    errorCode: expired ? MFA_EXPIRED : failure.errorCode,
    details: { errorCode: failure.errorCode },
    kind: 'auth',
    message: expired
      ? 'The two-factor step timed out. Sign in again.'
      : 'That two-factor code was not accepted. Codes change every 30 seconds: type the current one.',
  });
}

function remainderTimes(body: unknown): number | undefined {
  const value = (body as { data?: { remainderTimes?: unknown } } | undefined)?.data?.remainderTimes;
  return typeof value === 'number' ? value : undefined;
}

/**
 * pyticktick's `v2_signon`: email and password, then, when the account has
 * two-factor on, a TOTP code from `totpSecret` (generated) or `totpCode` (typed).
 * With neither it throws MfaRequiredError carrying the challenge for `verifyMfaV2`.
 * Sign on once and keep the session: repeated sign-ons are rate-limited.
 */
export async function signOnV2(options: SignOnV2Options): Promise<UserSignOnV2> {
  const device = options.device ?? xDevice();
  const http = createV2Http({ ...options, device });
  const answer = await http({
    method: 'POST',
    path: '/user/signon',
    query: { wc: true, remember: true },
    json: { username: options.username, password: options.password },
    schema: z.union([UserSignOnV2(), UserSignOnWithTOTPV2()]),
    schemaName: 'UserSignOnV2',
    describeFailure: describeSignOnFailure,
  });
  if ('token' in answer) return answer as UserSignOnV2;
  const challenge = { authId: answer.authId, expireTime: answer.expireTime };
  const code = options.totpSecret ? await totpCode(options.totpSecret) : options.totpCode;
  if (!code) throw new MfaRequiredError(challenge);
  return verifyMfaV2({ ...options, device, authId: challenge.authId, code });
}

export interface VerifyMfaV2Options extends SignOnConnection {
  authId: string;
  code: string;
}

/** Second step of a two-factor sign-on: the code, with the challenge's authId in `x-verify-id`. */
export async function verifyMfaV2(options: VerifyMfaV2Options): Promise<UserSignOnV2> {
  const http = createV2Http(options);
  return http({
    method: 'POST',
    path: '/user/sign/mfa/code/verify',
    headers: { 'x-verify-id': options.authId },
    json: { code: options.code.replace(/\s+/g, ''), method: 'app' },
    schema: UserSignOnV2(),
    schemaName: 'UserSignOnV2',
    describeFailure: describeMfaFailure,
  });
}
