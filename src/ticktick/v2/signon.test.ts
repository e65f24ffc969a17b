import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { rejection } from '../../../test/helpers';
import { CAPTCHA_USER, DEMO, MFA_USER } from '../../../test/sandbox/seed';
import { useSandbox } from '../../../test/sandbox/test-helpers';
import { MfaRequiredError, signOnV2, verifyMfaV2 } from './signon';

const sandbox = useSandbox();
const base = () => ({ baseUrl: `${sandbox().url}/api/v2` });

describe('signOnV2', () => {
  it('signs on with email and password, sending the browser headers', async () => {
    const session = await signOnV2({ ...base(), username: DEMO.username, password: DEMO.password });
    expect(session).toMatchObject({
      token: expect.any(String),
      userId: String(DEMO.userId),
      inboxId: `inbox${DEMO.userId}`,
    });
    const request = sandbox().requests.at(-1)!;
    expect(request.path).toBe('/api/v2/user/signon');
    expect(request.query).toEqual({ wc: 'true', remember: 'true' });
    expect(request.body).toEqual({ username: DEMO.username, password: DEMO.password });
  });

  it('generates the TOTP code from a stored secret', async () => {
    const session = await signOnV2({
      ...base(),
      username: MFA_USER.username,
      password: MFA_USER.password,
      totpSecret: MFA_USER.totpSecret,
    });
    expect(session.inboxId).toBe(`inbox${MFA_USER.userId}`);
    const verify = sandbox().requests.at(-1)!;
    expect(verify.path).toBe('/api/v2/user/sign/mfa/code/verify');
    expect(verify.headers['x-verify-id']).toEqual(expect.any(String));
    expect(verify.body).toEqual({ code: expect.stringMatching(/^\d{6}$/), method: 'app' });
  });

  it('uses a code the user typed', async () => {
    const code = await generate({ secret: MFA_USER.totpSecret });
    const session = await signOnV2({
      ...base(),
      username: MFA_USER.username,
      password: MFA_USER.password,
      totpCode: code,
    });
    expect(session.token).toEqual(expect.any(String));
  });

  it('without secret or code, stops with mfa-required carrying the challenge, which verifyMfaV2 completes', async () => {
    const error = await rejection(signOnV2({ ...base(), username: MFA_USER.username, password: MFA_USER.password }));
    expect(error).toBeInstanceOf(MfaRequiredError);
    expect(error.kind).toBe('mfa-required');
    const { challenge } = error as MfaRequiredError;
    expect(challenge.authId).toEqual(expect.any(String));
    const session = await verifyMfaV2({
      ...base(),
      authId: challenge.authId,
      code: await generate({ secret: MFA_USER.totpSecret }),
    });
    expect(session.inboxId).toBe(`inbox${MFA_USER.userId}`);
  });

  it('a wrong two-factor code is an auth error that says so', async () => {
    const error = await rejection(
      signOnV2({ ...base(), username: MFA_USER.username, password: MFA_USER.password, totpCode: '000000' }),
    );
    expect(error).toMatchObject({ kind: 'auth', errorCode: 'mfa_code_incorrect' });
    expect(error.message).toMatch(/two-factor code/);
  });

  it('a wrong password is an auth error naming what to check, with the attempts left', async () => {
    const error = await rejection(signOnV2({ ...base(), username: DEMO.username, password: 'nope' }));
    expect(error).toMatchObject({
      kind: 'auth',
      errorCode: 'username_password_not_match',
      details: { remainderTimes: 4 },
    });
    expect(error.message).toMatch(/email and password/);
    sandbox().state.accountByUsername(DEMO.username)!.failedSignons = 0;
  });

  it('too many attempts says to wait', async () => {
    sandbox().state.accountByUsername(DEMO.username)!.failedSignons = 99;
    const error = await rejection(signOnV2({ ...base(), username: DEMO.username, password: DEMO.password }));
    expect(error).toMatchObject({ kind: 'auth', errorCode: 'incorrect_password_too_many_times' });
    expect(error.message).toMatch(/Wait/);
    sandbox().state.accountByUsername(DEMO.username)!.failedSignons = 0;
  });

  it('a CAPTCHA demand is a captcha error that points to token or OAuth sign-in', async () => {
    const error = await rejection(
      signOnV2({ ...base(), username: CAPTCHA_USER.username, password: CAPTCHA_USER.password }),
    );
    expect(error.kind).toBe('captcha');
    expect(error.message).toMatch(/API token|OAuth/);
  });

  it('a network failure stays a network error', async () => {
    sandbox().faults.inject({ kind: 'drop' });
    expect((await rejection(signOnV2({ ...base(), username: DEMO.username, password: DEMO.password }))).kind).toBe(
      'network',
    );
  });
});
