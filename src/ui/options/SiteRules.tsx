import { useEffect, useState } from 'preact/hooks';
import type { SiteRule } from '../../capture/site-rules';
import type { MessageError, ProjectList } from '../../messaging/protocol';
import type { SendMessage } from '../../messaging/send';
import { FormError } from './FormError';
import { formatTags, parseTags, PRIORITY_NAMES } from './tag-field';

/** A rule as its fields hold it while the user edits: the tags as typed. */
interface RuleRow extends Omit<SiteRule, 'tags'> {
  tags: string;
}

const PRIORITIES: [string, string][] = [
  ['', 'Default'],
  ...PRIORITY_NAMES.map(([value, name]): [string, string] => [String(value), name]),
];

const toRow = (rule: SiteRule): RuleRow => ({ ...rule, tags: formatTags(rule.tags) });
/** The rules to save: rows without a site are still being written. */
const toRules = (rows: RuleRow[]): SiteRule[] =>
  rows
    .filter((row) => row.pattern.trim())
    .map(({ tags, ...row }) => ({
      ...row,
      pattern: row.pattern.trim().replace(/^https?:\/\//i, ''),
      tags: parseTags(tags),
    }));

interface RowProps {
  row: RuleRow;
  n: number;
  projects: ProjectList | null;
  onChange: (change: Partial<RuleRow>, save?: boolean) => void;
  onSave: () => void;
  onRemove: () => void;
}

interface RuleTextProps {
  id: string;
  label: string;
  placeholder: string;
  value: string;
  onInput: (value: string) => void;
  onSave: () => void;
}

/** A rule's one-line text field: kept as typed, saved when it loses focus. */
function RuleText({ id, label, placeholder, value, onInput, onSave }: RuleTextProps) {
  return (
    <>
      <label for={id}>{label}</label>
      <input
        id={id}
        class="field"
        type="text"
        placeholder={placeholder}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
        onBlur={onSave}
      />
    </>
  );
}

/** One rule's fields; a text field is saved when it loses focus, a choice at once. */
function SiteRuleRow({ row, n, projects, onChange, onSave, onRemove }: RowProps) {
  const id = (field: string) => `rule-${n}-${field}`;
  return (
    <fieldset class="site-rule" data-testid="site-rule-row">
      <legend class="sr-only">Rule {n + 1}</legend>
      <RuleText
        id={id('pattern')}
        label="Site"
        placeholder="github.com/acme"
        value={row.pattern}
        onInput={(pattern) => onChange({ pattern })}
        onSave={onSave}
      />
      <label for={id('list')}>List</label>
      <select
        id={id('list')}
        class="field"
        value={row.projectId ?? ''}
        onChange={(e) => onChange({ projectId: e.currentTarget.value || undefined }, true)}
      >
        <option value="">Default list</option>
        {projects?.projects.map((p) => (
          <option value={p.id}>{p.name}</option>
        ))}
      </select>
      <RuleText
        id={id('tags')}
        label="Tags"
        placeholder="#work"
        value={row.tags}
        onInput={(tags) => onChange({ tags })}
        onSave={onSave}
      />
      <label for={id('priority')}>Priority</label>
      <select
        id={id('priority')}
        class="field"
        value={row.priority === undefined ? '' : String(row.priority)}
        onChange={(e) =>
          onChange(
            {
              priority:
                e.currentTarget.value === '' ? undefined : (Number(e.currentTarget.value) as SiteRule['priority']),
            },
            true,
          )
        }
      >
        {PRIORITIES.map(([value, label]) => (
          <option value={value}>{label}</option>
        ))}
      </select>
      <label for={id('template')}>Content template</label>
      <textarea
        id={id('template')}
        class="field"
        rows={2}
        placeholder="The default template"
        value={row.contentTemplate ?? ''}
        onInput={(e) => onChange({ contentTemplate: e.currentTarget.value || undefined })}
        onBlur={onSave}
      />
      <span />
      <button type="button" class="link-button" onClick={onRemove}>
        Remove this rule
      </button>
    </fieldset>
  );
}

/** Per-site rules: the first whose site matches a capture's page (or link) sets its list, tags, priority, template. */
export function SiteRules({ call }: { call: SendMessage }) {
  const [rows, setRows] = useState<RuleRow[] | null>(null);
  const [projects, setProjects] = useState<ProjectList | null>(null);
  const [error, setError] = useState<MessageError | null>(null);

  useEffect(() => {
    void call('siteRules.get', {}).then((r) => r.ok && setRows(r.data.map(toRow)));
    void call('projects.get', {}).then((r) => r.ok && setProjects(r.data));
  }, [call]);

  const save = async (next: RuleRow[]) => {
    const result = await call('siteRules.set', { rules: toRules(next) });
    setError(result.ok ? null : result.error);
  };
  const update = (n: number, change: Partial<RuleRow>, now = false) => {
    const next = rows!.map((row, i) => (i === n ? { ...row, ...change } : row));
    setRows(next);
    if (now) void save(next);
  };

  if (!rows) return null;
  return (
    <section class="options__section" aria-labelledby="site-rules-heading">
      <h2 id="site-rules-heading">Site rules</h2>
      <p class="muted">
        For captures of one site, or of one part of it: a host (github.com, which includes its subdomains) or a host and
        a path (github.com/acme). The first rule that matches applies, from the popup, the menu and the shortcut.
      </p>
      {rows.map((row, n) => (
        <SiteRuleRow
          row={row}
          n={n}
          projects={projects}
          onChange={(change, now) => update(n, change, now)}
          onSave={() => void save(rows)}
          onRemove={() => {
            const next = rows.filter((_, i) => i !== n);
            setRows(next);
            void save(next);
          }}
        />
      ))}
      <button
        type="button"
        class="button site-rules__add"
        onClick={() => setRows([...rows, { pattern: '', tags: '' }])}
      >
        Add a rule
      </button>
      <FormError id="site-rules-error" error={error} />
    </section>
  );
}
