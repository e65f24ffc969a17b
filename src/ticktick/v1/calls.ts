import { createHttp, type FetchLike, type Http } from '../http';
import type { SchemaMode } from '../model';
import { regionEndpoints } from '../regions';
import { z } from '../zod';
import { validateRequest } from '../validate-request';
import {
  CreateProjectV1,
  CreateTaskV1,
  MoveTaskV1,
  MovedTaskV1,
  ProjectDataV1,
  ProjectV1,
  TaskV1,
  UpdateProjectV1,
  UpdateTaskV1,
} from './schemas';

export interface V1ClientOptions {
  /** An OAuth access token or a personal `tp_` token. */
  token: string;
  /** API root with its path; `https://api.ticktick.com/open/v1` by default. */
  baseUrl?: string;
  fetch?: FetchLike;
  /** Reject unknown keys in answers (for tests that watch the API for changes). */
  strict?: boolean;
  timeoutMs?: number;
}

/** A V1 connection: the request function, carrying the token, and the models' mode. */
export interface V1Api {
  http: Http;
  mode: SchemaMode;
}

/** The connection each call takes: the extension builds only this, and imports only the calls it makes. */
export function v1Api(options: V1ClientOptions): V1Api {
  return {
    mode: options.strict ? 'strict' : 'tolerant',
    http: createHttp({
      baseUrl: options.baseUrl ?? regionEndpoints('ticktick').v1,
      fetch: options.fetch,
      timeoutMs: options.timeoutMs,
      headers: () => ({ authorization: `Bearer ${options.token}` }),
    }),
  };
}

const id = (value: string) => encodeURIComponent(value);

/** `GET /project`: every project but the Inbox. */
export const getProjects = async ({ http, mode }: V1Api) =>
  http({ method: 'GET', path: '/project', schema: z.array(ProjectV1(mode)), schemaName: 'ProjectV1[]' });

/** `GET /project/{id}`. */
export const getProject = async ({ http, mode }: V1Api, projectId: string) =>
  http({ method: 'GET', path: `/project/${id(projectId)}`, schema: ProjectV1(mode), schemaName: 'ProjectV1' });

/** `GET /project/{id}/data`: the project, its undone tasks and columns; `"inbox"` names the Inbox. */
export const getProjectWithData = async ({ http, mode }: V1Api, projectId: string) =>
  http({
    method: 'GET',
    path: `/project/${id(projectId)}/data`,
    schema: ProjectDataV1(mode),
    schemaName: 'ProjectDataV1',
  });

export const createProject = async ({ http, mode }: V1Api, data: CreateProjectV1) =>
  http({
    method: 'POST',
    path: '/project',
    json: validateRequest(CreateProjectV1(mode), data, 'CreateProjectV1'),
    schema: ProjectV1(mode),
    schemaName: 'ProjectV1',
  });

export const updateProject = async ({ http, mode }: V1Api, projectId: string, data: UpdateProjectV1) =>
  http({
    method: 'POST',
    path: `/project/${id(projectId)}`,
    json: validateRequest(UpdateProjectV1(mode), data, 'UpdateProjectV1'),
    schema: ProjectV1(mode),
    schemaName: 'ProjectV1',
  });

export const deleteProject = async ({ http }: V1Api, projectId: string) =>
  http({ method: 'DELETE', path: `/project/${id(projectId)}` });

export const getTask = async ({ http, mode }: V1Api, projectId: string, taskId: string) =>
  http({
    method: 'GET',
    path: `/project/${id(projectId)}/task/${id(taskId)}`,
    schema: TaskV1(mode),
    schemaName: 'TaskV1',
  });

/** `POST /task`; without a projectId the task lands in the Inbox. */
export const createTask = async ({ http, mode }: V1Api, data: CreateTaskV1) =>
  http({
    method: 'POST',
    path: '/task',
    json: validateRequest(CreateTaskV1(mode), data, 'CreateTaskV1'),
    schema: TaskV1(mode),
    schemaName: 'TaskV1',
  });

/** `POST /task/{id}`; the body repeats the task's `id` and `projectId`. */
export const updateTask = async ({ http, mode }: V1Api, taskId: string, data: UpdateTaskV1) =>
  http({
    method: 'POST',
    path: `/task/${id(taskId)}`,
    json: validateRequest(UpdateTaskV1(mode), data, 'UpdateTaskV1'),
    schema: TaskV1(mode),
    schemaName: 'TaskV1',
  });

export const completeTask = async ({ http }: V1Api, projectId: string, taskId: string) =>
  http({ method: 'POST', path: `/project/${id(projectId)}/task/${id(taskId)}/complete` });

export const deleteTask = async ({ http }: V1Api, projectId: string, taskId: string) =>
  http({ method: 'DELETE', path: `/project/${id(projectId)}/task/${id(taskId)}` });

/** `POST /task/move`: moves tasks between projects (an update cannot). */
export const moveTasks = async ({ http, mode }: V1Api, moves: MoveTaskV1[]) =>
  http({
    method: 'POST',
    path: '/task/move',
    json: moves.map((move) => validateRequest(MoveTaskV1(mode), move, 'MoveTaskV1')),
    schema: z.array(MovedTaskV1(mode)),
    schemaName: 'MovedTaskV1[]',
  });
