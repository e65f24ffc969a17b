/**
 * Text from web pages is untrusted: it may hide direction overrides, control
 * characters, megabytes of selection or `javascript:` links. Everything that
 * goes into a task passes through here.
 */

/** Longest title kept; TickTick shows about a line anyway. */
export const MAX_TITLE_LENGTH = 500;
/** Longest content kept: well inside the API's 1 MiB body limit, even in UTF-8 worst case. */
export const MAX_CONTENT_LENGTH = 100_000;

// Bidi embeddings/overrides/isolates, marks, zero-width characters and the BOM: invisible, and able to disguise text.
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
// C0 and C1 controls (tab, newline and carriage return are handled separately). Matching them is the point.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export interface Limited {
  text: string;
  truncated: boolean;
}

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair. */
export function limitLength(text: string, max: number): Limited {
  if (text.length <= max) return { text, truncated: false };
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return { text: text.slice(0, end), truncated: true };
}

function stripUnsafe(text: string): string {
  return text.replace(LONE_SURROGATE, '').replace(INVISIBLE, '').replace(CONTROL, '');
}

/** One line, no invisible or control characters, at most MAX_TITLE_LENGTH; the host when nothing is left. */
export function cleanTitle(raw: unknown, fallbackUrl?: string): string {
  const text = stripUnsafe(typeof raw === 'string' ? raw : '')
    .replace(/\s+/g, ' ')
    .trim();
  const limited = limitLength(text, MAX_TITLE_LENGTH).text.trim();
  if (limited) return limited;
  return hostOf(fallbackUrl) ?? 'Untitled';
}

/** Multi-line text with unsafe characters removed, cut to `max` and saying so when it was. */
export function cleanText(raw: unknown, max = MAX_CONTENT_LENGTH): Limited {
  const text = stripUnsafe(typeof raw === 'string' ? raw : '')
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const limited = limitLength(text, max);
  return { text: limited.text.trimEnd(), truncated: limited.truncated };
}

/** The URL when it is http(s), else undefined: `javascript:`, `data:`, `chrome:` never become links. */
export function safeHttpUrl(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

export function hostOf(raw: unknown): string | undefined {
  const url = safeHttpUrl(raw);
  return url ? new URL(url).host : undefined;
}

/** A URL safe inside Markdown's `(…)`: encodeURIComponent leaves parentheses alone, and they would end it. */
export function markdownUrl(url: string): string {
  return url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** `[text](url)` with the characters that would break Markdown escaped. */
export function markdownLink(text: string, url: string): string {
  const label = text.replace(/([\\[\]])/g, '\\$1') || url;
  return `[${label}](${markdownUrl(url)})`;
}
