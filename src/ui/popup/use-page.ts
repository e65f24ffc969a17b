import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ContentDraft, MessageResult, PageContext, SiteRuleView } from '../../messaging/protocol';
import type { SendMessage } from '../../messaging/send';

/** The page as a capture takes it: its described title and URL, the lines its description adds, the selection. */
export const pageFacts = (page: PageContext) => ({
  title: page.title,
  url: page.url,
  selection: page.selection,
  details: page.details,
});

const ok = <T>(result: MessageResult<T>): T | undefined => (result.ok ? result.data : undefined);

/**
 * The page the popup is about (asked for after the first frame, with the
 * rest), the description a capture of it would have, and the site rule that
 * applies unless the user removed its chip (then the draft is asked for again,
 * from the defaults). `onPage` runs once the page is known.
 */
export function usePage(call: SendMessage, tabId: number | undefined, onPage: (page: PageContext) => void) {
  const [page, setPage] = useState<PageContext | null>(null);
  const [draft, setDraft] = useState<ContentDraft | null>(null);
  const [ruleRemoved, setRuleRemoved] = useState(false);

  useEffect(() => {
    void call('capture.context', { tabId }).then((r) => {
      const context = ok(r);
      if (!context) return;
      setPage(context);
      onPage(context);
    });
    // Asked for once per popup: `onPage` is left out of the dependencies on purpose.
  }, [call, tabId]);

  useEffect(() => {
    if (!page || !(page.url || page.selection)) return;
    void call('capture.content', { page: pageFacts(page), siteRule: !ruleRemoved }).then((d) =>
      setDraft(ok(d) ?? null),
    );
  }, [call, page, ruleRemoved]);

  const rule: SiteRuleView | undefined = ruleRemoved ? undefined : page?.rule;
  return { page, draft, rule, ruleRemoved, removeRule: () => setRuleRemoved(true) };
}

/**
 * The page, with its described title put in the line once it arrives, unless
 * the user typed first; selected as soon as it is there, so typing replaces it.
 */
export function usePrefilledPage(
  call: SendMessage,
  tabId: number | undefined,
  line: { text: string; setText: (text: string) => void },
  input: RefObject<HTMLInputElement | null>,
) {
  const touched = useRef(false);
  const selectPrefill = useRef(false);
  const described = usePage(call, tabId, (context) => {
    if (touched.current || !context.title) return;
    selectPrefill.current = true;
    line.setText(context.title);
  });
  // In the same task as the prefill reaches the input, before any key typed meanwhile is handled.
  useLayoutEffect(() => {
    if (!selectPrefill.current) return;
    selectPrefill.current = false;
    input.current?.select();
  }, [line.text]);
  return { ...described, onTyped: () => void (touched.current = true) };
}
