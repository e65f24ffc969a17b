import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildExtension, findBrowser, root } from '../browser/setup';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Empty when no Firefox was found (developer machines only; CI fails instead). */
    firefoxPath: string;
    firefoxExtensionDir: string;
  }
}

/** Finds Firefox and, when there is one, builds the Firefox e2e extension (MV2) once for the Firefox suite. */
export default function setup(project: TestProject): void {
  const firefoxPath = findBrowser({
    name: 'Firefox',
    path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    envVar: 'FIREFOX_PATH',
    aptPackage: 'firefox-esr',
  });
  project.provide('firefoxPath', firefoxPath);
  project.provide('firefoxExtensionDir', path.join(root, '.output/firefox-mv2-e2e'));
  if (firefoxPath) buildExtension(['-b', 'firefox', '--mode', 'e2e']);
}
