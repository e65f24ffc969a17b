import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ContentDraft, PageContext, PageTextAnswer } from '../../messaging/protocol';
import type { SendMessage } from '../../messaging/send';

const NOT_READ = 'The page’s text could not be read: its title and address are kept.';

/** The tab the popup is about: the one it was opened for, or its window's active tab. */
async function tabOfPopup(tabId: number | undefined): Promise<number> {
  return tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id ?? -1;
}

/**
 * The page as a capture takes it: its described title and URL, the lines its
 * description adds, the selection (also as Markdown), and the article's
 * Markdown when "Add page with its text" is on.
 */
export const pageFacts = (page: PageContext, text?: PageTextAnswer | null) => ({
  title: page.title,
  url: page.url,
  selection: page.selection,
  selectionMarkdown: page.selectionMarkdown,
  details: page.details,
  text: text?.markdown,
});

/**
 * The description a capture of the page would have (asked of the background
 * whenever the page or the toggle changes), and the "Add the page’s text"
 * toggle: turned on, the article is read from the tab once, and joins the
 * description; null while either is on its way. With them, the user's own
 * version of the description once edited (toggling drops it: it was an edit of
 * another description). `siteRule`: whether the page's site rule applies (its
 * chip not removed).
 */
export function useContentDraft(
  call: SendMessage,
  page: PageContext | null,
  tabId: number | undefined,
  siteRule: boolean,
) {
  const [withText, setWithText] = useState(false);
  const [text, setText] = useState<PageTextAnswer | null>(null);
  const [draft, setDraft] = useState<ContentDraft | null>(null);
  const [editedContent, setEditedContent] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (!page || !(page.url || page.selection)) return undefined;
    let live = true;
    setDraft(null);
    if (withText && !text) {
      void tabOfPopup(tabId)
        .then((id) => call('capture.pageText', { tabId: id }))
        .then((r) => live && setText(r.ok ? r.data : { notices: [NOT_READ] }));
      return () => (live = false);
    }
    const used = withText ? text : null;
    void call('capture.content', { page: pageFacts(page, used), siteRule }).then((r) => {
      if (!live) return;
      setDraft(r.ok ? { text: r.data.text, notices: [...(used?.notices ?? []), ...r.data.notices] } : null);
    });
    return () => (live = false);
  }, [call, page, withText, text, tabId, siteRule]);
  return {
    draft,
    editedContent,
    setEditedContent,
    withText,
    setWithText: (on: boolean) => {
      setEditedContent(undefined);
      setWithText(on);
    },
    facts: page ? pageFacts(page, withText ? text : null) : undefined,
  };
}
