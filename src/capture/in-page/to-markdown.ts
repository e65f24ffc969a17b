/**
 * Runs in the page (bundled into the injected readers): a safe copy
 * (safe-copy.ts) as Markdown, with turndown. Text is escaped as every page text
 * is (escapeMarkdownText), so it renders as the text it was; the only links are
 * the copy's http(s) ones; the copy has no element turndown would keep as HTML.
 */
import TurndownService from 'turndown';
import { escapeMarkdownText, markdownUrl, stripUnsafe } from '../sanitize';

let service: TurndownService | undefined;

function createService(): TurndownService {
  const turndown = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '_',
    strongDelimiter: '**',
    // A hard line break that survives the trimming of trailing spaces every task's content gets.
    br: '\\',
  });
  // A `!` right before a link would make it an image: the only `[` in the output are the links built below.
  // Invisible characters go first: removed after escaping, one could have kept an entity from being escaped.
  turndown.escape = (text: string) => escapeMarkdownText(stripUnsafe(text)).replace(/!$/, '\\!');
  turndown.addRule('safeLink', {
    filter: (node) => node.nodeName === 'A' && node.hasAttribute('href'),
    replacement: (content, node) => {
      const url = markdownUrl((node as Element).getAttribute('href')!);
      const label = content.replace(/\s+/g, ' ').trim();
      return `[${label || escapeMarkdownText(url)}](${url})`;
    },
  });
  return turndown;
}

/** The copy as Markdown. */
export function toMarkdown(root: HTMLElement): string {
  service ??= createService();
  return service.turndown(root);
}
