import { useEffect, useState } from 'preact/hooks';
import type { CaptureSettingsView, ProjectList } from '../../messaging/protocol';
import type { SendMessage } from '../../messaging/send';
import { FormError } from './FormError';

const PRIORITIES: [CaptureSettingsView['defaultPriority'], string][] = [
  [0, 'None'],
  [1, 'Low'],
  [3, 'Medium'],
  [5, 'High'],
];

/** Defaults for every capture; each change is saved at once. */
export function CaptureDefaults({ call }: { call: SendMessage }) {
  const [settings, setSettings] = useState<CaptureSettingsView | null>(null);
  const [projects, setProjects] = useState<ProjectList | null>(null);
  const [tags, setTags] = useState('');
  const [template, setTemplate] = useState('');
  const [saved, setSaved] = useState('');
  const [error, setError] = useState<{ code: 'validation'; message: string } | null>(null);

  useEffect(() => {
    void call('settings.get', {}).then((r) => {
      if (!r.ok) return;
      setSettings(r.data);
      setTags(r.data.defaultTags.map((t) => `#${t}`).join(' '));
      setTemplate(r.data.contentTemplate);
    });
    void call('projects.get', {}).then((r) => r.ok && setProjects(r.data));
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
              defaultTags: tags
                .split(/[\s,]+/)
                .map((t) => t.replace(/^#/, '').toLowerCase())
                .filter(Boolean),
            })
          }
        />

        <label for="default-priority">Default priority</label>
        <select
          id="default-priority"
          class="field"
          value={String(settings.defaultPriority)}
          onChange={(event) =>
            void save({ defaultPriority: Number(event.currentTarget.value) as CaptureSettingsView['defaultPriority'] })
          }
        >
          {PRIORITIES.map(([value, label]) => (
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
