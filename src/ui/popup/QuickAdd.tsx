import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { MessageResult } from '../../messaging/protocol';
import { ContentPreview } from './ContentPreview';
import { OutboxList } from './OutboxList';
import { ProjectPicker } from './ProjectPicker';
import { SiteRuleChip } from './SiteRuleChip';
import { useContentDraft } from './content-draft';
import { usePrefilledPage } from './use-page';
import type { PopupData } from './popup-view';
import { ChipList, QuickAddForm, QuickAddStatus } from './QuickAddParts';
import { useConnected, usePopupLists } from './use-popup-lists';
import { useQuickAddLine } from './use-quick-add-line';
import { useSave } from './use-save';
import type { SendMessage } from '../../messaging/send';

export interface QuickAddProps {
  call: SendMessage;
  /** What the popup showed last time, if it knows: the first render shows it. */
  snapshot?: PopupData;
  /** Lists and outbox as storage has them when the popup opens: read while the first render happens. */
  initial: Promise<PopupData>;
  /** Lists and outbox as the background changes them while the popup is open. */
  watch: (onChange: (data: PopupData) => void) => () => void;
  /** The tab the popup is about, when it was opened for one (`popup.html?tabId=…`); else the active tab. */
  tabId?: number;
  openSettings: () => void;
  close: () => void;
}

function ok<T>(result: MessageResult<T>): T | undefined {
  return result.ok ? result.data : undefined;
}

/**
 * The popup: ready to type the moment it opens (the lists come from the cache,
 * the page and a fresh list arrive behind it), chips as you type, Enter saves.
 */
export function QuickAdd({ call, snapshot, initial, watch, tabId, openSettings, close }: QuickAddProps) {
  const input = useRef<HTMLInputElement>(null);
  const line = useQuickAddLine(call, input);
  const lists = usePopupLists(snapshot, initial, watch);
  const [includePage, setIncludePage] = useState(true);
  const { page, rule, ruleRemoved, removeRule, onTyped } = usePrefilledPage(call, tabId, line, input);
  /** The description a capture of the page would have, and the user's own version once edited. */
  const { draft, withText, setWithText, facts, editedContent, setEditedContent } = useContentDraft(
    call,
    page,
    tabId,
    !ruleRemoved,
  );
  /** The list the capture goes to: a typed ~list, else the site rule's until the user picks one, else the picked. */
  const listId = line.preview?.project?.id ?? ((!lists.picked && rule?.projectId) || lists.projectId);

  // Focus in the same frame as the first render: `autofocus` waits for the next one.
  useLayoutEffect(() => input.current?.focus(), []);
  const connected = useConnected(call);

  const { saving, result, error, save } = useSave(call, close, () => {
    line.clear();
    setEditedContent(undefined);
  });
  const submit = () =>
    save({
      text: line.text,
      keptAsText: line.keptAsText,
      projectId: listId,
      page: includePage ? facts : undefined,
      siteRule: !ruleRemoved,
      // What the preview showed (or the user wrote) is what is saved.
      content: includePage ? (editedContent ?? draft?.text) : undefined,
    });

  const outboxAction = (
    type: 'outbox.retry' | 'outbox.remove' | 'outbox.sendHere' | 'outbox.edit',
    id: string,
    title?: string,
  ) =>
    void call(type, title === undefined ? { id } : { id, title }).then((r) => lists.setOutbox(ok(r) ?? lists.outbox));

  return (
    <main class="quick-add">
      <QuickAddHeader openSettings={openSettings} />
      <QuickAddForm input={input} line={line} saving={saving} onSave={() => void submit()} onTyped={onTyped} />
      <ChipList chips={line.chips} preview={line.preview} onRemove={line.removeChip} />
      <div class="quick-add__options">
        <ProjectPicker list={lists.projects} selected={listId} onSelect={lists.pickProject} />
        {rule && <SiteRuleChip rule={rule} onRemove={removeRule} />}
      </div>
      {page && (page.url || page.selection) && (
        <ContentPreview
          draft={draft}
          included={includePage}
          onInclude={setIncludePage}
          withText={page.scriptable ? withText : undefined}
          onWithText={setWithText}
          edited={editedContent}
          onEdit={setEditedContent}
        />
      )}
      <QuickAddStatus
        error={error}
        result={result}
        preview={line.preview}
        connected={connected}
        openSettings={openSettings}
      />
      <OutboxList
        outbox={lists.outbox}
        onRetry={(id) => outboxAction('outbox.retry', id)}
        onSendHere={(id) => outboxAction('outbox.sendHere', id)}
        onRemove={(id) => outboxAction('outbox.remove', id)}
        onEdit={(id, title) => outboxAction('outbox.edit', id, title)}
      />
    </main>
  );
}

function QuickAddHeader({ openSettings }: { openSettings: () => void }) {
  return (
    <header class="quick-add__header">
      <h1>Add to TickTick</h1>
      <button type="button" class="link-button" onClick={openSettings}>
        Settings
      </button>
    </header>
  );
}
