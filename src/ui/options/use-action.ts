import { useState } from 'preact/hooks';
import type { AccountState, MessageError, MessageResult } from '../../messaging/protocol';

/**
 * Runs one background call for a form: busy while it runs, its error shown
 * in the form, and the returned account state handed to the page.
 */
export function useAction(onAccount: (state: AccountState) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<MessageError | null>(null);

  async function run(call: () => Promise<MessageResult<AccountState>>): Promise<MessageError | null> {
    setBusy(true);
    setError(null);
    try {
      const result = await call();
      if (result.ok) {
        onAccount(result.data);
        return null;
      }
      setError(result.error);
      return result.error;
    } finally {
      setBusy(false);
    }
  }

  return { busy, error, run, clearError: () => setError(null) };
}
