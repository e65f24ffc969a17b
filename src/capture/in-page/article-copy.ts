/**
 * Runs in the page (page-text.js). The copies of the page that Readability
 * reads (it changes what it reads), and what ties them to the page as the user
 * sees it: Readability knows only inline styles, and a page may hide text with
 * its style sheets. A copy lists its elements in the same order as the page
 * until something is cut from it or dropped.
 */
import { createHiddenCheck } from './visibility';

/**
 * The attribute that ties an element of a copy to its place in the page: an
 * attribute, because Readability keeps attributes, even on an element it
 * renames. Whatever the page wrote into it is overwritten.
 */
const PLACE = 'data-ticktick-place';

/** Text no reader shows: a page's inline data (a framework's state can be megabytes) does not count towards the bound. */
const NOT_PROSE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * A copy of the page, cut after its first `chars` characters of text, and
 * whether it was cut. Only the start of a long article fits in a task, and
 * Readability's time grows with the page: a 2 MB article took it 150 to 300 ms
 * whole. What is cut is everything after one text node, so the copy keeps a
 * start of the page's elements in their order.
 */
export function pageStart(chars: number): { copy: Document; cut: boolean } {
  const copy = document.cloneNode(true) as Document;
  return { copy, cut: cutAfterText(copy, chars) };
}

/** Cuts `copy` after its first `chars` characters of text (see pageStart); false when it is shorter. */
export function cutAfterText(copy: Document, chars: number): boolean {
  if (!copy.body) return false;
  const texts = copy.createTreeWalker(copy.body, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let text = texts.nextNode(); text; text = texts.nextNode()) {
    if (!NOT_PROSE.has(text.parentNode?.nodeName ?? '')) seen += text.nodeValue?.length ?? 0;
    if (seen <= chars) continue;
    const rest = copy.createRange();
    rest.setStartAfter(text);
    rest.setEnd(copy.documentElement, copy.documentElement.childNodes.length);
    rest.deleteContents();
    return true;
  }
  return false;
}

/** Marks each element of `copy` (from pageStart) with its place; answers the page's elements, by place. */
export function placeElements(copy: Document): Element[] {
  const copied = copy.getElementsByTagName('*');
  for (let i = 0; i < copied.length; i++) copied[i]!.setAttribute(PLACE, String(i));
  return Array.from(document.getElementsByTagName('*')).slice(0, copied.length);
}

/**
 * Whether a node of a placed copy is shown in the page (createHiddenCheck: the
 * element and its ancestors in the page). An element Readability made has no
 * place: it is shown, as the walk down from the article's root has already
 * checked the page's element its text came from.
 */
export function shownInPage(live: Element[]): (node: Node) => boolean {
  const hidden = createHiddenCheck();
  return (node) => {
    if (node.nodeType !== Node.ELEMENT_NODE) return true;
    const place = (node as Element).getAttribute(PLACE);
    return place === null || !hidden(live[Number(place)] ?? null);
  };
}

/**
 * Takes out of `copy` (a whole copy of the page, or one from pageStart) every
 * element the page hides, checking them all. False when the deadline passed
 * first.
 */
export function dropHidden(copy: Document, deadline: number): boolean {
  const hidden = createHiddenCheck();
  const live = document.body?.getElementsByTagName('*') ?? [];
  const copied = copy.body?.getElementsByTagName('*') ?? [];
  const drop: Element[] = [];
  let dropped: Element | undefined;
  for (let i = 0; i < copied.length; i++) {
    if ((i & 255) === 0 && performance.now() > deadline) return false;
    const element = live[i]!;
    if (dropped?.contains(element)) continue;
    if (!hidden(element)) continue;
    dropped = element;
    drop.push(copied[i]!);
  }
  for (const element of drop) element.remove();
  return true;
}
