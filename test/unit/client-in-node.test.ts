import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../sandbox/seed';
import { useSandbox } from '../sandbox/test-helpers';

const root = path.resolve(import.meta.dirname, '../..');
const sandbox = useSandbox();

/**
 * Vitest runs with WXT's fake browser; this runs the client in a bare Node
 * process, as a script or another tool would, to prove it needs no browser.
 */
describe('the TickTick client in plain Node', () => {
  it('imports without a browser and talks to the sandbox', async () => {
    const script = `
      const { createV1Client, checkTTRRule } = await import(${JSON.stringify(path.join(root, 'src/ticktick/index.ts'))});
      const projects = await createV1Client({ token: ${JSON.stringify(DEMO.personalToken)}, baseUrl: ${JSON.stringify(`${sandbox().url}/open/v1`)} }).getProjects();
      console.log(JSON.stringify({ count: projects.length, rrule: checkTTRRule('RRULE:FREQ=DAILY;INTERVAL=2') ?? 'valid' }));
    `;
    // Asynchronous: a synchronous child would block the sandbox living in this process.
    const { stdout: output } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { cwd: root, encoding: 'utf8' },
    );
    expect(JSON.parse(output.trim().split('\n').at(-1)!)).toEqual({ count: 4, rrule: 'valid' });
  });
});
