import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { MessageResult, PageContext, SiteRuleView } from '../../messaging/protocol';
import type { SendMessage } from '../../messaging/send';

const ok = <T>(result: MessageResult<T>): T | undefined => (result.ok ? result.data : undefined);

/**
 * The page the popup is about (asked for after the first frame, with the
 * rest), and the site rule that applies unless the user removed its chip
 * (the description is content-draft.ts's). `onPage` runs once the page is known.
 */
export function usePage(call: SendMessage, tabId: number | undefined, onPage: (page: PageContext) => void) {
  const [page, setPage] = useState<PageContext | null>(null);
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

  const rule: SiteRuleView | undefined = ruleRemoved ? undefined : page?.rule;
  return { page, rule, ruleRemoved, removeRule: () => setRuleRemoved(true) };
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
