import type { Connections } from '../auth/connections';
import { buildTask, pageContent, type PageSource } from '../capture/build-task';
import { describeMenuCapture, type ClickInfo, type TabInfo } from '../capture/menu-capture';
import { parseQuickAdd } from '../capture/quick-add-parser';
import type { CaptureResult, ContentDraft, QuickAddPreview, SiteRuleView, TextSpan } from '../messaging/protocol';
import type { Outbox } from '../outbox/outbox';
import { findProject, rememberRecentProject } from '../projects/projects';
import { limitLength } from '../capture/sanitize';
import type { CaptureTask } from '../outbox/entry';
import { captureSettingsItem, projectsCacheItem, regionItem, siteRulesItem } from '../storage/items';
import { findSiteRule, withSiteRule } from '../capture/site-rules';
import type { Region } from '../ticktick/regions';
import { memoItem } from '../storage/memo';
import { taskWebUrl } from '../ticktick/regions';
import { deleteTask } from '../ticktick/v1/calls';
import { batchTasks } from '../ticktick/v2/calls';

const STORAGE_FULL =
  'The browser’s storage for this extension is full: the capture is kept with only the start of its description.';

interface SubmitInput {
  text: string;
  keptAsText?: TextSpan[];
  projectId?: string;
  page?: PageSource;
  content?: string;
  /** False: the user removed the site rule's chip, so this capture takes the defaults. */
  siteRule?: boolean;
}

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

/** What waiting for TickTick gave: the landed task's answer, or where the capture waits and why. */
async function answerFor(
  deps: CaptureServiceDeps,
  region: () => Promise<Region>,
  task: CaptureTask,
  notices: string[],
): Promise<CaptureResult> {
  const { entry, sent, persisted } = await deps.outbox.capture(task);
  // Off the critical path: it only orders the list picker and the "Add to…" menu.
  const remembered = rememberRecentProject(task.projectId).catch((error: unknown) =>
    console.warn('Recent list not remembered', error),
  );
  let timer: number | undefined;
  const outcome = await Promise.race([
    sent,
    new Promise<undefined>((resolve) => {
      timer = setTimeout(resolve, deps.sendBudgetMs ?? 4000) as unknown as number;
    }),
  ]);
  clearTimeout(timer);
  if (outcome && 'landed' in outcome) {
    const [name] = await Promise.all([region(), remembered]);
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

/** Undo: deletes the task a capture made, or drops the capture if it was not sent yet. */
async function undoCapture({ outbox, connections }: CaptureServiceDeps, captureId: string): Promise<void> {
  if (await outbox.isWaiting(captureId)) {
    await outbox.remove(captureId);
    // Removed while its send was under way: it may have landed all the same.
    if (!(await outbox.sentRecord(captureId))) return;
  }
  const sent = await outbox.sentRecord(captureId);
  if (!sent) return;
  try {
    await connections.withV2((v2) => batchTasks(v2, { delete: [{ taskId: sent.taskId, projectId: sent.projectId }] }));
  } catch {
    await connections.withV1((v1) => deleteTask(v1, sent.projectId, sent.taskId));
  }
  await outbox.forgetSent(captureId);
}

/** The user's defaults, and the site rule that matches `url` (the page or link a capture is about). */
function capturePreferences() {
  // Read by every capture, written rarely (settings, a list refresh, a region change).
  const settingsItem = memoItem(captureSettingsItem);
  const rulesItem = memoItem(siteRulesItem);
  const ruleFor = async (url: string | undefined) => findSiteRule(await rulesItem.getValue(), url);
  return {
    ruleFor,
    /** The defaults as the matching rule changes them, unless the user set the rule aside (`useRule: false`). */
    async settingsFor(url: string | undefined, useRule = true) {
      const settings = await settingsItem.getValue();
      return useRule ? withSiteRule(settings, (await ruleFor(url))?.rule) : settings;
    },
  };
}

/** From typed text, a page or a right-click to a task in the outbox, sent at once when TickTick answers quickly. */
export function createCaptureService(deps: CaptureServiceDeps) {
  const { ruleFor, settingsFor } = capturePreferences();
  const projectsItem = memoItem(projectsCacheItem);
  const region = memoItem(regionItem);
  const findList = async (name: string) => findProject((await projectsItem.getValue())?.projects ?? [], name);
  const send = (task: CaptureTask, notices: string[]) => answerFor(deps, () => region.getValue(), task, notices);

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

  async function submit(input: SubmitInput): Promise<CaptureResult> {
    const parsed = read(input.text, input.keptAsText);
    const settings = await settingsFor(input.page?.url, input.siteRule);
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
    return send(task, notices);
  }

  /**
   * A right-click or the capture shortcut: no typing, the user's defaults as the site's rule changes them;
   * `project` is a list, or `default` for the default one.
   */
  async function captureClick(info: ClickInfo, tab: TabInfo | undefined, project?: string): Promise<CaptureResult> {
    const capture = describeMenuCapture(info, tab);
    const settings = await settingsFor(capture.page.url);
    const { task, notices } = buildTask({
      parsed: read(''),
      page: capture.page,
      fallbackTitle: capture.title,
      projectId: project === 'default' ? settings.defaultProjectId : project,
      settings: capture.contentTemplate ? { ...settings, contentTemplate: capture.contentTemplate } : settings,
      timeZone: deps.timeZone(),
      now: deps.now(),
    });
    return send(task, notices);
  }

  /** What the description of a capture of this page will be, for the popup to show (and let the user edit). */
  async function draftContent(page: PageSource, useRule?: boolean): Promise<ContentDraft> {
    return pageContent(page, (await settingsFor(page.url, useRule)).contentTemplate, deps.now());
  }

  /** The site rule that applies to a page, as the popup shows it. */
  async function siteRuleView(url: string | undefined): Promise<SiteRuleView | undefined> {
    const found = await ruleFor(url);
    return found && { index: found.index, pattern: found.rule.pattern, projectId: found.rule.projectId };
  }

  const undo = (captureId: string) => undoCapture(deps, captureId);
  return { preview, submit, captureClick, draftContent, siteRuleView, undo };
}

export type CaptureService = ReturnType<typeof createCaptureService>;
