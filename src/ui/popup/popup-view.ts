import type { OutboxView, ProjectList } from '../../messaging/protocol';

/** What the popup shows: the lists to pick from and the captures waiting. */
export interface PopupData {
  lists: ProjectList;
  outbox: OutboxView;
}

/** Before the read (or when it failed): no lists, nothing waiting. */
export const NO_POPUP_DATA: PopupData = {
  lists: { projects: [], groups: [], recent: [] },
  outbox: { total: 0, first: [] },
};
