import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkTTRRule } from '../ticktick/types';
import { parseQuickAdd, type QuickAddResult } from './quick-add-parser';

/**
 * docs/quick-add-phrases.md is the published table of what quick add reads;
 * every row of it is a test here, so the page and the parser cannot drift.
 */

const PAGE = readFileSync(new URL('../../docs/quick-add-phrases.md', import.meta.url), 'utf8');
// The moment and zone the page states.
const NOW = new Date('2026-11-23T15:00:00Z');
const ZONE = 'America/New_York';
const SOURCES = ['TT-SR', 'TT-WEB', 'TT-RRULE', 'TD-DT', 'TD-RD', 'OURS'];

interface Row {
  category: string;
  typed: string;
  title: string;
  due: string;
  repeat: string;
  also: string;
  sources: string[];
}

function rowsOf(page: string): Row[] {
  const rows: Row[] = [];
  let category = '';
  for (const line of page.split('\n')) {
    if (line.startsWith('## ')) category = line.slice(3).trim();
    if (!line.startsWith('| `')) continue;
    const [typed, title, due, repeat, also, source] = line.slice(1, -1).split(' | ');
    rows.push({
      category,
      typed: typed!.trim().replace(/^`|`$/g, ''),
      title: title!.trim(),
      due: due!.trim(),
      repeat: repeat!.trim(),
      also: also!.trim(),
      sources: source!.split(',').map((s) => s.trim()),
    });
  }
  return rows;
}

const dayAndTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** What a row states, from the parse: the same shape as the row's columns. */
function summarise(result: QuickAddResult) {
  const also: string[] = [];
  if (result.tags.length) also.push(`tags=${result.tags.join(',')}`);
  if (result.project) also.push(`list=${result.project}`);
  if (result.priority !== undefined) also.push(`priority=${result.priority}`);
  if (result.reminders.length) also.push(`reminders=${result.reminders.join(',')}`);
  const at = result.due && dayAndTime.format(result.due.date);
  return {
    title: result.title,
    // All-day: the day alone, and it must be that day's midnight in the zone.
    due: at ? (result.due!.allDay ? at.replace(/ 00:00$/, '') : at) : '',
    repeat: result.repeat?.replace(/^RRULE:/, '') ?? '',
    also: also.join('; '),
  };
}

const rows = rowsOf(PAGE);
const categories = [...new Set(rows.map((r) => r.category))];

describe('the published phrase table (docs/quick-add-phrases.md)', () => {
  for (const category of categories) {
    describe(category, () => {
      it.each(rows.filter((r) => r.category === category).map((r) => [r.typed, r] as const))('%j', (typed, row) => {
        expect(summarise(parseQuickAdd(typed, NOW, { timeZone: ZONE }))).toEqual({
          title: row.title,
          due: row.due,
          repeat: row.repeat,
          also: row.also,
        });
      });
    });
  }

  it('names a source from its list for every phrase, and writes repeats TickTick accepts', () => {
    for (const row of rows) {
      for (const source of row.sources) expect(SOURCES, row.typed).toContain(source);
      if (row.repeat) expect(checkTTRRule(`RRULE:${row.repeat}`), row.typed).toBeUndefined();
    }
  });
});
