import type { Connections } from '../auth/connections';
import type { CaptureTask, OutboxEntry } from './entry';
import { TickTickError } from '../ticktick/errors';
import { createTask, getProjectWithData, type V1Api } from '../ticktick/v1/calls';
import { batchTasks } from '../ticktick/v2/calls';
import type { TaskV1 } from '../ticktick/v1/schemas';

export interface Landed {
  taskId: string;
  projectId: string;
  via: 'v1' | 'v2';
}

/**
 * Sends one capture, exactly once. V2: the task carries the capture's id, so
 * a repeated add is a no-op. V1 makes its own ids: when an earlier send may
 * have landed (`maybeSent`), the project is searched for the task first.
 */
export async function sendCapture(
  connections: Connections,
  entry: OutboxEntry,
  via: 'v1' | 'v2',
  maybeSent: boolean,
): Promise<Landed> {
  return via === 'v2' ? sendV2(connections, entry) : sendV1(connections, entry, maybeSent);
}

async function sendV2(connections: Connections, entry: OutboxEntry): Promise<Landed> {
  const { result, projectId } = await connections.withV2(async (v2, session) => {
    const projectId = entry.task.projectId ?? session.inboxId;
    return {
      projectId,
      result: await batchTasks(v2, { add: [{ ...v2Fields(entry.task), id: entry.id, projectId }] }),
    };
  });
  const error = result.id2error[entry.id];
  if (error) {
    throw new TickTickError({
      kind: 'client',
      errorCode: error,
      message:
        error === 'PROJECT_NOT_FOUND'
          ? 'The list this was meant for no longer exists. Pick another list and send it again.'
          : `TickTick did not take this task (${error}).`,
    });
  }
  return { taskId: entry.id, projectId, via: 'v2' };
}

function v2Fields(task: CaptureTask) {
  const { projectId: _projectId, reminders, ...rest } = task;
  return { ...rest, reminders };
}

async function sendV1(connections: Connections, entry: OutboxEntry, maybeSent: boolean): Promise<Landed> {
  return connections.withV1(async (v1) => {
    if (maybeSent) {
      const existing = await findSent(v1, entry.task);
      if (existing) return { taskId: existing.id, projectId: existing.projectId, via: 'v1' as const };
    }
    const { reminders, ...rest } = entry.task;
    const task = await createTask(v1, { ...rest, reminders: reminders?.map((r) => r.trigger) });
    return { taskId: task.id, projectId: task.projectId, via: 'v1' as const };
  });
}

/** The task an earlier, unconfirmed send may have made: same title and content, still open, in the same project. */
async function findSent(v1: V1Api, task: CaptureTask): Promise<TaskV1 | undefined> {
  const data = await getProjectWithData(v1, task.projectId ?? 'inbox');
  return data.tasks.find((t) => t.title === task.title && (t.content ?? '') === (task.content ?? ''));
}
