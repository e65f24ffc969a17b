/**
 * Runs in the page (bundled into the injected readers). A copy of a part of the
 * page made of the few elements a task's Markdown keeps — paragraphs, line
 * breaks, headings, lists, quotes, code, emphasis and http(s) links — with no
 * attribute but a link's checked address and a list's start number. Whatever
 * else the page has (scripts, images, forms, styles, classes, event handlers)
 * is never copied, so nothing of it can reach the Markdown.
 */
import { safeHttpUrl } from '../sanitize';

/** Kept as the same element. */
const KEPT = new Set([
  'P',
  'BR',
  'HR',
  'UL',
  'OL',
  'LI',
  'BLOCKQUOTE',
  'EM',
  'I',
  'STRONG',
  'B',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
]);
/** Never copied, nor anything inside them: not text a reader sees as the page's. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'MATH',
  'CANVAS',
  'IMG',
  'PICTURE',
  'VIDEO',
  'AUDIO',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'BUTTON',
  'HEAD',
  'TITLE',
]);
/** Copied as a plain block (a paragraph of its own): their text keeps its lines apart. */
const BLOCKS = new Set([
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'NAV',
  'FIGURE',
  'FIGCAPTION',
  'ADDRESS',
  'DETAILS',
  'SUMMARY',
  'TABLE',
  'CAPTION',
  'TR',
  'DL',
  'DT',
  'DD',
]);

export interface CopyRules {
  /** Whether a node goes in, with what is inside it (a hidden element, a node outside the selection do not). */
  include(node: Node): boolean;
  /** The part of a text node that goes in (the selected part of it). */
  text(node: Text): string;
  /** Whether an element the copy does not keep is laid out as a block. */
  isBlock(element: Element): boolean;
  /** Bounds: stop after this many nodes, characters or milliseconds. */
  maxNodes: number;
  maxChars: number;
  deadline: number;
}

export interface SafeCopy {
  root: HTMLElement;
  chars: number;
  /** False when a bound stopped the copy: it holds only the start. */
  complete: boolean;
}

interface Frame {
  source: Node;
  target: Element;
  /** Inside a link (no link in it), or inside code (text only). */
  inLink: boolean;
  inCode: boolean;
}

/** The element the copy makes for `source`, or undefined to put its children into the current one. */
function copyOf(doc: Document, source: Element, frame: Frame, rules: CopyRules): Element | undefined {
  const tag = source.tagName.toUpperCase();
  if (frame.inCode) return undefined;
  if (tag === 'A') {
    const href = source.getAttribute('href');
    const url = !frame.inLink && href !== null ? safeHttpUrl(resolved(href, source.baseURI)) : undefined;
    if (!url) return undefined;
    const link = doc.createElement('a');
    link.setAttribute('href', url);
    return link;
  }
  if (tag === 'PRE') {
    // Markdown's code block is a <pre> holding a <code>: the text goes into the <code>.
    const pre = doc.createElement('pre');
    pre.appendChild(doc.createElement('code'));
    return pre;
  }
  if (tag === 'CODE' || tag === 'KBD' || tag === 'SAMP') return doc.createElement('code');
  if (KEPT.has(tag)) {
    const element = doc.createElement(tag.toLowerCase());
    const start = source.getAttribute('start');
    if (tag === 'OL' && start && /^\d{1,9}$/.test(start)) element.setAttribute('start', start);
    return element;
  }
  if (BLOCKS.has(tag) || rules.isBlock(source)) return doc.createElement('div');
  return undefined;
}

function resolved(href: string, base: string): string | undefined {
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}

/** Copies `source` (the node itself for a text node, else what is inside it) into a new element of a new document. */
export function safeCopy(source: Node, rules: CopyRules): SafeCopy {
  const doc = document.implementation.createHTMLDocument('');
  const root = doc.createElement('div');
  const result: SafeCopy = { root, chars: 0, complete: true };
  const stack: Frame[] = [];
  const push = (parent: Node, frame: Omit<Frame, 'source'>) => {
    for (let child = parent.lastChild; child; child = child.previousSibling) stack.push({ ...frame, source: child });
  };
  if (source.nodeType === Node.TEXT_NODE) stack.push({ source, target: root, inLink: false, inCode: false });
  else push(source, { target: root, inLink: false, inCode: false });
  let nodes = 0;
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    if (++nodes > rules.maxNodes || result.chars > rules.maxChars || performance.now() > rules.deadline) {
      result.complete = false;
      break;
    }
    const node = frame.source;
    if (!rules.include(node)) continue;
    if (node.nodeType === Node.TEXT_NODE) {
      const text = rules.text(node as Text);
      result.chars += text.length;
      frame.target.appendChild(doc.createTextNode(text));
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE || SKIPPED.has((node as Element).tagName.toUpperCase())) continue;
    if (frame.inCode && (node as Element).tagName.toUpperCase() === 'BR') {
      frame.target.appendChild(doc.createTextNode('\n'));
      continue;
    }
    const copy = copyOf(doc, node as Element, frame, rules);
    if (copy) frame.target.appendChild(copy);
    const tag = copy?.tagName;
    push(node, {
      target: tag === 'PRE' ? (copy!.firstChild as Element) : (copy ?? frame.target),
      inLink: frame.inLink || tag === 'A',
      inCode: frame.inCode || tag === 'PRE' || tag === 'CODE',
    });
  }
  return result;
}
