import { v2Api, type CompletedTasksQuery, type V2ClientOptions } from './calls';
import * as calls from './calls';
import type { MoveTaskV2, PostBatchProjectV2, PostBatchTaskV2 } from './schemas';

export type { CompletedTasksQuery, V2ClientOptions } from './calls';

/** The undocumented V2 API the web app uses: sync, batches, tags, folders, completed tasks. */
export function createV2Client(options: V2ClientOptions) {
  const api = v2Api(options);
  return {
    getStatus: () => calls.getStatus(api),
    getProfile: () => calls.getProfile(api),
    sync: () => calls.sync(api),
    getProjects: () => calls.getProjects(api),
    getProjectGroups: () => calls.getProjectGroups(api),
    getTags: () => calls.getTags(api),
    batchTasks: (batch: PostBatchTaskV2) => calls.batchTasks(api, batch),
    moveTasks: (moves: MoveTaskV2[]) => calls.moveTasks(api, moves),
    batchProjects: (batch: PostBatchProjectV2) => calls.batchProjects(api, batch),
    getCompletedTasks: (query: CompletedTasksQuery) => calls.getCompletedTasks(api, query),
  };
}

export type V2Client = ReturnType<typeof createV2Client>;
