import type { Http } from '../http';
import type { SchemaMode } from '../model';
import { validateRequest } from '../validate-request';
import { z } from '../zod';
import { createV2Http, type V2Connection } from './connection';
import {
  BatchRespV2,
  MoveTaskV2,
  PostBatchProjectV2,
  PostBatchTaskV2,
  ProjectGroupV2,
  ProjectV2,
  SyncV2,
  TagV2,
  TaskV2,
  UserProfileV2,
  UserStatusV2,
} from './schemas';

export interface V2ClientOptions extends V2Connection {
  /** The session token from sign-on (sent as cookie `t`). */
  token: string;
  strict?: boolean;
}

export interface CompletedTasksQuery {
  from: Date;
  to: Date;
  /** The API pages by 50. */
  limit?: number;
  /** Completed (default) or won't-do tasks. */
  status?: 'Completed' | 'Abandoned';
}

/** `yyyy-MM-dd HH:mm:ss` in UTC, the form the closed-tasks call takes. */
function closedQueryDate(date: Date): string {
  return date.toISOString().slice(0, 19).replace('T', ' ');
}

/** A V2 connection: the request function, carrying the session and the browser headers, and the models' mode. */
export interface V2Api {
  http: Http;
  mode: SchemaMode;
}

/** The connection each call takes: the extension builds only this, and imports only the calls it makes. */
export function v2Api(options: V2ClientOptions): V2Api {
  return { mode: options.strict ? 'strict' : 'tolerant', http: createV2Http(options, options.token) };
}

/** `GET /user/status`: a cheap "am I signed in", with the user id and Inbox id. */
export const getStatus = async ({ http, mode }: V2Api) =>
  http({ method: 'GET', path: '/user/status', schema: UserStatusV2(mode), schemaName: 'UserStatusV2' });

export const getProfile = async ({ http, mode }: V2Api) =>
  http({ method: 'GET', path: '/user/profile', schema: UserProfileV2(mode), schemaName: 'UserProfileV2' });

/** `GET /batch/check/0`: Inbox id, projects, folders, tags and open tasks in one call. */
export const sync = async ({ http, mode }: V2Api) =>
  http({ method: 'GET', path: '/batch/check/0', schema: SyncV2(mode), schemaName: 'SyncV2' });

export const getProjects = async ({ http, mode }: V2Api) =>
  http({ method: 'GET', path: '/projects', schema: z.array(ProjectV2(mode)), schemaName: 'ProjectV2[]' });

export const getProjectGroups = async ({ http, mode }: V2Api) =>
  http({
    method: 'GET',
    path: '/projectGroups',
    schema: z.array(ProjectGroupV2(mode)),
    schemaName: 'ProjectGroupV2[]',
  });

export const getTags = async ({ http, mode }: V2Api) =>
  http({ method: 'GET', path: '/tags', schema: z.array(TagV2(mode)), schemaName: 'TagV2[]' });

/**
 * `POST /batch/task`. An add with a client-made `id` is idempotent: sending
 * it again returns the same etag and makes no second task. Per-item failures
 * come back in `id2error` with a 200.
 */
export const batchTasks = async ({ http, mode }: V2Api, batch: PostBatchTaskV2) =>
  http({
    method: 'POST',
    path: '/batch/task',
    json: validateRequest(PostBatchTaskV2(mode), batch, 'PostBatchTaskV2'),
    schema: BatchRespV2(mode),
    schemaName: 'BatchRespV2',
  });

/** `POST /batch/taskProject`: moves tasks between projects. */
export const moveTasks = async ({ http, mode }: V2Api, moves: MoveTaskV2[]) =>
  http({
    method: 'POST',
    path: '/batch/taskProject',
    json: moves.map((move) => validateRequest(MoveTaskV2(mode), move, 'MoveTaskV2')),
    schema: BatchRespV2(mode),
    schemaName: 'BatchRespV2',
  });

/** `POST /batch/project`: an update must resend `name`; `groupId: "NONE"` ungroups. */
export const batchProjects = async ({ http, mode }: V2Api, batch: PostBatchProjectV2) =>
  http({
    method: 'POST',
    path: '/batch/project',
    json: validateRequest(PostBatchProjectV2(mode), batch, 'PostBatchProjectV2'),
    schema: BatchRespV2(mode),
    schemaName: 'BatchRespV2',
  });

/** `GET /project/all/closed`: tasks completed (or won't-do) between two dates. */
export const getCompletedTasks = async (
  { http, mode }: V2Api,
  { from, to, limit = 50, status = 'Completed' }: CompletedTasksQuery,
) =>
  http({
    method: 'GET',
    path: '/project/all/closed',
    query: { from: closedQueryDate(from), to: closedQueryDate(to), status, limit },
    schema: z.array(TaskV2(mode)),
    schemaName: 'TaskV2[]',
  });
