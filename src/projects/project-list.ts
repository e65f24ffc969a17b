import type { ProjectList } from '../messaging/protocol';
import type { CaptureSettings, ProjectsCache } from '../storage/items';

/** What list pickers show: open lists from the cache, the recent ones and the default. */
export function toProjectList(
  cache: ProjectsCache | null,
  recent: string[],
  settings: Pick<CaptureSettings, 'defaultProjectId'>,
): ProjectList {
  return {
    inboxId: cache?.inboxId,
    projects: (cache?.projects ?? []).filter((p) => !p.closed),
    groups: cache?.groups ?? [],
    recent,
    defaultProjectId: settings.defaultProjectId,
    fetchedAt: cache?.fetchedAt,
  };
}
