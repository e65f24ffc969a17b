import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { TEST_HOOKS_GLOBAL } from '../../src/background/test-hooks-name';
import { CHROMIUM_PUBLIC_KEY } from '../../wxt.config';

/** Files of a build (scripts and pages) whose text matches; names only, bundles are too big to print. */
async function filesMatching(dir: string, pattern: string | RegExp): Promise<string[]> {
  const files = (await readdir(dir, { recursive: true })).filter((f) => /\.(js|html)$/.test(f));
  const matching: string[] = [];
  for (const file of files) {
    const text = await readFile(path.join(dir, file), 'utf8');
    if (typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text)) matching.push(file);
  }
  return matching;
}

async function manifest(dir: string) {
  return JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
}

describe('production build', () => {
  const production = inject('productionExtensionDir');
  const e2e = inject('e2eExtensionDir');

  it('is Manifest V3 with no host permission for the sandbox', async () => {
    const prod = await manifest(production);
    expect(prod.manifest_version).toBe(3);
    expect(JSON.stringify(prod)).not.toContain('127.0.0.1');
    // The e2e build is the one that has it, so this test can tell the two apart.
    expect((await manifest(e2e)).host_permissions).toContain('http://127.0.0.1/*');
    // Nor the sites whose local copies the browser tests read without a click's activeTab grant.
    expect((await manifest(e2e)).host_permissions).toContain('https://github.com/*');
    expect(JSON.stringify(prod)).not.toMatch(/mail\.google\.com|github\.com|youtube\.com/);
  });

  it('carries no test page: blank.html is built only for the tests and the bench', async () => {
    const pages = async (dir: string) => (await readdir(dir)).filter((file) => file.endsWith('.html'));
    expect(await pages(production)).not.toContain('blank.html');
    expect(await pages(e2e)).toContain('blank.html');
  });

  it('has no key (the Chrome Web Store refuses one), while the test build keeps the fixed one', async () => {
    expect(await manifest(production)).not.toHaveProperty('key');
    // A stable id, and with it a stable OAuth redirect URL, for development and test builds.
    expect((await manifest(e2e)).key).toBe(CHROMIUM_PUBLIC_KEY);
  });

  it('assigns innerHTML nowhere: the one assignment in Preact, for dangerouslySetInnerHTML, is taken out', async () => {
    expect(await filesMatching(production, /\.innerHTML\s*=(?!=)/)).toEqual([]);
  });

  it('contains no test hooks and no test API origin', async () => {
    for (const marker of [TEST_HOOKS_GLOBAL, 'e2e.apiOrigin']) {
      expect(await filesMatching(production, marker), marker).toEqual([]);
      expect(await filesMatching(e2e, marker), marker).toEqual(['background.js']);
    }
  });

  it('has no eval, no new Function and no development JSX runtime in its bundles', async () => {
    expect(await filesMatching(production, /\beval\(/)).toEqual([]);
    expect(await filesMatching(production, /new Function\(/)).toEqual([]);
    expect(await filesMatching(production, /fileName:"/)).toEqual([]);
  });
});

describe('permissions', () => {
  const production = inject('productionExtensionDir');

  // A snapshot on purpose: any widening must be a visible, reviewed change of this list.
  it('asks for exactly these permissions and hosts, and no content script', async () => {
    const prod = await manifest(production);
    expect({
      permissions: prod.permissions,
      host_permissions: prod.host_permissions,
      optional_permissions: prod.optional_permissions,
      content_scripts: prod.content_scripts,
      externally_connectable: prod.externally_connectable,
    }).toEqual({
      permissions: [
        'storage',
        'identity',
        'declarativeNetRequestWithHostAccess',
        'activeTab',
        'scripting',
        'contextMenus',
        'alarms',
        'notifications',
      ],
      host_permissions: [
        'https://api.ticktick.com/*',
        'https://api.dida365.com/*',
        'https://ticktick.com/oauth/*',
        'https://dida365.com/oauth/*',
      ],
      optional_permissions: undefined,
      content_scripts: undefined,
      externally_connectable: undefined,
    });
  });

  it('has a content security policy that lets the extension fetch TickTick and nothing else', async () => {
    const policy = (await manifest(production)).content_security_policy as { extension_pages: string };
    const directives = Object.fromEntries(
      policy.extension_pages.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives).toMatchObject({
      'default-src': ["'none'"],
      'script-src': ["'self'"],
      'object-src': ["'none'"],
      'connect-src': [
        'https://api.ticktick.com',
        'https://api.dida365.com',
        'https://ticktick.com',
        'https://dida365.com',
      ],
    });
  });
});
