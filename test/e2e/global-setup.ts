import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildExtension, findChromium, root } from '../browser/setup';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Empty when no Chromium was found (developer machines only; CI fails instead). */
    chromiumPath: string;
    e2eExtensionDir: string;
    productionExtensionDir: string;
  }
}

/** Builds the e2e and production extensions once and finds Chromium for the browser tests. */
export default function setup(project: TestProject): void {
  buildExtension(['--mode', 'e2e']);
  buildExtension([]);
  project.provide('e2eExtensionDir', path.join(root, '.output/chrome-mv3-e2e'));
  project.provide('productionExtensionDir', path.join(root, '.output/chrome-mv3'));
  project.provide('chromiumPath', findChromium());
}
