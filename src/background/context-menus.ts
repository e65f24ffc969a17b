import { browser } from 'wxt/browser';
import { projectsCacheItem, recentProjectsItem } from '../storage/items';

const CONTEXTS = ['page', 'selection', 'link', 'image'] as const;
const MENU_ADD = 'ttc-add';
const MENU_ADD_TO = 'ttc-add-to';
const MENU_PROJECT_PREFIX = 'ttc-add-to:';
const INBOX = 'inbox';

function create(properties: Parameters<typeof browser.contextMenus.create>[0]): Promise<void> {
  return new Promise((resolve) => {
    browser.contextMenus.create(properties, () => resolve());
  });
}

/**
 * "Add to TickTick" (to the default list) and "Add to…" with the Inbox and the
 * recent lists, for pages, selections, links and images. Rebuilt when the
 * recent lists change.
 */
export async function buildContextMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  await create({ id: MENU_ADD, title: 'Add to TickTick', contexts: [...CONTEXTS] });
  await create({ id: MENU_ADD_TO, title: 'Add to…', contexts: [...CONTEXTS] });
  await create({
    id: `${MENU_PROJECT_PREFIX}${INBOX}`,
    parentId: MENU_ADD_TO,
    title: 'Inbox',
    contexts: [...CONTEXTS],
  });
  const [recent, cache] = await Promise.all([recentProjectsItem.getValue(), projectsCacheItem.getValue()]);
  for (const id of recent) {
    const project = cache?.projects.find((p) => p.id === id);
    if (!project || project.closed) continue;
    await create({
      id: `${MENU_PROJECT_PREFIX}${id}`,
      parentId: MENU_ADD_TO,
      title: project.name,
      contexts: [...CONTEXTS],
    });
  }
}

/**
 * Which list a click means: `default` for "Add to TickTick", a project id (or
 * undefined for the Inbox) for an "Add to…" entry, `null` for a menu not ours.
 */
export function menuTarget(menuItemId: string | number): { project: 'default' | string | undefined } | null {
  const id = String(menuItemId);
  if (id === MENU_ADD) return { project: 'default' };
  if (!id.startsWith(MENU_PROJECT_PREFIX)) return null;
  const project = id.slice(MENU_PROJECT_PREFIX.length);
  return { project: project === INBOX ? undefined : project };
}
