/**
 * Keys in `storage.local` of the items the popup reads itself (none is a secret),
 * for code that must read them before the storage library has loaded. items.ts
 * defines the items with these same keys.
 */
export const PAGE_READABLE_KEYS = {
  projectsCache: 'projects.cache',
  recentProjects: 'projects.recent',
  captureSettings: 'settings.capture',
  /** The outbox as the popup lists it: how many wait, and the first few (src/outbox/queue.ts). */
  waiting: 'outbox.waiting',
} as const;
