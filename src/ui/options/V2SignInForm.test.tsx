// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AccountState, MessageResult } from '../../messaging/protocol';
import { V2SignInForm } from './V2SignInForm';

const failure = (error: { code: 'auth'; message: string; reason?: string }): MessageResult<AccountState> => ({
  ok: false,
  error,
});

async function submitCode(answer: MessageResult<AccountState>) {
  const reload = vi.fn();
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => {
    render(
      <V2SignInForm
        awaitingCodeFor="mfa@example.com"
        signIn={async () => answer}
        verify={async () => answer}
        onAccount={() => undefined}
        reload={reload}
      />,
      root,
    );
  });
  const code = root.querySelector<HTMLInputElement>('#v2-code')!;
  await act(() => {
    code.value = '123456';
    code.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => {
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return { reload, root };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the two-factor form acts on an error’s code, never on its words', () => {
  it('an expired step goes back to the password, whatever the message says', async () => {
    const { reload } = await submitCode(
      failure({ code: 'auth', reason: 'mfa_expired', message: 'Die Bestätigung ist abgelaufen.' }),
    );
    expect(reload).toHaveBeenCalledOnce();
  });

  it('a wrong code whose message happens to say "timed out" stays on the code', async () => {
    const { reload, root } = await submitCode(
      failure({ code: 'auth', reason: 'mfa_code_incorrect', message: 'Your code timed out of use: type a new one.' }),
    );
    expect(reload).not.toHaveBeenCalled();
    expect(root.querySelector('#v2-code-error')!.textContent).toContain('timed out of use');
  });
});
