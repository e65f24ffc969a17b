/**
 * The popup's snapshot of what it showed last time (popup/popup-snapshot.ts),
 * kept in the extension's localStorage. The options page clears it on sign-out
 * without importing the popup.
 */
export const SNAPSHOT_KEY = 'ttc.popup.snapshot.v2';

/** On sign-out: the lists of an account must not outlive it, even for a moment. */
export function clearSnapshot(): void {
  try {
    localStorage.removeItem(SNAPSHOT_KEY);
  } catch {
    // Unavailable: nothing was kept.
  }
}
