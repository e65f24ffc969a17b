import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ProjectList } from '../../messaging/protocol';
import { comparableName } from '../../projects/list-names';

export interface ProjectPickerProps {
  list: ProjectList;
  /** undefined: the Inbox. */
  selected: string | undefined;
  onSelect: (projectId: string | undefined) => void;
}

/** Options rendered at once: enough to scroll, few enough to filter 1,000 lists within a frame. */
const MAX_SHOWN = 80;

interface Option {
  id: string | undefined;
  name: string;
  section: string;
}

interface IndexedList {
  id: string;
  name: string;
  section: string;
  /** Comparable forms of the name and of its folder's name (which cannot contain a newline), made once per list. */
  searchable: string;
}

/** Lists in folder order with their comparable names: built once when the lists change, not per keystroke. */
function indexLists(list: ProjectList): IndexedList[] {
  const groupName = new Map(list.groups.map((g) => [g.id, g.name]));
  const indexed = list.projects.map((project) => {
    const folder = groupName.get(project.groupId ?? '');
    return {
      id: project.id,
      name: project.name,
      section: folder ?? 'Lists',
      // Sorting key: folders by name, lists without a folder last.
      order: folder ?? '\uffff',
      searchable: `${comparableName(project.name)}\n${folder ? comparableName(folder) : ''}`,
    };
  });
  const collator = new Intl.Collator();
  indexed.sort((a, b) => collator.compare(a.order, b.order));
  return indexed.map(({ order: _order, ...rest }) => rest);
}

/** Inbox first, then recent lists, then lists by folder; filtered by every typed word (in the name or the folder). */
export function projectOptions(list: ProjectList, filter: string, indexed = indexLists(list)): Option[] {
  const words = comparableName(filter).split(' ').filter(Boolean);
  const options: Option[] = [];
  if (words.every((w) => 'inbox'.includes(w))) options.push({ id: undefined, name: 'Inbox', section: '' });
  if (!words.length) {
    const byId = new Map(list.projects.map((p) => [p.id, p]));
    for (const id of list.recent) {
      const project = byId.get(id);
      if (project) options.push({ id, name: project.name, section: 'Recent' });
    }
  }
  for (const entry of indexed) {
    if (words.every((w) => entry.searchable.includes(w))) {
      options.push({ id: entry.id, name: entry.name, section: entry.section });
    }
  }
  return options;
}

export function ProjectPicker({ list, selected, onSelect }: ProjectPickerProps) {
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState('');
  const [active, setActive] = useState(0);
  const filterRef = useRef<HTMLInputElement>(null);
  // Nothing is sorted or filtered until the picker opens: the popup's first frame does not pay for 1,000 lists.
  const indexed = useMemo(() => (open ? indexLists(list) : []), [list, open]);
  const matching = useMemo(() => (open ? projectOptions(list, filter, indexed) : []), [list, filter, indexed, open]);
  const options = matching.slice(0, MAX_SHOWN);
  const selectedName =
    selected === undefined ? 'Inbox' : (list.projects.find((p) => p.id === selected)?.name ?? 'Inbox');

  useEffect(() => {
    if (open) filterRef.current?.focus();
  }, [open]);

  const choose = (option: Option | undefined) => {
    if (!option) return;
    onSelect(option.id);
    setOpen(false);
    setFilter('');
  };

  return (
    <div class="picker">
      <button
        type="button"
        class="picker__button"
        aria-haspopup="listbox"
        aria-expanded={open}
        data-testid="project-button"
        onClick={() => setOpen(!open)}
      >
        <span class="picker__label">List</span> {selectedName} ▾
      </button>
      {open && (
        <div class="picker__panel">
          <label class="sr-only" for="project-filter">
            Filter lists
          </label>
          <input
            id="project-filter"
            ref={filterRef}
            class="field"
            type="text"
            placeholder="Type to filter lists"
            autoComplete="off"
            role="combobox"
            aria-controls="project-options"
            aria-expanded="true"
            aria-activedescendant={options[active] ? `project-option-${active}` : undefined}
            value={filter}
            onInput={(event) => {
              // Here, not in an effect: an ArrowDown pressed right after a keystroke must move from the new first row.
              setFilter(event.currentTarget.value);
              setActive(0);
            }}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown') setActive(Math.min(active + 1, options.length - 1));
              else if (event.key === 'ArrowUp') setActive(Math.max(active - 1, 0));
              else if (event.key === 'Enter') choose(options[active]);
              else if (event.key === 'Escape') setOpen(false);
              else return;
              event.preventDefault();
              event.stopPropagation();
            }}
          />
          <PickerOptions options={options} more={matching.length - options.length} active={active} choose={choose} />
        </div>
      )}
    </div>
  );
}

interface PickerOptionsProps {
  options: Option[];
  /** How many more match than are shown. */
  more: number;
  active: number;
  choose: (option: Option) => void;
}

/** The rows that match, under their section names, with the count of those not shown. */
function PickerOptions({ options, more, active, choose }: PickerOptionsProps) {
  return (
    <ul id="project-options" class="picker__options" role="listbox" aria-label="Lists">
      {options.map((option, index) => (
        <>
          {option.section && option.section !== options[index - 1]?.section && (
            <li class="picker__section" role="presentation">
              {option.section}
            </li>
          )}
          <li
            id={`project-option-${index}`}
            role="option"
            aria-selected={index === active}
            class={index === active ? 'picker__option picker__option--active' : 'picker__option'}
            onMouseDown={(event) => {
              event.preventDefault();
              choose(option);
            }}
          >
            {option.name}
          </li>
        </>
      ))}
      {options.length === 0 && <li class="picker__empty">No list matches</li>}
      {more > 0 && <li class="picker__empty">{more} more: keep typing to narrow</li>}
    </ul>
  );
}
