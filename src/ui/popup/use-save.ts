import { useState } from 'preact/hooks';
import type { CaptureResult, Payload } from '../../messaging/protocol';
import type { SendMessage } from '../../messaging/send';

const CLOSE_AFTER_SAVE_MS = 900;

/**
 * Saving a capture: busy while the background takes it, then its result (or
 * error); `onSaved` clears what was typed; the popup closes after a capture
 * that was sent, when the settings say so.
 */
export function useSave(call: SendMessage, close: () => void, onSaved: () => void) {
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<CaptureResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const save = async (capture: Payload<'capture.submit'>) => {
    if (saving || !capture.text.trim()) return;
    setSaving(true);
    setError(null);
    const answer = await call('capture.submit', capture);
    setSaving(false);
    if (!answer.ok) {
      setError(answer.error.message);
      return;
    }
    setResult(answer.data);
    onSaved();
    const settings = await call('settings.get', {});
    if (answer.data.status === 'sent' && settings.ok && settings.data.closePopupAfterSave) {
      setTimeout(close, CLOSE_AFTER_SAVE_MS);
    }
  };
  return { saving, result, error, save };
}
