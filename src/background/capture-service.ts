import type { Connections } from '../auth/connections';
import { buildTask, pageContent, type PageSource } from '../capture/build-task';
import { describeMenuCapture, type ClickInfo, type TabInfo } from '../capture/menu-capture';
import { parseQuickAdd } from '../capture/quick-add-parser';
import type { CaptureResult, ContentDraft, QuickAddPreview, TextSpan } from '../messaging/protocol';
import type { Outbox } from '../outbox/outbox';
import { findProject, rememberRecentProject } from '../projects/projects';
import { limitLength } from '../capture/sanitize';
import type { CaptureTask } from '../outbox/entry';
import { captureSettingsItem, projectsCacheItem, regionItem } from '../storage/items';
import { memoItem } from '../storage/memo';
import { taskWebUrl } from '../ticktick/regions';
import { deleteTask } from '../ticktick/v1/calls';
import { batchTasks } from '../ticktick/v2/calls';

const STORAGE_FULL =
  'The browser’s storage for this extension is full: the capture is kept with only the start of its description.';

/** How much of a typed line is read for dates, tags and lists. */
const QUICK_ADD_READ_LENGTH = 2000;

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
  // Read by every capture, written rarely (settings, a list refresh, a region change).
  const settingsItem = memoItem(captureSettingsItem);
  const projectsItem = memoItem(projectsCacheItem);
  const region = memoItem(regionItem);
  const findList = async (name: string) => findProject((await projectsItem.getValue())?.projects ?? [], name);

  // A quick-add line is read for dates and tags as far as a line goes; the rest of a pasted text is kept, not read.
  const read = (text: string, keptAsText?: TextSpan[]) =>
    parseQuickAdd(limitLength(text, QUICK_ADD_READ_LENGTH).text, deps.now(), { timeZone: deps.timeZone(), keptAsText });

  async function preview(text: string, keptAsText?: TextSpan[]): Promise<QuickAddPreview> {
    const parsed = read(text, keptAsText);
    const notices: string[] = [];
    let project: QuickAddPreview['project'];
    if (parsed.project) {
      const match = await findList(parsed.project);
      if (match) project = { id: match.id, name: match.name };
      else notices.push(`No list matches “${parsed.project}”.`);
    }
    return { title: parsed.title, chips: parsed.chips, project, notices };
  }

  async function enqueueAndSend(task: CaptureTask, notices: string[]): Promise<CaptureResult> {
    const { entry, sent, persisted } = await deps.outbox.capture(task);
    // Off the critical path: it only orders the list picker and the "Add to…" menu.
    const remembered = rememberRecentProject(task.projectId).catch((error: unknown) =>
      console.warn('Recent list not remembered', error),
    );
    let timer: number | undefined;
    const outcome = await Promise.race([
      sent,
      new Promise<undefined>((resolve) => {
        timer = setTimeout(resolve, budget) as unknown as number;
      }),
    ]);
    clearTimeout(timer);
    if (outcome && 'landed' in outcome) {
      const [name] = await Promise.all([region.getValue(), remembered]);
      return {
        captureId: entry.id,
        status: 'sent',
        message: 'Added to TickTick.',
        taskUrl: taskWebUrl(name, outcome.landed.projectId, outcome.landed.taskId),
        notices,
      };
    }
    // Not landed (yet): "saved in the outbox" only once it is; a failed write fails the capture, text kept.
    const [kept] = await Promise.all([persisted, remembered]);
    if (kept === 'shortened') notices.push(STORAGE_FULL);
    const why = outcome && 'error' in outcome ? ` (${outcome.error.message})` : '';
    return {
      captureId: entry.id,
      status: 'queued',
      message: `Saved in the outbox; it will be sent to TickTick${why}.`,
      notices,
    };
  }

  async function submit(input: {
    text: string;
    keptAsText?: TextSpan[];
    projectId?: string;
    page?: PageSource;
    content?: string;
  }): Promise<CaptureResult> {
    const parsed = read(input.text, input.keptAsText);
    const settings = await settingsItem.getValue();
    const matched = parsed.project ? await findList(parsed.project) : undefined;
    const { task, notices } = buildTask({
      parsed,
      typed: input.text,
      page: input.page,
      content: input.content,
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
    const settings = await settingsItem.getValue();
    const { task, notices } = buildTask({
      parsed: read(''),
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
    if (await deps.outbox.isWaiting(captureId)) {
      await deps.outbox.remove(captureId);
      // Removed while its send was under way: it may have landed all the same.
      if (!(await deps.outbox.sentRecord(captureId))) return;
    }
    const sent = await deps.outbox.sentRecord(captureId);
    if (!sent) return;
    try {
      await deps.connections.withV2((v2) =>
        batchTasks(v2, { delete: [{ taskId: sent.taskId, projectId: sent.projectId }] }),
      );
    } catch {
      await deps.connections.withV1((v1) => deleteTask(v1, sent.projectId, sent.taskId));
    }
    await deps.outbox.forgetSent(captureId);
  }

  /** What the description of a capture of this page will be, for the popup to show (and let the user edit). */
  async function draftContent(page: PageSource): Promise<ContentDraft> {
    const settings = await settingsItem.getValue();
    return pageContent(page, settings.contentTemplate, deps.now());
  }

  return { preview, submit, captureClick, draftContent, undo };
}

export type CaptureService = ReturnType<typeof createCaptureService>;
