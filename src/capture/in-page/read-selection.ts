/**
 * Runs inside the page, through `scripting.executeScript({ func })`: the browser
 * sends this function's source, so it uses nothing but its arguments and the
 * page's DOM (no imports, no outer variables).
 *
 * The selection as the user sees it: text the page hides inside it (by
 * display or visibility, zero opacity, a transparent colour, a font too small
 * to read, a clipped, collapsed or off-screen box) is left out, so a page
 * cannot slip a link or words into a capture under the user's selection. Bounded: at most `maxNodes` nodes, `maxMs`
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

  const hiddenCache = new Map<Element, boolean>();
  const hidden = (element: Element | null): boolean => {
    if (!element) return false;
    const known = hiddenCache.get(element);
    if (known !== undefined) return known;
    const style = getComputedStyle(element);
    const rect = element.getBoundingClientRect();
    const clipped =
      /inset\((?:[5-9]\d|100)%|circle\(0/.test(style.clipPath) ||
      style.clip.replace(/\s/g, '') === 'rect(0px,0px,0px,0px)';
    const transparent = style.color === 'transparent' || /rgba\(.*,\s*0\)$/.test(style.color);
    const offScreen = rect.right + scrollX <= 0 || rect.bottom + scrollY <= 0;
    const tiny = style.display !== 'contents' && (rect.width < 2 || rect.height < 2) && style.overflow !== 'visible';
    const result =
      !element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) ||
      parseFloat(style.fontSize) < 4 ||
      transparent ||
      clipped ||
      offScreen ||
      tiny ||
      hidden(element.parentElement);
    hiddenCache.set(element, result);
    return result;
  };
  const isBlock = (element: Element) =>
    /^(block|flex|grid|list-item|table|table-row|flow-root)$/.test(getComputedStyle(element).display) ||
    element.tagName === 'BR';

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
        if (isBlock(node as Element) && !hidden(node as Element) && text && !text.endsWith('\n')) text += '\n';
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
