import type { Priority } from '../../ticktick/types';

/** Tags as a field shows them: `#reading #web`. */
export const formatTags = (tags: readonly string[]): string => tags.map((tag) => `#${tag}`).join(' ');

/** Tags as typed (`#Reading, web`), as TickTick names them: lower case, without `#`. */
export const parseTags = (typed: string): string[] =>
  typed
    .split(/[\s,]+/)
    .map((tag) => tag.replace(/^#/, '').toLowerCase())
    .filter(Boolean);

/** TickTick's priorities, as the settings page names them. */
export const PRIORITY_NAMES: [Priority, string][] = [
  [0, 'None'],
  [1, 'Low'],
  [3, 'Medium'],
  [5, 'High'],
];
