import { PAGE_READER_GLOBAL, type PageReader } from './reader-global';
import { readVisibleSelection } from './read-selection';
import { safeCopy } from './safe-copy';
import { toMarkdown } from './to-markdown';
import { createHiddenCheck, isBlockDisplay } from './visibility';

/**
 * Runs in the page (page-reader.js): the selection as Markdown that keeps its
 * links, lists, code and emphasis, made only of what the user sees — the same
 * hidden text readVisibleSelection leaves out stays out. Bounded like it:
 * `complete` is false when `maxNodes`, `maxMs` or `limit` cut it.
 */
export function readSelectionMarkdown(
  limit: number,
  maxNodes: number,
  maxMs: number,
): { markdown: string; complete: boolean } {
  const deadline = performance.now() + maxMs;
  const selection = globalThis.getSelection?.();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return { markdown: '', complete: true };
  const hidden = createHiddenCheck();
  const parts: string[] = [];
  let complete = true;
  for (let r = 0; r < selection.rangeCount && complete; r++) {
    const range = selection.getRangeAt(r);
    const copy = safeCopy(range.commonAncestorContainer, {
      include: (node) =>
        range.intersectsNode(node) &&
        !hidden(node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement),
      text: (node) => {
        const value = node.nodeValue ?? '';
        const start = node === range.startContainer ? range.startOffset : 0;
        const end = node === range.endContainer ? range.endOffset : value.length;
        return value.slice(start, end);
      },
      isBlock: isBlockDisplay,
      maxNodes,
      maxChars: limit,
      deadline,
    });
    complete = copy.complete;
    parts.push(toMarkdown(copy.root));
  }
  const markdown = parts.filter(Boolean).join('\n\n');
  return { markdown: markdown.slice(0, limit), complete: complete && markdown.length <= limit };
}

/**
 * Runs in the page (page-reader.js): the visible selection as plain text
 * (readVisibleSelection) and as Markdown. The Markdown gets at most `maxMs`
 * more: without it (absent), the plain text is used, escaped.
 */
export function readSelectionWithMarkdown(
  limit: number,
  maxNodes: number,
  maxMs: number,
): { text: string; complete: boolean; markdown?: string } {
  const plain = readVisibleSelection(limit, maxNodes, maxMs);
  if (!plain.text.trim()) return plain;
  const rich = readSelectionMarkdown(limit, maxNodes, maxMs);
  // Only a Markdown of the whole of what the plain reader read stands in for it.
  return rich.complete === plain.complete && rich.markdown.trim() ? { ...plain, markdown: rich.markdown } : plain;
}

/**
 * Runs in the page (page-reader.js), after installPageReader: adds
 * readSelectionWithMarkdown to the readers. A function of its own so that
 * turndown stays out of every bundle that only names the readers.
 */
export function installSelectionMarkdown(): void {
  (globalThis as unknown as Record<string, Partial<PageReader>>)[PAGE_READER_GLOBAL]!.readSelectionWithMarkdown =
    readSelectionWithMarkdown;
}
