import { markdownLink, markdownUrl, safeHttpUrl } from './sanitize';
import type { PageSource } from './build-task';

/** What a right-click or a shortcut was about. */
export interface ClickInfo {
  menuItemId?: string | number;
  selectionText?: string;
  linkUrl?: string;
  linkText?: string;
  srcUrl?: string;
  mediaType?: string;
  pageUrl?: string;
  /** The visible selection as Markdown, when the page's reader gave it. */
  selectionMarkdown?: string;
  /** "Add page with its text": the article as Markdown, when the page's reader gave it. */
  pageText?: string;
}

/** The tab as it was read and described (readActiveTab), or as the browser names it. */
export interface TabInfo {
  title?: string;
  url?: string;
  /** Content lines the page's description adds. */
  details?: string[];
  /** The link right-clicked, described as the page it leads to. */
  link?: { title: string; url: string; content?: string[] };
}

export type CaptureKind = 'page' | 'selection' | 'link' | 'image';

export function captureKind(info: ClickInfo): CaptureKind {
  if (info.mediaType === 'image' && info.srcUrl) return 'image';
  if (info.linkUrl) return 'link';
  if (info.selectionText) return 'selection';
  return 'page';
}

export interface MenuCapture {
  kind: CaptureKind;
  /** The task's title when the user typed none. */
  title: string;
  page: PageSource;
  /** Content added by the kind (the link, the image) before the template's. */
  contentTemplate?: string;
}

/**
 * A right-click on a link captures the link (its text and URL, not the page's,
 * as its description has them); on an image, the image; on a selection, the
 * page with the selection quoted.
 */
export function describeMenuCapture(info: ClickInfo, tab: TabInfo | undefined): MenuCapture {
  const kind = captureKind(info);
  const pageUrl = tab?.url ?? info.pageUrl;
  const pageTitle = tab?.title ?? '';
  if (kind === 'link') {
    const described = tab?.link;
    const link = safeHttpUrl(described?.url) ?? safeHttpUrl(info.linkUrl);
    const raw = (info.linkText ?? info.selectionText ?? '').trim();
    const text = raw && (described?.title || raw);
    const page = safeHttpUrl(pageUrl);
    return {
      kind,
      title: text || link || pageTitle,
      page: { title: text || link, url: link, details: described?.content },
      contentTemplate: `{{link}}${page ? `\n\nFrom ${markdownLink(pageTitle || page, page)}` : ''}`,
    };
  }
  if (kind === 'image') {
    const image = safeHttpUrl(info.srcUrl);
    return {
      kind,
      title: pageTitle ? `Image from ${pageTitle}` : 'Image',
      page: { title: pageTitle, url: pageUrl },
      contentTemplate: `${image ? `![image](${markdownUrl(image)})\n\n` : ''}{{link}}`,
    };
  }
  const page = {
    title: pageTitle,
    url: pageUrl,
    selection: info.selectionText,
    selectionMarkdown: info.selectionMarkdown,
    text: info.pageText,
    details: tab?.details,
  };
  return { kind, title: pageTitle, page };
}
