import { describe, expect, it } from 'vitest';
import { DEFAULT_CAPTURE_SETTINGS } from '../storage/items';
import { buildTask, NOTICES } from './build-task';
import { parseQuickAdd } from './quick-add-parser';
import { MAX_LINK_LENGTH, MAX_TITLE_LENGTH } from './sanitize';

const now = new Date('2026-12-01T10:00:00Z');
const build = (typed: string, page?: { title?: string; url?: string; selection?: string }, content?: string) =>
  buildTask({
    parsed: parseQuickAdd(typed, now, { timeZone: 'Europe/Berlin' }),
    typed,
    page,
    content,
    settings: DEFAULT_CAPTURE_SETTINGS,
    timeZone: 'Europe/Berlin',
    now,
  });

describe('nothing is refused for its length', () => {
  it('a typed line too long for a title is cut there and kept whole at the top of the description', () => {
    const typed = `Read ${'very '.repeat(700)}long notes tomorrow`;
    const { task, notices } = build(typed, { title: 'Page', url: 'https://example.com/' });
    expect(task.title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(task.title.startsWith('Read very very')).toBe(true);
    expect(task.content).toBe(`${typed}\n\n[Page](https://example.com/)`);
    expect(notices).toContain(NOTICES.longTitle);
  });

  it('a 40,000-character address is linked without its query; one too long even so is not linked', () => {
    const long = `https://example.com/search?q=${'x'.repeat(40_000)}#part`;
    const withQuery = build('Long address', { title: 'Results', url: long });
    expect(withQuery.task.content).toBe('[Results](https://example.com/search)');
    expect(withQuery.notices).toContain(NOTICES.longLink);

    const longPath = `https://example.com/${'p'.repeat(MAX_LINK_LENGTH)}`;
    const unlinked = build('Long path', { title: 'Deep', url: longPath });
    expect(unlinked.task.content ?? '').not.toContain('example.com');
    expect(unlinked.notices).toContain(NOTICES.noLink);
  });

  it('a 10,000-character address is linked whole', () => {
    const url = `https://example.com/a?token=${'t'.repeat(10_000)}`;
    const { task, notices } = build('Ten thousand', { title: 'Long', url });
    expect(task.content).toBe(`[Long](${url})`);
    expect(notices).toEqual([]);
  });

  it('a description the user edited is used as written, cut to what TickTick takes', () => {
    const { task } = build('Edited', { title: 'Page', url: 'https://example.com/' }, 'My own *notes*');
    expect(task.content).toBe('My own *notes*');
    const huge = build('Huge', undefined, 'n'.repeat(300_000));
    expect(huge.task.content!.length).toBeLessThan(300_000);
    expect(huge.notices).toContain(NOTICES.longContent);
  });
});
