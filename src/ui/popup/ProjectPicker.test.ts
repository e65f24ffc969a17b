import { describe, expect, it } from 'vitest';
import type { ProjectList } from '../../messaging/protocol';
import { projectOptions } from './ProjectPicker';

const list: ProjectList = {
  groups: [
    { id: 'g-work', name: 'Work' },
    { id: 'g-home', name: 'Home' },
  ],
  projects: [
    { id: 'p-loose', name: 'Someday' },
    { id: 'p-report', name: 'Quarterly report', groupId: 'g-work' },
    { id: 'p-garden', name: 'Garden', groupId: 'g-home' },
    { id: 'p-meetings', name: 'Meetings', groupId: 'g-work' },
  ],
  recent: ['p-garden'],
};

const shown = (filter: string) => projectOptions(list, filter).map((o) => `${o.section}/${o.name}`);

describe('the list picker options', () => {
  it('are the Inbox, the recent lists, then lists by folder name with unfiled ones last', () => {
    expect(shown('')).toEqual([
      '/Inbox',
      'Recent/Garden',
      'Home/Garden',
      'Work/Quarterly report',
      'Work/Meetings',
      'Lists/Someday',
    ]);
  });

  it('match every typed word in the list name or its folder name, ignoring case and symbols', () => {
    expect(shown('REPORT')).toEqual(['Work/Quarterly report']);
    expect(shown('work')).toEqual(['Work/Quarterly report', 'Work/Meetings']);
    expect(shown('work meet')).toEqual(['Work/Meetings']);
    expect(shown('home report')).toEqual([]);
    expect(shown('in')).toEqual(['/Inbox', 'Work/Meetings']);
  });
});
