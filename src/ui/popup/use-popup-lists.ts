import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { AccountState } from '../../messaging/protocol';
import type { SendMessage } from '../../messaging/send';
import { NO_POPUP_DATA, type PopupData } from './popup-view';

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
  /** The user's pick (the Inbox is `id: undefined`), absent until they pick. */
  const [pick, setPick] = useState<{ id: string | undefined }>();
  const [outbox, setOutbox] = useState((snapshot ?? NO_POPUP_DATA).outbox);

  useLayoutEffect(() => {
    void initial.then((data) => {
      setProjects(data.lists);
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

  const pickProject = (id: string | undefined) => setPick({ id });
  // The chosen list: the user's pick, else the default the lists name.
  const projectId = pick ? pick.id : projects.defaultProjectId;
  return { projects, projectId, picked: pick !== undefined, pickProject, outbox, setOutbox };
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
