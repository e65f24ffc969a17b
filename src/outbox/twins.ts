import type { Connections } from '../auth/connections';
import { deleteTask, getProjectWithData } from '../ticktick/v1/calls';
import type { TaskV1 } from '../ticktick/v1/schemas';
import type { SentCapture } from './entry';

/**
 * Chromium sends a request again by itself when a reused keep-alive connection
 * breaks before the answer (measured: 10 of 10 V1 creates that TickTick
 * handled before the connection reset landed twice). The worker sees one
 * success and cannot tell, and V1 makes its own task ids, so the first task is
 * a twin nobody knows of. After each V1 landing the list is read once and
 * that twin, if there is one, is deleted.
 *
 * The twin is the task made just before ours, from the same bytes: TickTick
 * puts each new task above the one before (a lower sortOrder), so it is our
 * task's neighbour below-in-order, identical in everything we sent, and not a
 * task any capture of ours made.
 */
function findResendTwin(tasks: TaskV1[], landedId: string, ours: ReadonlySet<string>): TaskV1 | undefined {
  const landed = tasks.find((task) => task.id === landedId);
  if (landed?.sortOrder === undefined) return undefined;
  let previous: TaskV1 | undefined;
  for (const task of tasks) {
    if (task.sortOrder === undefined || task.sortOrder <= landed.sortOrder) continue;
    if (!previous || task.sortOrder < previous.sortOrder!) previous = task;
  }
  return previous && !ours.has(previous.id) && sameTask(previous, landed) ? previous : undefined;
}

/** Everything a capture sends, and nothing a user would have added since (a checklist). */
function sameTask(a: TaskV1, b: TaskV1): boolean {
  const shape = (t: TaskV1) =>
    JSON.stringify([
      t.title,
      t.content ?? '',
      t.desc ?? '',
      t.isAllDay ?? t.allDay ?? false,
      t.startDate ?? null,
      t.dueDate ?? null,
      t.repeatFlag ?? null,
      t.priority,
      [...(t.tags ?? [])].sort(),
      [...(t.reminders ?? [])].map(String).sort(),
      t.items?.length ?? 0,
    ]);
  return shape(a) === shape(b);
}

/** The V1 project a list of tasks is read from: the Inbox by its alias (its real id is refused there). */
const readableId = (projectId: string) => (projectId.startsWith('inbox') ? 'inbox' : projectId);

/**
 * Looks for the twins of V1 landings not checked yet, one read per list, and
 * deletes them. Returns the captures checked: a read that fails leaves the
 * others to the next round.
 */
export async function removeResendTwins(connections: Connections, sent: SentCapture[]): Promise<Set<string>> {
  const due = sent.filter((record) => record.twinCheck === 'due');
  const ours = new Set(sent.map((record) => record.taskId));
  const checked = new Set<string>();
  for (const projectId of new Set(due.map((record) => record.projectId))) {
    await connections
      .withV1(async (v1) => {
        const { tasks } = await getProjectWithData(v1, readableId(projectId));
        for (const record of due.filter((r) => r.projectId === projectId)) {
          const twin = findResendTwin(tasks, record.taskId, ours);
          if (twin) await deleteTask(v1, projectId, twin.id);
          checked.add(record.captureId);
        }
      })
      .catch((error: unknown) => console.warn('A V1 landing was not checked for a twin yet', error));
  }
  return checked;
}
