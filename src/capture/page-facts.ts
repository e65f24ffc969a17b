/** The types of describePage (describe-page.ts), apart so that the site recipes can use them without importing it. */

/** What the capture knows about a page: the tab, its `<meta>` facts, and what a site's reader found in it. */
export interface PageFacts {
  url: string;
  title: string;
  /** `<meta>` name or property → content, plus `canonical` for `<link rel=canonical>` (see readPageMeta). */
  meta?: Record<string, string>;
  selection?: string;
  /** Facts a site's reader found in the page: `subject`, `from` (`Name <address>`), `currentTime`, `summary`… */
  site?: Record<string, string>;
}

export type PageKind =
  | 'page'
  | 'email'
  | 'issue'
  | 'pull-request'
  | 'merge-request'
  | 'discussion'
  | 'commit'
  | 'ticket'
  | 'video'
  | 'question'
  | 'document'
  | 'pdf';

/** What a capture makes of a page. Every string is plain text (escape it before it becomes Markdown). */
export interface PageDescription {
  title: string;
  url: string;
  kind: PageKind;
  /** Lines for the task's content, e.g. `From: Name <address>`. */
  content?: string[];
  /** Said to the user, e.g. that a message's subject could not be read. */
  notices?: string[];
}
