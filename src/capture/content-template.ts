import { cleanText, escapeMarkdown, linkableUrl, markdownLink, markdownTextUrl, type Limited } from './sanitize';

/**
 * The default content of a captured task: the page as a Markdown link, what the page's description adds
 * (an email's sender), then the selection as a quote.
 */
export const DEFAULT_CONTENT_TEMPLATE = '{{link}}\n\n{{details}}\n\n{{quote}}';

export const TEMPLATE_VARIABLES = ['title', 'url', 'link', 'details', 'selection', 'quote', 'date'] as const;
const DETAILS_VARIABLE = /\{\{\s*details\s*\}\}/;

export interface RenderedContent extends Limited {
  /** The page's address was too long to link whole (see linkableUrl). */
  linkShortened: boolean;
}

export interface ContentSource {
  title: string;
  url?: string;
  selection?: string;
  /** Lines of plain text the page's description adds (`From: Name <address>`). */
  details?: string[];
  /** The selection as the page's reader made it Markdown (already escaped): used instead of `selection`. */
  selectionMarkdown?: string;
  /** "Add page with its text": the article as Markdown (already escaped), after the filled template. */
  text?: string;
  now?: Date;
}

/**
 * Fills the user's template. Unknown `{{names}}` are left as typed; text from
 * the page is escaped so that it renders as text; only an http(s) URL becomes
 * a link; the result is cut to what TickTick accepts. A template without
 * `{{details}}` (written before there was one) gets the details at its end.
 */
export function renderContent(template: string, source: ContentSource): RenderedContent {
  const { url, shortened } = linkableUrl(source.url);
  const selection = cleanText(source.selectionMarkdown || source.selection || '');
  // Page text renders as the text it was; the only links are the ones built here or by the page's reader.
  const quoted = source.selectionMarkdown ? selection.text : escapeMarkdown(selection.text);
  const values: Record<(typeof TEMPLATE_VARIABLES)[number], string> = {
    title: escapeMarkdown(source.title),
    url: url ? markdownTextUrl(url) : '',
    link: url ? markdownLink(source.title, url) : '',
    details: escapeMarkdown(cleanText((source.details ?? []).join('\n')).text),
    selection: quoted,
    quote: quoted
      ? quoted
          .split('\n')
          .map((line) => (line ? `> ${line}` : '>'))
          .join('\n')
      : '',
    date: (source.now ?? new Date()).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' }),
  };
  let filled = template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in values ? values[name as keyof typeof values] : whole,
  );
  if (values.details && !DETAILS_VARIABLE.test(template)) filled += `\n\n${values.details}`;
  if (source.text) filled += `\n\n${source.text}`;
  const result = cleanText(filled);
  return { text: result.text, truncated: result.truncated || selection.truncated, linkShortened: shortened };
}
