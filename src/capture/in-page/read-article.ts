import { Readability } from '@mozilla/readability';
import { safeCopy } from './safe-copy';
import { cutAfterText, dropHidden, pageStart, placeElements, shownInPage } from './article-copy';
import { toMarkdown } from './to-markdown';
import { PAGE_TEXT_ROOM, withPageText } from '../page-text';
import { MAX_CONTENT_LENGTH } from '../sanitize';

/**
 * The bounds of "Add page with its text" in the page. The time is longer than
 * the half second a selection gets: the user asked for the text, and a long
 * article takes Readability a good part of a second on a slow machine; the
 * background stops waiting a second later (PAGE_TEXT_TIMEOUT_MS). A page with
 * more elements than this is a giant DOM, not an article: it is not read. Of a
 * longer text, four times what a task holds is read: room for what Readability
 * leaves out (menus, comments) before the article's start.
 */
export const ARTICLE_LIMITS: ArticleLimits = {
  limit: MAX_CONTENT_LENGTH,
  pageChars: 4 * MAX_CONTENT_LENGTH,
  maxElements: 100_000,
  maxMs: 2000,
};

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
  /** Characters of the page's text read at most: of a longer page, its start. */
  pageChars: number;
  /** A page with more elements is not read: too large to read in bounded time. */
  maxElements: number;
  /** Time the reader may take; past it, it says so (the background stops waiting a little later). */
  maxMs: number;
}

export type ArticleResult =
  /** `pageCut`: the page's text was longer than what was read (pageChars). */
  | { status: 'read'; markdown: string; complete: boolean; pageCut: boolean }
  | { status: 'no-article' }
  | { status: 'too-large' }
  | { status: 'timed-out' };

type CopyRead = ArticleResult | { status: 'mostly-hidden' };

/**
 * Readability on `copy`, then the article's safe Markdown with only the nodes
 * `shown` lets in, cut to the limit. Says 'mostly-hidden' when the page hid
 * most of what Readability chose. `pageCut`: the copy is only the page's start.
 */
function readCopy(
  copy: Document,
  shown: (node: Node) => boolean,
  { limits, deadline, pageCut }: { limits: ArticleLimits; deadline: number; pageCut: boolean },
): CopyRead {
  let article: ReturnType<Readability<Node>['parse']>;
  try {
    article = new Readability(copy, { maxElemsToParse: limits.maxElements, serializer: (node) => node }).parse();
  } catch {
    return { status: 'too-large' };
  }
  if (!article?.content) return { status: 'no-article' };
  if (performance.now() > deadline) return { status: 'timed-out' };
  // A little more than the limit is copied: Markdown's own marks and the cut come after.
  const safe = safeCopy(article.content, {
    include: shown,
    text: (node) => node.nodeValue ?? '',
    isBlock: () => false,
    maxNodes: limits.maxElements * 2,
    maxChars: limits.limit,
    deadline,
  });
  if (safe.complete && safe.chars < Math.min(article.length ?? 0, limits.limit) / 2) return { status: 'mostly-hidden' };
  const markdown = toMarkdown(safe.root);
  const complete = safe.complete && markdown.length <= limits.limit;
  return { status: 'read', markdown: markdown.slice(0, limits.limit), complete, pageCut };
}

/**
 * The second read, when the page hid most of what Readability chose (text
 * hidden to steer it, or to push the article past what is read): everything
 * hidden is taken out of the whole page first, so Readability chooses among
 * what the user sees. Checking every element is what makes it slow, so the
 * first read checks only the part of the article that is kept.
 */
function readVisible(limits: ArticleLimits, deadline: number): ArticleResult {
  const copy = document.cloneNode(true) as Document;
  if (!dropHidden(copy, deadline)) return { status: 'timed-out' };
  const pageCut = cutAfterText(copy, limits.pageChars);
  const read = readCopy(copy, () => true, { limits, deadline, pageCut });
  return read.status === 'mostly-hidden' ? { status: 'no-article' } : read;
}

/**
 * Runs in the page (page-text.js): the article's readable text (Readability,
 * as Firefox's Reader View finds it) as safe Markdown (safe-copy.ts,
 * to-markdown.ts), cut to `limit` characters, without what the page hides
 * (article-copy.ts). Never reads a page larger than `maxElements`, nor more
 * than `pageChars` of its text, and says when it found no article or ran out of
 * time.
 */
export function readArticle(limits: ArticleLimits): ArticleResult {
  const deadline = performance.now() + limits.maxMs;
  if (document.getElementsByTagName('*').length > limits.maxElements) return { status: 'too-large' };
  const { copy, cut } = pageStart(limits.pageChars);
  const first = readCopy(copy, shownInPage(placeElements(copy)), { limits, deadline, pageCut: cut });
  return first.status === 'mostly-hidden' ? readVisible(limits, deadline) : first;
}

/** readArticle within ARTICLE_LIMITS, as the capture takes it: page-text.js answers this to the background. */
export function readPageTextAnswer(): PageTextAnswer {
  const started = performance.now();
  const read = readArticle(ARTICLE_LIMITS);
  const ms = performance.now() - started;
  if (read.status !== 'read') return { notices: [ARTICLE_NOTICES[read.status]], ms };
  if (!read.markdown.trim()) return { notices: [ARTICLE_NOTICES['no-article']], ms };
  const fitted = withPageText('', read.markdown, PAGE_TEXT_ROOM);
  if (fitted.cut || read.pageCut) return { markdown: fitted.text, notices: [ARTICLE_NOTICES.cut], ms };
  return { markdown: fitted.text, notices: read.complete ? [] : [ARTICLE_NOTICES.partial], ms };
}
