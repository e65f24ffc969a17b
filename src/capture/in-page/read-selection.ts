import { createHiddenCheck, isBlockDisplay } from './visibility';

/**
 * Runs inside the page, in the injected page-reader.js.
 *
 * The selection as the user sees it: text the page hides inside it (see
 * createHiddenCheck) is left out, so a page cannot slip a link or words into a
 * capture under the user's selection. Bounded: at most `maxNodes` nodes, `maxMs`
 * milliseconds and `limit` characters; `complete` is false when a bound cut it.
 */
export function readVisibleSelection(
  limit: number,
  maxNodes: number,
  maxMs: number,
): { text: string; complete: boolean } {
  const started = performance.now();
  const selection = globalThis.getSelection?.();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return { text: '', complete: true };

  const hidden = createHiddenCheck();

  let text = '';
  let nodes = 0;
  let complete = true;
  for (let r = 0; r < selection.rangeCount && complete; r++) {
    const range = selection.getRangeAt(r);
    const root = range.commonAncestorContainer;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
      if (++nodes > maxNodes || text.length >= limit || performance.now() - started > maxMs) {
        complete = false;
        break;
      }
      if (!range.intersectsNode(node)) continue;
      if (node.nodeType === Node.ELEMENT_NODE) {
        // A hidden block adds no line break either (position: absolute makes a hidden span a block).
        if (isBlockDisplay(node as Element) && !hidden(node as Element) && text && !text.endsWith('\n')) text += '\n';
        continue;
      }
      if (hidden(node.parentElement)) continue;
      const value = node.nodeValue ?? '';
      const start = node === range.startContainer ? range.startOffset : 0;
      const end = node === range.endContainer ? range.endOffset : value.length;
      text += value.slice(start, end).replace(/\s+/g, ' ');
    }
    if (r < selection.rangeCount - 1) text += '\n';
  }
  return {
    text: text
      .replace(/ {2,}/g, ' ')
      .replace(/ *\n */g, '\n')
      .trim()
      .slice(0, limit),
    complete,
  };
}
