import { v1Api, type V1ClientOptions } from './calls';
import * as calls from './calls';
import type { CreateProjectV1, CreateTaskV1, MoveTaskV1, UpdateProjectV1, UpdateTaskV1 } from './schemas';

export type { V1ClientOptions } from './calls';

/**
 * The official V1 Open API: pyticktick's eleven V1 calls, plus moving a task.
 * Every answer is parsed; every failure is a TickTickError.
 */
export function createV1Client(options: V1ClientOptions) {
  const api = v1Api(options);
  return {
    getProjects: () => calls.getProjects(api),
    getProject: (projectId: string) => calls.getProject(api, projectId),
    getProjectWithData: (projectId: string) => calls.getProjectWithData(api, projectId),
    createProject: (data: CreateProjectV1) => calls.createProject(api, data),
    updateProject: (projectId: string, data: UpdateProjectV1) => calls.updateProject(api, projectId, data),
    deleteProject: (projectId: string) => calls.deleteProject(api, projectId),
    getTask: (projectId: string, taskId: string) => calls.getTask(api, projectId, taskId),
    createTask: (data: CreateTaskV1) => calls.createTask(api, data),
    updateTask: (taskId: string, data: UpdateTaskV1) => calls.updateTask(api, taskId, data),
    completeTask: (projectId: string, taskId: string) => calls.completeTask(api, projectId, taskId),
    deleteTask: (projectId: string, taskId: string) => calls.deleteTask(api, projectId, taskId),
    moveTasks: (moves: MoveTaskV1[]) => calls.moveTasks(api, moves),
  };
}

export type V1Client = ReturnType<typeof createV1Client>;
