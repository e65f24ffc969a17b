import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { AccountState } from '../../messaging/protocol';
import type { SendMessage } from '../../messaging/send';
import { NO_POPUP_DATA, type PopupData } from './popup-data';

/**
 * The lists and the outbox the popup shows: the snapshot's at the first
 * render, storage's when its read arrives, then every change; and the list
 * chosen, the default until the user picks one.
 */
export function usePopupLists(
  snapshot: PopupData | undefined,
  initial: Promise<PopupData>,
  watch: (onChange: (data: PopupData) => void) => () => void,
) {
  const [projects, setProjects] = useState((snapshot ?? NO_POPUP_DATA).lists);
  const [projectId, setProjectId] = useState(snapshot?.lists.defaultProjectId);
  /** Once a list is picked, the default that storage names no longer replaces it. */
  const picked = useRef(false);
  const [outbox, setOutbox] = useState((snapshot ?? NO_POPUP_DATA).outbox);

  useLayoutEffect(() => {
    void initial.then((data) => {
      setProjects(data.lists);
      if (!picked.current) setProjectId(data.lists.defaultProjectId);
      setOutbox(data.outbox);
    });
  }, [initial]);
  useEffect(
    () =>
      watch((data) => {
        setProjects(data.lists);
        setOutbox(data.outbox);
      }),
    [watch],
  );

  const pickProject = (id: string | undefined) => {
    picked.current = true;
    setProjectId(id);
  };
  return { projects, projectId, picked: picked.current, pickProject, outbox, setOutbox };
}

/**
 * Whether a way in is connected (until the background says, yes: no warning
 * flashes), and a fresh list from TickTick asked for; both after the first
 * frame, since waking a stopped worker takes CPU the popup needs. The fresh
 * list (at most once a minute) arrives through `watch`.
 */
export function useConnected(call: SendMessage): boolean {
  const [account, setAccount] = useState<AccountState | null>(null);
  useEffect(() => {
    void call('projects.get', { refresh: true });
    void call('account.get', {}).then((r) => setAccount(r.ok ? r.data : null));
  }, [call]);
  return account ? account.v1.connected || account.v2.connected : true;
}
