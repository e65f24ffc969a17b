import type { CaptureSettings, ProjectsCache } from '../storage/items';

/** The lists a capture can go to, as pages show them. */
export interface ProjectList {
  inboxId?: string;
  projects: { id: string; name: string; groupId?: string; kind?: 'TASK' | 'NOTE'; color?: string }[];
  groups: { id: string; name: string }[];
  recent: string[];
  defaultProjectId?: string;
  fetchedAt?: number;
}

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
