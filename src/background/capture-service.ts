import type { Connections } from '../auth/connections';
import { buildTask, type PageSource } from '../capture/build-task';
import { describeMenuCapture, type ClickInfo, type TabInfo } from '../capture/menu-capture';
import { parseQuickAdd } from '../capture/quick-add-parser';
import type { CaptureResult, QuickAddPreview } from '../messaging/protocol';
import type { Outbox } from '../outbox/outbox';
import { findProject, rememberRecentProject } from '../projects/projects';
import {
  captureSettingsItem,
  projectsCacheItem,
  regionItem,
  sentCapturesItem,
  type CaptureTask,
} from '../storage/items';
import { taskWebUrl } from '../ticktick/regions';

export interface CaptureServiceDeps {
  outbox: Outbox;
  connections: Connections;
  now: () => Date;
  timeZone: () => string;
  /** How long a capture may wait for TickTick before the answer is "queued". */
  sendBudgetMs?: number;
}

/** From typed text, a page or a right-click to a task in the outbox, sent at once when TickTick answers quickly. */
export function createCaptureService(deps: CaptureServiceDeps) {
  const budget = deps.sendBudgetMs ?? 4000;

  async function preview(text: string): Promise<QuickAddPreview> {
    const parsed = parseQuickAdd(text, deps.now());
    const notices: string[] = [];
    let project: QuickAddPreview['project'];
    if (parsed.project) {
      const match = findProject((await projectsCacheItem.getValue())?.projects ?? [], parsed.project);
      if (match) project = { id: match.id, name: match.name };
      else notices.push(`No list matches “${parsed.project}”.`);
    }
    return { title: parsed.title, chips: parsed.chips, project, notices };
  }

  async function enqueueAndSend(task: CaptureTask, notices: string[]): Promise<CaptureResult> {
    const entry = await deps.outbox.enqueue(task);
    await rememberRecentProject(task.projectId);
    const outcome = await Promise.race([
      deps.outbox.flush({ only: entry.id }).then((outcomes) => outcomes.find((o) => o.id === entry.id)),
      new Promise<undefined>((resolve) => setTimeout(resolve, budget)),
    ]);
    if (outcome && 'landed' in outcome) {
      const region = await regionItem.getValue();
      return {
        captureId: entry.id,
        status: 'sent',
        message: 'Added to TickTick.',
        taskUrl: taskWebUrl(region, outcome.landed.projectId, outcome.landed.taskId),
        notices,
      };
    }
    const why = outcome && 'error' in outcome ? ` (${outcome.error.message})` : '';
    return {
      captureId: entry.id,
      status: 'queued',
      message: `Saved in the outbox; it will be sent to TickTick${why}.`,
      notices,
    };
  }

  async function submit(input: { text: string; projectId?: string; page?: PageSource }): Promise<CaptureResult> {
    const parsed = parseQuickAdd(input.text, deps.now());
    const settings = await captureSettingsItem.getValue();
    const matched = parsed.project
      ? findProject((await projectsCacheItem.getValue())?.projects ?? [], parsed.project)
      : undefined;
    const { task, notices } = buildTask({
      parsed,
      page: input.page,
      projectId: matched?.id ?? input.projectId,
      settings,
      timeZone: deps.timeZone(),
      now: deps.now(),
    });
    if (parsed.project && !matched) notices.push(`No list matches “${parsed.project}”; saved to the chosen list.`);
    return enqueueAndSend(task, notices);
  }

  /** A right-click or the capture shortcut: no typing, the user's defaults. */
  async function captureClick(info: ClickInfo, tab: TabInfo | undefined, projectId?: string): Promise<CaptureResult> {
    const capture = describeMenuCapture(info, tab);
    const settings = await captureSettingsItem.getValue();
    const { task, notices } = buildTask({
      parsed: parseQuickAdd('', deps.now()),
      page: capture.page,
      fallbackTitle: capture.title,
      projectId,
      settings: capture.contentTemplate ? { ...settings, contentTemplate: capture.contentTemplate } : settings,
      timeZone: deps.timeZone(),
      now: deps.now(),
    });
    return enqueueAndSend(task, notices);
  }

  /** Undo: deletes the task a capture made, or drops the capture if it was not sent yet. */
  async function undo(captureId: string): Promise<void> {
    const queued = (await deps.outbox.list()).some((e) => e.id === captureId);
    if (queued) {
      await deps.outbox.remove(captureId);
      return;
    }
    const sent = (await sentCapturesItem.getValue()).find((s) => s.captureId === captureId);
    if (!sent) return;
    try {
      await deps.connections.withV2((client) =>
        client.batchTasks({ delete: [{ taskId: sent.taskId, projectId: sent.projectId }] }),
      );
    } catch {
      await deps.connections.withV1((client) => client.deleteTask(sent.projectId, sent.taskId));
    }
    await sentCapturesItem.setValue((await sentCapturesItem.getValue()).filter((s) => s.captureId !== captureId));
  }

  return { preview, submit, captureClick, undo };
}

export type CaptureService = ReturnType<typeof createCaptureService>;
