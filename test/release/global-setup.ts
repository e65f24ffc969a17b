import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { RELEASE_DIR } from '../../scripts/release';
import { findChromium, root } from '../browser/setup';

declare module 'vitest' {
  export interface ProvidedContext {
    releaseDir: string;
    /** Empty when no Chromium was found (developer machines only; CI fails instead). */
    chromiumPath: string;
  }
}

/** Runs `npm run release` once, as a maintainer would, for the tests of what it made. */
export default function setup(project: TestProject): void {
  // Vitest sets NODE_ENV=test, which would make the builds use Preact's dev JSX runtime.
  const { NODE_ENV: _testEnv, ...env } = process.env;
  execFileSync('npm', ['run', '--silent', 'release'], { cwd: root, env, stdio: 'pipe' });
  project.provide('releaseDir', RELEASE_DIR);
  project.provide('chromiumPath', findChromium());
}
