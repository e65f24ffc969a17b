/** Alarms fire at most every 30 s, so no retry is planned sooner. */
export const MIN_RETRY_MS = 30_000;
const MAX_RETRY_MS = 30 * 60_000;

/**
 * Exponential backoff with jitter (half to full of 30 s × 2^(attempt-1), at
 * most 30 min), never sooner than the server's Retry-After.
 */
export function retryDelayMs(
  attempt: number,
  retryAfterSeconds: number | undefined,
  random: () => number = Math.random,
): number {
  const exponential = Math.min(MAX_RETRY_MS, MIN_RETRY_MS * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.max(MIN_RETRY_MS, Math.round(exponential * (0.5 + random() / 2)));
  return Math.max(jittered, (retryAfterSeconds ?? 0) * 1000);
}
