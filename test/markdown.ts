import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** The text under a Markdown heading (the line exactly), up to the next heading of the same or a higher level. */
export function section(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`No "${heading}" heading`);
  const level = heading.match(/^#+/)![0].length;
  const end = lines.findIndex((line, i) => i > start && /^#+ /.test(line) && line.match(/^#+/)![0].length <= level);
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** The lines of the first fenced `sh` block in a text. */
export function shellCommands(markdown: string): string[] {
  const block = markdown.match(/^```sh\n([\s\S]*?)^```$/m);
  if (!block) throw new Error('No ```sh block');
  return block[1]!.split('\n').filter((line) => line.trim() !== '');
}

export interface ListedPermission {
  name: string;
  reason: string;
}

/** A Markdown list's items, each with its wrapped lines joined. */
function bullets(markdown: string): string[] {
  const items: string[] = [];
  for (const line of markdown.split('\n')) {
    if (line.startsWith('- ')) items.push(line.slice(2));
    else if (/^\s+\S/.test(line) && items.length > 0) items[items.length - 1] += ` ${line.trim()}`;
  }
  return items;
}

/**
 * The items of a permission list: "- `name`, `other` — why". Every name in
 * backticks before the dash is listed, with the text after it as its reason.
 */
export function permissionList(markdown: string): ListedPermission[] {
  return bullets(markdown).flatMap((item) => {
    const [names = '', ...why] = item.split(' — ');
    const reason = why.join(' — ').trim();
    return [...names.matchAll(/`([^`]+)`/g)].map((m) => ({ name: m[1]!, reason }));
  });
}

export function readReadme(dir: string): Promise<string> {
  return readFile(path.join(dir, 'README.md'), 'utf8');
}
