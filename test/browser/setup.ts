import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');

/** `wxt build` with these arguments, as a global setup runs it before a browser suite. */
export function buildExtension(args: string[]): void {
  // Vitest sets NODE_ENV=test, which would make the builds use Preact's dev JSX runtime.
  const { NODE_ENV: _testEnv, ...env } = process.env;
  execFileSync('npx', ['wxt', 'build', ...args], { cwd: root, env, stdio: 'pipe' });
}

/**
 * The browser a suite runs in, or '' when it is missing on a developer's
 * machine (the suite is then skipped, loudly). CI must have it: there a
 * missing browser fails the run.
 */
export function findBrowser(browser: { name: string; path: string; envVar: string; aptPackage: string }): string {
  if (existsSync(browser.path)) {
    const version = execFileSync(browser.path, ['--version'], { encoding: 'utf8' }).trim();
    console.log(`${browser.name} tests run in ${version} (${browser.path}) with the e2e build loaded.`);
    return browser.path;
  }
  const install = `apt-get install -y ${browser.aptPackage}`;
  if (process.env.CI)
    throw new Error(`Browser tests need ${browser.name} at ${browser.path}; CI must install it (${install}).`);
  console.warn(`
##########################################################################
#  ${browser.name.toUpperCase()} TESTS SKIPPED: no ${browser.name} at ${browser.path}
#  Install it (sudo ${install}) or set ${browser.envVar},
#  then run npm test again. CI always runs them.
##########################################################################
`);
  return '';
}

/** Debian's Chromium, or the one CHROMIUM_PATH names: see findBrowser. */
export const findChromium = (): string =>
  findBrowser({
    name: 'Chromium',
    path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    envVar: 'CHROMIUM_PATH',
    aptPackage: 'chromium',
  });
