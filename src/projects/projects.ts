import type { Connections } from '../auth/connections';
import { getProjects } from '../ticktick/v1/calls';
import { sync as syncV2 } from '../ticktick/v2/calls';
import { comparableName } from './list-names';
import { projectsCacheItem, recentProjectsItem, type CachedProject, type ProjectsCache } from '../storage/items';

const KEEP_RECENT = 5;

/**
 * Fetches the project list into the cache: V2's sync (projects, folders and the
 * Inbox id in one call) when signed in there, else V1's project list.
 */
export async function refreshProjects(connections: Connections, now: () => number): Promise<ProjectsCache | null> {
  const via = await connections.preferred();
  if (!via) return projectsCacheItem.getValue();
  const cache: ProjectsCache =
    via === 'v2'
      ? await connections.withV2(async (v2) => {
          const sync = await syncV2(v2);
          return {
            fetchedAt: now(),
            inboxId: sync.inboxId,
            projects: sync.projectProfiles.map((p): CachedProject => ({
              id: p.id,
              name: p.name ?? '',
              groupId: p.groupId,
              kind: p.kind,
              color: p.color,
              closed: p.closed,
            })),
            groups: (sync.projectGroups ?? []).map((g) => ({ id: g.id, name: g.name })),
          };
        })
      : await connections.withV1(async (v1) => ({
          fetchedAt: now(),
          projects: (await getProjects(v1)).map((p): CachedProject => ({
            id: p.id,
            name: p.name,
            groupId: p.groupId,
            kind: p.kind,
            color: p.color,
            closed: p.closed,
          })),
          groups: [],
        }));
  await projectsCacheItem.setValue(cache);
  return cache;
}

/** Finds the project a `~name` means: exact, then prefix, then word match; undefined if none or ambiguous. */
export function findProject(projects: CachedProject[], name: string): CachedProject | undefined {
  const wanted = comparableName(name);
  if (!wanted) return undefined;
  const open = projects.filter((p) => !p.closed);
  const exact = open.filter((p) => comparableName(p.name) === wanted);
  if (exact.length === 1) return exact[0];
  const prefix = open.filter((p) => comparableName(p.name).startsWith(wanted));
  if (prefix.length === 1) return prefix[0];
  const word = open.filter((p) =>
    comparableName(p.name)
      .split(' ')
      .some((w) => w.startsWith(wanted)),
  );
  return word.length === 1 ? word[0] : undefined;
}

export async function rememberRecentProject(projectId: string | undefined): Promise<void> {
  if (!projectId) return;
  const recent = await recentProjectsItem.getValue();
  // Unchanged, unwritten: a write rebuilds the right-click menus.
  if (recent[0] === projectId) return;
  await recentProjectsItem.setValue([projectId, ...recent.filter((id) => id !== projectId)].slice(0, KEEP_RECENT));
}
