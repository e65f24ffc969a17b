import { empty, json, tickTickError, type Route, type SandboxRequest, type SandboxResponse } from '../http';
import type { SandboxState, StoredProject } from '../state';
import { InputError, readTaskInput } from '../task-input';
import { v1InboxView, v1ProjectView, v1TaskView } from '../views';

/**
 * The official Open API under /open/v1: the eleven calls of pyticktick's V1
 * client plus task move. Auth is `Authorization: Bearer` with an OAuth token or
 * a personal `tp_` token.
 */
export function v1Routes(state: SandboxState): Route[] {
  const authed =
    (handler: (req: SandboxRequest, userId: number) => SandboxResponse) =>
    (req: SandboxRequest): SandboxResponse => {
      const header = req.headers.authorization;
      const token = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
      if (!token) {
        return json(
          { error: 'unauthorized', error_description: 'Full authentication is required to access this resource' },
          401,
        );
      }
      const userId = state.userForV1Token(token);
      if (userId === undefined) {
        return json({ error: 'invalid_token', error_description: 'Invalid access token' }, 401);
      }
      try {
        return handler(req, userId);
      } catch (error) {
        if (error instanceof InputError) return tickTickError(400, 'invalid_param', { message: error.message });
        throw error;
      }
    };

  const resolveProjectId = (userId: number, projectId: string) =>
    projectId === 'inbox' ? state.inboxId(userId) : projectId;

  const ownProject = (userId: number, projectId: string): StoredProject | undefined => {
    const project = state.projects.get(projectId);
    return project && project.userId === userId ? project : undefined;
  };

  /**
   * A task of the user in that project; a soft-deleted one only for a read that also finds those. Writes do not
   * find one, as for an unknown task: a guess (docs/api.md, "What the sandbox guesses").
   */
  const findTask = (userId: number, projectId: string, taskId: string, include: 'live' | 'also-deleted' = 'live') => {
    const task = state.tasks.get(taskId);
    if (!task || task.userId !== userId || task.projectId !== resolveProjectId(userId, projectId)) return undefined;
    return task.deleted && include === 'live' ? undefined : task;
  };

  const readProjectBody = (body: unknown): Partial<StoredProject> => {
    const b = (body ?? {}) as Record<string, unknown>;
    const fields: Partial<StoredProject> = {};
    if (typeof b.name === 'string') fields.name = b.name;
    if (typeof b.color === 'string') fields.color = b.color;
    if (typeof b.viewMode === 'string') fields.viewMode = b.viewMode as StoredProject['viewMode'];
    // The official example sends kind in lower case and gets it back in upper case.
    if (typeof b.kind === 'string') fields.kind = b.kind.toUpperCase() as StoredProject['kind'];
    if (typeof b.sortOrder === 'number') fields.sortOrder = BigInt(Math.trunc(b.sortOrder));
    if (typeof b.groupId === 'string') fields.groupId = b.groupId;
    return fields;
  };

  const base = '/open/v1';
  return [
    {
      method: 'GET',
      pattern: `${base}/project`,
      handler: authed((_req, userId) => json(state.projectsOf(userId).map(v1ProjectView))),
    },
    {
      method: 'GET',
      pattern: `${base}/project/:projectId`,
      handler: authed((req, userId) => {
        const project = ownProject(userId, req.params.projectId!);
        return project ? json(v1ProjectView(project)) : tickTickError(404, 'project_not_found');
      }),
    },
    {
      method: 'GET',
      pattern: `${base}/project/:projectId/data`,
      handler: authed((req, userId) => {
        const projectId = resolveProjectId(userId, req.params.projectId!);
        const stored = ownProject(userId, projectId);
        const project =
          projectId === state.inboxId(userId) ? v1InboxView(state, userId) : stored && v1ProjectView(stored);
        if (!project) return tickTickError(404, 'project_not_found');
        // Only undone tasks, as on the real service.
        const tasks = state.tasksOf(userId).filter((t) => t.projectId === projectId && t.status === 0);
        return json({
          project,
          tasks: tasks.map(v1TaskView),
          columns: [],
        });
      }),
    },
    {
      method: 'POST',
      pattern: `${base}/project`,
      handler: authed((req, userId) => {
        const fields = readProjectBody(req.body);
        if (!fields.name) return tickTickError(400, 'invalid_param', { message: 'name is required' });
        return json(v1ProjectView(state.addProject(userId, { ...fields, name: fields.name })));
      }),
    },
    {
      method: 'POST',
      pattern: `${base}/project/:projectId`,
      handler: authed((req, userId) => {
        const project = ownProject(userId, req.params.projectId!);
        if (!project) return tickTickError(404, 'project_not_found');
        Object.assign(project, readProjectBody(req.body));
        return json(v1ProjectView(state.touch(project)));
      }),
    },
    {
      method: 'DELETE',
      pattern: `${base}/project/:projectId`,
      handler: authed((req, userId) => {
        const project = ownProject(userId, req.params.projectId!);
        if (!project) return tickTickError(404, 'project_not_found');
        state.projects.delete(project.id);
        for (const task of state.tasksOf(userId)) if (task.projectId === project.id) task.deleted = 1;
        return empty();
      }),
    },
    {
      method: 'GET',
      pattern: `${base}/project/:projectId/task/:taskId`,
      handler: authed((req, userId) => {
        // A deleted task still reads, changed (docs/api.md, "The sandbox's quirks").
        const task = findTask(userId, req.params.projectId!, req.params.taskId!, 'also-deleted');
        return task ? json(v1TaskView(task)) : tickTickError(404, 'task_not_found');
      }),
    },
    {
      method: 'POST',
      pattern: `${base}/task`,
      handler: authed((req, userId) => {
        const input = readTaskInput((req.body ?? {}) as Record<string, unknown>, 'strings');
        // A task created without a project lands in the Inbox.
        const projectId = resolveProjectId(userId, input.projectId ?? 'inbox');
        if (!state.ownsProject(userId, projectId)) return tickTickError(404, 'project_not_found');
        const { id: _clientId, ...fields } = input;
        return json(v1TaskView(state.addTask(userId, { ...fields, projectId, title: input.title ?? '' })));
      }),
    },
    {
      method: 'POST',
      pattern: `${base}/task/move`,
      handler: authed((req, userId) => {
        if (!Array.isArray(req.body))
          return tickTickError(400, 'invalid_param', { message: 'expected a list of moves' });
        const results = [];
        for (const move of req.body as Record<string, unknown>[]) {
          const task = findTask(userId, String(move.fromProjectId), String(move.taskId));
          const to = resolveProjectId(userId, String(move.toProjectId));
          if (!task || !state.ownsProject(userId, to)) return tickTickError(404, 'task_not_found');
          task.projectId = to;
          results.push({ id: task.id, etag: state.touch(task).etag });
        }
        return json(results);
      }),
    },
    {
      method: 'POST',
      pattern: `${base}/task/:taskId`,
      handler: authed((req, userId) => {
        const body = (req.body ?? {}) as Record<string, unknown>;
        // The update body repeats the task's id and project id.
        if (body.id !== req.params.taskId || typeof body.projectId !== 'string') {
          return tickTickError(400, 'invalid_param', { message: 'id and projectId are required in the body' });
        }
        const task = findTask(userId, body.projectId, req.params.taskId!);
        if (!task) return tickTickError(404, 'task_not_found');
        const { id: _id, projectId: _projectId, ...changes } = readTaskInput(body, 'strings');
        Object.assign(task, changes);
        return json(v1TaskView(state.touch(task)));
      }),
    },
    {
      method: 'POST',
      pattern: `${base}/project/:projectId/task/:taskId/complete`,
      handler: authed((req, userId) => {
        const task = findTask(userId, req.params.projectId!, req.params.taskId!);
        if (!task) return tickTickError(404, 'task_not_found');
        task.status = 2;
        task.completedTime = state.timestamp();
        state.touch(task);
        return empty();
      }),
    },
    {
      method: 'DELETE',
      pattern: `${base}/project/:projectId/task/:taskId`,
      handler: authed((req, userId) => {
        const task = findTask(userId, req.params.projectId!, req.params.taskId!);
        if (!task) return tickTickError(404, 'task_not_found');
        task.deleted = 1;
        state.touch(task);
        return empty();
      }),
    },
  ];
}
