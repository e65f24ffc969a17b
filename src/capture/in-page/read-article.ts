import { Readability } from '@mozilla/readability';
import { safeCopy } from './safe-copy';
import { createHiddenCheck } from './visibility';
import { toMarkdown } from './to-markdown';
import { PAGE_TEXT_ROOM, withPageText } from '../page-text';
import { MAX_CONTENT_LENGTH } from '../sanitize';

/**
 * The bounds of "Add page with its text" in the page. The time is longer than
 * the half second a selection gets: the user asked for the text, and a long
 * article (5 MB) takes Readability most of a second on a slow machine; the
 * background stops waiting a second later (PAGE_TEXT_TIMEOUT_MS). A page with
 * more elements than this is a giant DOM, not an article: it is not read.
 */
export const ARTICLE_LIMITS: ArticleLimits = { limit: MAX_CONTENT_LENGTH, maxElements: 100_000, maxMs: 2000 };

/** Why there is no text, or only its start, said to the user with the capture. */
export const ARTICLE_NOTICES = {
  'too-large': 'The page is too large to read its text: its title and address were captured.',
  'no-article': 'No article was found on this page: its title and address were captured.',
  'timed-out': 'The page’s text took too long to read: its title and address were captured.',
  partial: 'The page’s text took long to read: only its start was captured.',
  cut: 'The page’s text was longer than a TickTick task holds: only its start was kept.',
} as const;

/** What page-text.js answers the background: the Markdown, or the notice that says why there is none. */
export interface PageTextAnswer {
  markdown?: string;
  notices: string[];
  /** How long the reader took in the page (for the bench). */
  ms: number;
}

export interface ArticleLimits {
  /** Characters of Markdown kept at most. */
  limit: number;
  /** A page with more elements is not read: too large to read in bounded time. */
  maxElements: number;
  /** Time the reader may take; past it, it says so (the background stops waiting a little later). */
  maxMs: number;
}

export type ArticleResult =
  | { status: 'read'; markdown: string; complete: boolean }
  | { status: 'no-article' }
  | { status: 'too-large' }
  | { status: 'timed-out' };

/**
 * A copy of the page for Readability (which changes what it reads), without
 * what the page hides from the user: Readability knows only inline styles, and a
 * page may hide text with its style sheets. The live page and its copy list
 * their elements in the same order. Undefined when the deadline passed first.
 * The same checks as the selection's (createHiddenCheck): they are a good part
 * of the reader's time on a long article, and what keeps a page from slipping
 * unseen text into the task.
 */
function visibleCopy(deadline: number): Document | undefined {
  const copy = document.cloneNode(true) as Document;
  const hidden = createHiddenCheck();
  const live = document.body?.getElementsByTagName('*') ?? [];
  const copied = copy.body?.getElementsByTagName('*') ?? [];
  const drop: Element[] = [];
  let dropped: Element | undefined;
  for (let i = 0; i < live.length; i++) {
    if ((i & 255) === 0 && performance.now() > deadline) return undefined;
    const element = live[i]!;
    if (dropped?.contains(element)) continue;
    if (!hidden(element)) continue;
    dropped = element;
    drop.push(copied[i]!);
  }
  for (const element of drop) element.remove();
  return copy;
}

/**
 * Runs in the page (page-text.js): the article's readable text (Readability,
 * as Firefox's Reader View finds it) as safe Markdown (safe-copy.ts,
 * to-markdown.ts), cut to `limit` characters. Never reads a page larger than
 * `maxElements`, and says when it found no article or ran out of time.
 */
export function readArticle({ limit, maxElements, maxMs }: ArticleLimits): ArticleResult {
  const deadline = performance.now() + maxMs;
  if (document.getElementsByTagName('*').length > maxElements) return { status: 'too-large' };
  const copy = visibleCopy(deadline);
  if (!copy) return { status: 'timed-out' };
  let article: ReturnType<Readability<Node>['parse']>;
  try {
    article = new Readability(copy, { maxElemsToParse: maxElements, serializer: (node) => node }).parse();
  } catch {
    return { status: 'too-large' };
  }
  if (!article?.content) return { status: 'no-article' };
  if (performance.now() > deadline) return { status: 'timed-out' };
  // A little more than the limit is copied: Markdown's own marks and the cut come after.
  const safe = safeCopy(article.content, {
    include: () => true,
    text: (node) => node.nodeValue ?? '',
    isBlock: () => false,
    maxNodes: maxElements * 2,
    maxChars: limit,
    deadline,
  });
  const markdown = toMarkdown(safe.root);
  const complete = safe.complete && markdown.length <= limit;
  return { status: 'read', markdown: markdown.slice(0, limit), complete };
}

/** readArticle within ARTICLE_LIMITS, as the capture takes it: page-text.js answers this to the background. */
export function readPageTextAnswer(): PageTextAnswer {
  const started = performance.now();
  const read = readArticle(ARTICLE_LIMITS);
  const ms = performance.now() - started;
  if (read.status !== 'read') return { notices: [ARTICLE_NOTICES[read.status]], ms };
  if (!read.markdown.trim()) return { notices: [ARTICLE_NOTICES['no-article']], ms };
  const fitted = withPageText('', read.markdown, PAGE_TEXT_ROOM);
  if (fitted.cut) return { markdown: fitted.text, notices: [ARTICLE_NOTICES.cut], ms };
  return { markdown: fitted.text, notices: read.complete ? [] : [ARTICLE_NOTICES.partial], ms };
}
