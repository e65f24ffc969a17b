import type { Readable } from 'node:stream';
import type { Browser } from 'puppeteer-core';
import { evaluateInChrome } from './bidi';

/**
 * What Firefox logged for the extension. BiDi reports no console for extension
 * pages, so two other ways in:
 * - `console.*` of every content page goes to Firefox's stdout with the pref
 *   `devtools.console.stdout.content` (the suite's web pages log nothing, so
 *   what comes is the extension's);
 * - uncaught errors and CSP violations are script errors in the browser's
 *   console service, read (and emptied) in the chrome scope, each with the
 *   script or page it came from.
 */
export interface ExtensionLog {
  /** The errors and CSP violations logged since the last take, taken. */
  take(): Promise<{ errors: string[]; cspViolations: string[] }>;
}

interface ScriptError {
  category: string;
  source: string;
  text: string;
  isError: boolean;
}

/** Chrome scope: the console service's script errors since it was last emptied, and empties it. */
function takeScriptErrors(): ScriptError[] {
  const { Services, Ci } = globalThis as unknown as {
    Services: { console: { getMessageArray(): unknown[] | null; reset(): void } };
    Ci: { nsIScriptError: { new (): unknown; warningFlag: number; infoFlag: number } };
  };
  const messages = Services.console.getMessageArray() ?? [];
  Services.console.reset();
  const notError = Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag;
  return messages
    .filter((m) => m instanceof Ci.nsIScriptError)
    .map((m) => {
      const e = m as { category: string; sourceName: string; errorMessage: string; flags: number };
      return { category: e.category, source: e.sourceName, text: e.errorMessage, isError: (e.flags & notError) === 0 };
    });
}

/**
 * Errors Firefox files under the extension's scripts that are not theirs: a
 * promise of a page that was closed while a message to the background was on
 * its way (no code can see that rejection: its page is gone).
 */
const FIREFOX_NOISE = [/^Promise rejected after context unloaded: Actor 'Conduits' destroyed/];

/** Lines of a stream as they come (from now on); a line is kept once its newline has arrived. */
export function linesOf(stream: Readable): string[] {
  const lines: string[] = [];
  let partial = '';
  stream.on('data', (chunk: Buffer) => {
    const parts = (partial + chunk.toString('utf8')).split('\n');
    partial = parts.pop()!;
    lines.push(...parts);
  });
  return lines;
}

/**
 * The log of Firefox's stdout lines (`linesOf` its stdout, from the launch on)
 * and of its console service. `logInBackground` logs a line from the
 * background page: a take waits for its marker to come out, so that nothing
 * logged before the take is left for the next one.
 */
export function watchExtensionLog(
  browser: Browser,
  extension: { origin: string; stdout: string[]; logInBackground: (text: string) => Promise<void> },
): ExtensionLog {
  const { stdout } = extension;
  let markers = 0;
  const ours = (e: ScriptError) => e.source.startsWith(extension.origin) && !FIREFOX_NOISE.some((n) => n.test(e.text));

  async function takeConsoleErrors(): Promise<string[]> {
    const marker = `ttc-log-marker-${++markers}`;
    await extension.logInBackground(marker);
    for (let waited = 0; !stdout.some((line) => line.includes(marker)); waited += 50) {
      if (waited > 5_000)
        throw new Error(`Firefox's stdout never showed ${marker}: is devtools.console.stdout.content set?`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const taken = stdout.splice(0, stdout.findIndex((line) => line.includes(marker)) + 1);
    return taken.filter((line) => line.startsWith('console.error:'));
  }

  return {
    async take() {
      const consoleErrors = await takeConsoleErrors();
      const scriptErrors = (await evaluateInChrome(browser, takeScriptErrors, null)).filter(
        (e) => ours(e) && e.isError,
      );
      const isCsp = (e: ScriptError) => e.category.startsWith('CSP') || e.text.startsWith('Content-Security-Policy');
      return {
        errors: [...consoleErrors, ...scriptErrors.filter((e) => !isCsp(e)).map((e) => `${e.source}: ${e.text}`)],
        cspViolations: scriptErrors.filter(isCsp).map((e) => `${e.source}: ${e.text}`),
      };
    },
  };
}
