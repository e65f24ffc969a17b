/**
 * `npm run bench` (`-- --json` for machines): size and speed of the extension,
 * measured in Chromium against the sandbox. Machines here are shared and noisy,
 * so every speed figure is a ratio to its physical floor measured in the same
 * run, with the two measured in alternation. docs/performance.md explains each.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { ChunkReport } from './module-sizes-plugin';
import { describePageFigure } from './bench/describe-page';
import { writeEmptyExtension } from './bench/empty-extension';
import { memoFigure, snapshotFigure } from './bench/optimisations';
import { outboxFigures, popupWithMany } from './bench/outbox';
import { pageTextFigure } from './bench/page-text';
import { READY_OBSERVER, stopAllWorkers, timeOpens } from './bench/pages';
import { median, printTable, ratioFigure, round, type Figure } from './bench/report';
import { popupWithSiteRecipe } from './bench/site-popup';
import { sizeFigures } from './bench/sizes';
import { startSitePages } from '../test/browser/site-pages';
import { launchExtension } from '../test/e2e/launch';
import { DEMO } from '../test/sandbox/seed';
import { startSandbox } from '../test/sandbox/server';

const root = fileURLToPath(new URL('..', import.meta.url));
/** A date, a repeat with a time, two tags, a list and a priority, in 100 characters. */
const QUICK_ADD_LINE =
  'Send the weekly report to the team every other friday at 4pm starting dec 11 #work #reports ~Work !1';
const asJson = process.argv.includes('--json');
// Medians of 40 rather than 20: that halves the run-to-run spread on a shared machine.
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const figures: Figure[] = [];
/**
 * `BENCH_ONLY=outbox` measures only the outbox's figures (and sizes): for work on the outbox;
 * `BENCH_ONLY=popup`, only the popup's readiness beside the sizes: for work on the popup or the page reader;
 * `BENCH_ONLY=optimisations`, what the storage memo and the popup snapshot buy;
 * `BENCH_ONLY=page-text`, only the readable-text reader.
 */
const only = process.env.BENCH_ONLY;
const notes: string[] = [];

// The production build (with a report of its modules) for sizes; the e2e build for speed.
const { NODE_ENV: _ignored, ...env } = process.env;
const moduleSizesFile = path.join(tmpdir(), `ttc-module-sizes-${process.pid}.jsonl`);
rmSync(moduleSizesFile, { force: true });
execFileSync('npx', ['wxt', 'build'], {
  cwd: root,
  env: { ...env, MODULE_SIZES_FILE: moduleSizesFile },
  stdio: 'ignore',
});
execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: root, env, stdio: 'ignore' });
const chunkReports = readFileSync(moduleSizesFile, 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as ChunkReport);
rmSync(moduleSizesFile, { force: true });
figures.push(...sizeFigures(path.join(root, '.output/chrome-mv3'), chunkReports, root));
figures.push(describePageFigure());

const sandbox = await startSandbox();
const scratch = await mkdtemp(path.join(tmpdir(), 'ttc-bench-'));
// A session for the empty extension, made in the sandbox directly: its worker must do nothing to get one.
const emptyToken = `bench-${process.pid}`;
sandbox.state.sessions.set(emptyToken, DEMO.userId);
const emptyDir = path.join(scratch, 'empty-extension');
await writeEmptyExtension(emptyDir, { apiOrigin: sandbox.url, token: emptyToken });
// The local copies of real sites (a GitHub-like issue page for the popup with a site recipe), under their real hosts.
const sitePages = await startSitePages();
const extension = await launchExtension({
  extensionDir: path.join(root, '.output/chrome-mv3-e2e'),
  profileDir: path.join(scratch, 'profile'),
  chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  alongside: [emptyDir],
  args: sitePages.chromiumArgs,
});
const { context, callHook } = extension;
await context.addInitScript({ content: READY_OBSERVER });
// tsx keeps function names with an `__name` helper that pages do not have; functions sent to pages need it.
await context.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });

try {
  await callHook('setApiOrigin', sandbox.url);
  await callHook('signInV2', DEMO.username, DEMO.password);
  const base = `chrome-extension://${extension.extensionId}`;
  const controlPage = await context.newPage();
  await controlPage.goto(`${base}/blank.html`);
  const cdp = await context.newCDPSession(controlPage);

  const outboxBench = { context, callHook, sandbox, controlPage, base, runs: RUNS };
  if (!only || only === 'popup') await measureEverythingElse();
  if (!only || only === 'optimisations') figures.push(await memoFigure(outboxBench), await snapshotFigure(outboxBench));
  if (!only || only === 'outbox') await measureTheOutbox();
  if (!only || only === 'page-text') figures.push(await pageTextFigure({ context, callHook, sandbox }));

  async function measureTheOutbox() {
    // The outbox as it grows: the popup with 1,000 waiting, a capture behind 1,000, flushes of 500 and 1,000.
    figures.push(await popupWithMany(outboxBench, 'Inbox'));
    const grown = await outboxFigures(outboxBench);
    figures.push(...grown.figures);
    notes.push('The outbox as it grows (signed out, captures through the capture service, then a token connected):');
    notes.push(...grown.table);
    notes.push('There is no target for worker cold start: it is reported as a ratio only.');
  }

  async function measureEverythingElse() {
    // 1 and 4. Popup ready against an empty page of the same build, opened the same way, in alternation.
    async function popupReady(label: string, expectedList: string, stopWorkerFirst = false) {
      const popup: number[] = [];
      const blank: number[] = [];
      const before = stopWorkerFirst ? () => stopAllWorkers(cdp) : undefined;
      for (let i = 0; i < RUNS; i++) {
        blank.push(...(await timeOpens(context, `${base}/blank.html`, 1, before)));
        popup.push(...(await timeOpens(context, `${base}/popup.html#${encodeURIComponent(expectedList)}`, 1, before)));
      }
      figures.push(
        ratioFigure(
          `popup ready${label}`,
          popup,
          blank,
          1.25,
          (p, b) => `median popup ${p.toFixed(1)} ms, blank page ${b.toFixed(1)} ms, ${RUNS} opens each`,
        ),
      );
    }

    const work = { id: '632b56b88f081e5cbd9f1def', name: 'Work' };
    const few = { fetchedAt: Date.now(), projects: [work], groups: [] };
    await callHook('seedProjects', few, work.id);
    await popupReady('', work.name);
    await popupReady(' (worker stopped)', work.name, true);
    figures.push(await popupWithSiteRecipe({ context, base, runs: RUNS, callHook, list: work.name }));
    if (only === 'popup') return;

    const groups = Array.from({ length: 50 }, (_, g) => ({
      id: `6${String(g).padStart(23, '0')}`,
      name: `Folder ${g}`,
    }));
    const many = {
      fetchedAt: Date.now(),
      groups,
      projects: Array.from({ length: 1000 }, (_, i) => ({
        id: `7${String(i).padStart(23, '0')}`,
        name: `Project ${i} ${['alpha', 'beta', 'gamma', 'delta'][i % 4]}`,
        groupId: groups[i % 50]!.id,
      })),
    };
    await callHook('seedProjects', many, many.projects[999]!.id);
    await popupReady(' (1,000 lists in 50 folders)', 'Project 999');

    // 4. Filter per keystroke with 1,000 lists: from the input event to the filtered list laid out.
    const picker = await context.newPage();
    await picker.goto(`${base}/popup.html`);
    await picker.getByTestId('project-button').click();
    const perKey = await picker.evaluate(async () => {
      const input = document.getElementById('project-filter') as HTMLInputElement;
      const times: number[] = [];
      let value = '';
      for (const ch of 'project 12 gamma') {
        value += ch;
        const started = performance.now();
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        // Preact renders after the event; a macrotask later the list is in the DOM, and reading a
        // layout property makes the browser lay it out. Waiting for the next frame would only add vsync.
        await new Promise((r) => setTimeout(r, 0));
        void document.getElementById('project-options')?.getBoundingClientRect().height;
        times.push(performance.now() - started);
      }
      return times;
    });
    await picker.close();
    figures.push({
      name: 'picker filter per keystroke (1,000 lists)',
      value: round(median(perKey), 1),
      unit: 'ms (median)',
      target: '< 16',
      met: median(perKey) < 16,
      detail: `${perKey.length} keystrokes, input event to the filtered list rendered and laid out`,
    });

    // Quick add's parse per keystroke, in the worker: a 100-character line with a date, a repeat, two tags, a list
    // and a priority. Typed once to warm the worker up, as the first keystrokes do.
    const parseLine = QUICK_ADD_LINE;
    await callHook('benchParse', parseLine, 5);
    const parsed = await callHook('benchParse', parseLine, 200);
    figures.push({
      name: 'quick-add parse per keystroke',
      value: round(median(parsed.line), 3),
      unit: 'ms (median)',
      target: '< 1',
      met: median(parsed.line) < 1,
      detail: `the whole ${parseLine.length}-character line, ${parsed.line.length} samples of 10 parses; typing it one character at a time, median ${median(parsed.typing).toFixed(3)} ms, slowest ${Math.max(...parsed.typing).toFixed(3)} ms`,
    });

    // 3. Capture cost, warm: requests on the critical path, and time against the same request made bare.
    await callHook('seedProjects', few, undefined);
    await callHook('benchCapture', 'warm-up');
    const captureTimes: number[] = [];
    const bareTimes: number[] = [];
    let requestsPerCapture = 0;
    for (let i = 0; i < RUNS; i++) {
      const before = sandbox.requests.length;
      const { ms, status } = await callHook('benchCapture', `Bench capture ${i}`);
      if (status !== 'sent') throw new Error('a bench capture was not sent');
      requestsPerCapture = Math.max(requestsPerCapture, sandbox.requests.length - before);
      captureTimes.push(ms);
      const bare = await callHook('benchBareAdd', `Bench bare add ${i}`);
      if (!bare.ok) throw new Error('the bare add was refused');
      bareTimes.push(bare.ms);
    }
    figures.push({
      name: 'capture: requests to TickTick (warm)',
      value: requestsPerCapture,
      unit: 'requests',
      target: '= 1',
      met: requestsPerCapture === 1,
    });
    figures.push(
      ratioFigure(
        'capture: time to confirmed',
        captureTimes,
        bareTimes,
        1.5,
        (c, b) => `median capture ${c.toFixed(1)} ms, the same request bare ${b.toFixed(1)} ms, ${RUNS} each`,
      ),
    );

    // 5. Worker cold start: stopped worker to capture handled, against an empty worker making the same request.
    const emptyId = new URL(
      context
        .serviceWorkers()
        .find((w) => w.url().endsWith('/worker.js'))!
        .url(),
    ).host;
    const emptyPage = await context.newPage();
    await emptyPage.goto(`chrome-extension://${emptyId}/page.html`);
    const inbox = `inbox${DEMO.userId}`;
    const coldOurs: number[] = [];
    const coldEmpty: number[] = [];
    const timeMessage = (page: Page, message: unknown) =>
      page.evaluate(async (msg) => {
        const started = performance.now();
        const { runtime } = (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
        ).chrome;
        const answer = (await runtime.sendMessage(msg)) as { ok: boolean; data?: { status?: string } };
        return { ms: performance.now() - started, answer };
      }, message);
    for (let i = 0; i < RUNS; i++) {
      await stopAllWorkers(cdp);
      // What the popup sends when Enter is pressed on the title it prefilled from the page.
      const ours = await timeMessage(controlPage, {
        type: 'capture.submit',
        payload: {
          text: 'How to keep a task list',
          page: { title: 'How to keep a task list', url: `https://example.com/articles/${i}` },
        },
      });
      if (ours.answer.data?.status !== 'sent') throw new Error(`a cold capture was not sent: ${JSON.stringify(ours)}`);
      coldOurs.push(ours.ms);
      await stopAllWorkers(cdp);
      const id = [...crypto.getRandomValues(new Uint8Array(12))].map((b) => b.toString(16).padStart(2, '0')).join('');
      const empty = await timeMessage(emptyPage, {
        url: `${sandbox.url}/api/v2/batch/task`,
        headers: {
          'content-type': 'application/json',
          'x-device': JSON.stringify({ platform: 'web', version: 8010, id }),
        },
        body: JSON.stringify({ add: [{ id, projectId: inbox, title: 'How to keep a task list' }] }),
      });
      if (!empty.answer.ok) throw new Error('the empty worker’s request was refused');
      coldEmpty.push(empty.ms);
    }
    figures.push(
      ratioFigure(
        'worker cold start to capture handled',
        coldOurs,
        coldEmpty,
        undefined,
        (o, e) => `median ${o.toFixed(1)} ms, an empty worker making the same request ${e.toFixed(1)} ms, ${RUNS} each`,
      ),
    );
  }
} finally {
  await context.close();
  await sitePages.stop();
  await sandbox.stop();
  await rm(scratch, { recursive: true, force: true });
}

if (asJson) console.log(JSON.stringify({ measuredAt: new Date().toISOString(), runs: RUNS, figures }, null, 2));
else printTable(figures, notes);
