/**
 * Text from web pages is untrusted: it may hide direction overrides, control
 * characters, megabytes of selection or `javascript:` links. Everything that
 * goes into a task passes through here.
 */

/** Longest title kept; TickTick shows about a line anyway. */
export const MAX_TITLE_LENGTH = 500;
/** Longest content kept: well inside the API's 1 MiB body limit, even in UTF-8 worst case. */
export const MAX_CONTENT_LENGTH = 100_000;

// Invisible, and able to disguise text: bidi embeddings/overrides/isolates and marks, zero-width characters, word
// joiners and invisible operators, the BOM, the soft hyphen, the combining grapheme joiner, the Mongolian vowel
// separator, Hangul fillers, interlinear annotation marks, and the Unicode tag characters (which can spell hidden text).
const INVISIBLE =
  /\u034F|[\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB]|\uDB40[\uDC00-\uDC7F]/g;
// Line and paragraph separators: line breaks to a reader, not to a Markdown renderer.
const LINE_SEPARATOR = /[\u2028\u2029]/g;
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

/** Text without invisible, control and lone surrogate characters (line separators become line breaks). */
export function stripUnsafe(text: string): string {
  // Invisible characters first: a tag character is a surrogate pair, which would look lone once half of it went.
  return text.replace(INVISIBLE, '').replace(LONE_SURROGATE, '').replace(CONTROL, '').replace(LINE_SEPARATOR, '\n');
}

/** One line with no invisible or control characters, of any length. */
export function cleanLine(raw: unknown): string {
  return stripUnsafe(typeof raw === 'string' ? raw : '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One line, no invisible or control characters, at most MAX_TITLE_LENGTH; the host when nothing is left. */
export function cleanTitle(raw: unknown, fallbackUrl?: string): string {
  const limited = limitLength(cleanLine(raw), MAX_TITLE_LENGTH).text.trim();
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
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    // `user:password@` never goes into a task: it can be a secret, or disguise the host (`https://bank.com@evil.example`).
    url.username = '';
    url.password = '';
    return url.toString();
  } catch {
    return undefined;
  }
}

/** Longest link put into a task; a longer address loses its query and fragment, or is not linked at all. */
export const MAX_LINK_LENGTH = 32_768;

/** The http(s) URL to link, cut to MAX_LINK_LENGTH the way that keeps it pointing at the page, if any way does. */
export function linkableUrl(raw: unknown): { url?: string; shortened: boolean } {
  const url = safeHttpUrl(raw);
  if (!url || url.length <= MAX_LINK_LENGTH) return { url, shortened: false };
  const bare = new URL(url);
  bare.search = '';
  bare.hash = '';
  const short = bare.toString();
  return { url: short.length <= MAX_LINK_LENGTH ? short : undefined, shortened: true };
}

function hostOf(raw: unknown): string | undefined {
  const url = safeHttpUrl(raw);
  return url ? new URL(url).host : undefined;
}

/** A URL safe inside Markdown's `(…)`: parentheses would end it, spaces and angle brackets break it. */
export function markdownUrl(url: string): string {
  return url.replace(/[()\s<>]/g, percentEncoded);
}

/**
 * A URL as bare text in Markdown: also without stars, brackets and backticks,
 * which would start emphasis, a link or code around it. (Underscores and
 * tildes stay: they are common in URLs and cannot open anything inside a word.)
 */
export function markdownTextUrl(url: string): string {
  return url.replace(/[()\s<>*[\]`]/g, percentEncoded);
}

function percentEncoded(c: string): string {
  return `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}

/** `[text](url)`: the only kind of link that goes into a task, built here, with its label escaped. */
export function markdownLink(text: string, url: string): string {
  return `[${escapeMarkdown(text) || markdownUrl(url)}](${markdownUrl(url)})`;
}

// Punctuation that starts or ends inline Markdown anywhere: escapes, code, emphasis, links and images, autolinks
// and HTML, strikethrough, table cells.
const INLINE_SYNTAX = /[\\`*_[\]<>~|]/g;
// `&amp;`, `&#60;`: an entity would render as the character it names, not as the text it is.
const ENTITY = /&(?=#?\w+;)/g;

/**
 * Page text as Markdown that renders as exactly that text: no link, image,
 * HTML, emphasis, heading or list that the page's text only spelled out. Bare
 * URLs stay text a renderer may linkify: the user saw them as URLs.
 */
export function escapeMarkdown(text: string): string {
  // Indentation would make a code block.
  return escapeMarkdownText(text.replace(/^[ \t]+/gm, ''));
}

/**
 * escapeMarkdown for a piece of text inside Markdown that is being built (a
 * text node of a page converted to Markdown): its spaces are kept, since they
 * separate it from its neighbours, and each of its line starts is escaped as if
 * it began a line.
 */
export function escapeMarkdownText(text: string): string {
  return (
    text
      .replace(INLINE_SYNTAX, '\\$&')
      .replace(ENTITY, '\\&')
      // What counts only at the start of a line: headings, lists, setext underlines, numbered lists.
      .replace(/^([#+=-])/gm, '\\$1')
      .replace(/^(\d{1,9})([.)])/gm, '$1\\$2')
  );
}

// A Markdown link, image, autolink or HTML tag in a title.
const TITLE_SYNTAX = /\[[^\]]*\]\(|<\/?[a-z!?][^>]*>|<[a-z][a-z0-9+.-]*:[^>]*>/i;

/**
 * A page title made safe to be a task title: TickTick shows Markdown links in
 * titles, so a title that spells one (or an autolink, or HTML) has its brackets
 * escaped. Other titles are left exactly as they are.
 */
export function defangTitle(title: string): string {
  return TITLE_SYNTAX.test(title) ? title.replace(/[\\[\]<>]/g, '\\$&') : title;
}
