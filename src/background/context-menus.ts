import { browser } from 'wxt/browser';
import { projectsCacheItem, recentProjectsItem } from '../storage/items';

const CONTEXTS = ['page', 'selection', 'link', 'image'] as const;
export const MENU_ADD = 'ttc-add';
/** "Add page with its text": the page's article as Markdown, to the default list. */
export const MENU_ADD_WITH_TEXT = 'ttc-add-text';
const MENU_ADD_TO = 'ttc-add-to';
const MENU_PROJECT_PREFIX = 'ttc-add-to:';
const INBOX = 'inbox';

function create(id: string, title: string, parentId?: string, contexts: string[] = [...CONTEXTS]): Promise<void> {
  return new Promise((resolve) => {
    browser.contextMenus.create(
      { id, title, parentId, contexts } as Parameters<typeof browser.contextMenus.create>[0],
      () => resolve(),
    );
  });
}

/**
 * "Add to TickTick" (to the default list), "Add page with its text" (pages
 * only), and "Add to…" with the Inbox and the recent lists, for pages,
 * selections, links and images. Rebuilt when the recent lists change.
 */
export async function buildContextMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  await create(MENU_ADD, 'Add to TickTick');
  await create(MENU_ADD_WITH_TEXT, 'Add page with its text', undefined, ['page']);
  await create(MENU_ADD_TO, 'Add to…');
  await create(`${MENU_PROJECT_PREFIX}${INBOX}`, 'Inbox', MENU_ADD_TO);
  const [recent, cache] = await Promise.all([recentProjectsItem.getValue(), projectsCacheItem.getValue()]);
  for (const id of recent) {
    const project = cache?.projects.find((p) => p.id === id);
    if (project && !project.closed) await create(`${MENU_PROJECT_PREFIX}${id}`, project.name, MENU_ADD_TO);
  }
}

/**
 * Which list a click means: `default` for "Add to TickTick", a project id (or
 * undefined for the Inbox) for an "Add to…" entry, `null` for a menu not ours;
 * `withText` for "Add page with its text".
 */
export function menuTarget(
  menuItemId: string | number,
): { project: 'default' | string | undefined; withText?: boolean } | null {
  const id = String(menuItemId);
  if (id === MENU_ADD) return { project: 'default' };
  if (id === MENU_ADD_WITH_TEXT) return { project: 'default', withText: true };
  if (!id.startsWith(MENU_PROJECT_PREFIX)) return null;
  const project = id.slice(MENU_PROJECT_PREFIX.length);
  return { project: project === INBOX ? undefined : project };
}
