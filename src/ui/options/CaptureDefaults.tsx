import { useEffect, useState } from 'preact/hooks';
import type { CaptureSettingsView, ProjectList } from '../../messaging/protocol';
import type { SendMessage } from '../../messaging/send';
import { FormError } from './FormError';
import { formatTags, parseTags, PRIORITY_NAMES } from './tag-field';

/** The settings as stored, and a save that answers with them or says why not. */
function useCaptureSettings(call: SendMessage) {
  const [settings, setSettings] = useState<CaptureSettingsView | null>(null);
  const [saved, setSaved] = useState('');
  const [error, setError] = useState<{ code: 'validation'; message: string } | null>(null);
  useEffect(() => {
    void call('settings.get', {}).then((r) => r.ok && setSettings(r.data));
  }, [call]);
  const save = async (change: Partial<CaptureSettingsView>) => {
    const result = await call('settings.set', change);
    if (result.ok) {
      setSettings(result.data);
      setError(null);
      setSaved('Saved');
      setTimeout(() => setSaved(''), 1500);
    } else {
      setError({ code: 'validation', message: result.error.message });
    }
  };
  return { settings, saved, error, save };
}

type Save = (change: Partial<CaptureSettingsView>) => Promise<void>;

/** Defaults for every capture; each change is saved at once. */
export function CaptureDefaults({ call }: { call: SendMessage }) {
  const { settings, saved, error, save } = useCaptureSettings(call);
  const [projects, setProjects] = useState<ProjectList | null>(null);
  useEffect(() => {
    void call('projects.get', {}).then((r) => r.ok && setProjects(r.data));
  }, [call]);

  if (!settings) return null;
  return (
    <section class="options__section" aria-labelledby="defaults-heading">
      <h2 id="defaults-heading">
        Capture defaults{' '}
        <span class="saved" role="status">
          {saved}
        </span>
      </h2>
      <div class="defaults">
        <label for="default-project">Default list</label>
        <select
          id="default-project"
          class="field"
          value={settings.defaultProjectId ?? ''}
          onChange={(event) => void save({ defaultProjectId: event.currentTarget.value || undefined })}
        >
          <option value="">Inbox</option>
          {projects?.projects.map((p) => (
            <option value={p.id}>{p.name}</option>
          ))}
        </select>

        <TagsField initial={settings.defaultTags} save={save} />

        <label for="default-priority">Default priority</label>
        <select
          id="default-priority"
          class="field"
          value={String(settings.defaultPriority)}
          onChange={(event) =>
            void save({ defaultPriority: Number(event.currentTarget.value) as CaptureSettingsView['defaultPriority'] })
          }
        >
          {PRIORITY_NAMES.map(([value, label]) => (
            <option value={String(value)}>{label}</option>
          ))}
        </select>

        <label for="default-due">Default date</label>
        <select
          id="default-due"
          class="field"
          value={settings.defaultDue}
          onChange={(event) =>
            void save({ defaultDue: event.currentTarget.value as CaptureSettingsView['defaultDue'] })
          }
        >
          <option value="none">None</option>
          <option value="today">Today</option>
          <option value="tomorrow">Tomorrow</option>
        </select>

        <TemplateField initial={settings.contentTemplate} save={save} />

        <span />
        <label class="checkbox">
          <input
            type="checkbox"
            checked={settings.closePopupAfterSave}
            onChange={(event) => void save({ closePopupAfterSave: event.currentTarget.checked })}
          />
          Close the quick-add window after saving
        </label>
      </div>
      <FormError id="defaults-error" error={error} />
    </section>
  );
}

/** Typed as `#tag` words; saved, as lower-case names, when the field is left. */
function TagsField({ initial, save }: { initial: string[]; save: Save }) {
  const [tags, setTags] = useState(formatTags(initial));
  return (
    <>
      <label for="default-tags">Default tags</label>
      <input
        id="default-tags"
        class="field"
        type="text"
        placeholder="#reading #web"
        value={tags}
        onInput={(event) => setTags(event.currentTarget.value)}
        onBlur={() =>
          void save({
            defaultTags: parseTags(tags),
          })
        }
      />
    </>
  );
}

/** The task description's template, saved when the field is left, with the variables it can use. */
function TemplateField({ initial, save }: { initial: string; save: Save }) {
  const [template, setTemplate] = useState(initial);
  return (
    <>
      <label for="content-template">Content template</label>
      <div>
        <textarea
          id="content-template"
          class="field"
          rows={3}
          value={template}
          onInput={(event) => setTemplate(event.currentTarget.value)}
          onBlur={() => void save({ contentTemplate: template })}
        />
        <p class="muted hint">
          {'{{link}}'} the page as a link · {'{{details}}'} what the page adds (an email’s sender) · {'{{quote}}'} the
          selection as a quote · {'{{title}}'} · {'{{url}}'} · {'{{selection}}'} · {'{{date}}'}
        </p>
      </div>
    </>
  );
}
