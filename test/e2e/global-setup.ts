import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Empty when no Chromium was found (developer machines only; CI fails instead). */
    chromiumPath: string;
    e2eExtensionDir: string;
    productionExtensionDir: string;
  }
}

const root = path.resolve(import.meta.dirname, '../..');

/** Builds the e2e and production extensions once and finds Chromium for the browser tests. */
export default function setup(project: TestProject): void {
  // Vitest sets NODE_ENV=test, which would make the builds use Preact's dev JSX runtime.
  const { NODE_ENV: _testEnv, ...env } = process.env;
  const build = (args: string[]) => execFileSync('npx', ['wxt', 'build', ...args], { cwd: root, env, stdio: 'pipe' });
  build(['--mode', 'e2e']);
  build([]);
  project.provide('e2eExtensionDir', path.join(root, '.output/chrome-mv3-e2e'));
  project.provide('productionExtensionDir', path.join(root, '.output/chrome-mv3'));

  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(chromium)) {
    project.provide('chromiumPath', chromium);
    const version = execFileSync(chromium, ['--version'], { encoding: 'utf8' }).trim();
    console.log(`Browser tests run in ${version} (${chromium}) with the e2e build loaded.`);
    return;
  }
  if (process.env.CI) {
    throw new Error(`Browser tests need Chromium at ${chromium}; CI must install it (apt-get install -y chromium).`);
  }
  project.provide('chromiumPath', '');
  console.warn(`
##########################################################################
#  BROWSER TESTS SKIPPED: no Chromium at ${chromium}
#  Install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH,
#  then run npm test again. CI always runs them.
##########################################################################
`);
}
