import { randomBytes, randomUUID } from 'node:crypto';

/** `2025-11-14T03:00:00.000+0000`, the form real responses use. */
export function formatTickTickDate(date: Date): string {
  return date.toISOString().replace('Z', '+0000');
}

/** Accepts the API's date forms (`…+0000` with or without millis, ISO `Z`). */
export function parseTickTickDate(value: string): Date | null {
  const normalised = value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const date = new Date(normalised);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function newObjectId(): string {
  const seconds = Math.floor(Date.now() / 1000)
    .toString(16)
    .padStart(8, '0');
  return seconds + randomBytes(8).toString('hex');
}

export function isObjectId(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{24}$/.test(value);
}

const ETAG_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
export function newEtag(): string {
  const bytes = randomBytes(8);
  return Array.from(bytes, (b) => ETAG_ALPHABET[b % ETAG_ALPHABET.length]).join('');
}

export function newUuid(): string {
  return randomUUID();
}

const BIGINT_MARK = '\u0000bigint:';
/**
 * JSON with bigint values written as raw numbers, as the real API writes
 * sortOrders beyond 2^53.
 */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${BIGINT_MARK}${v}` : v)).replace(
    new RegExp(`"${BIGINT_MARK.replace('\u0000', '\\\\u0000')}(-?\\d+)"`, 'g'),
    '$1',
  );
}
