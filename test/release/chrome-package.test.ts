import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_PUBLIC_KEY } from '../../wxt.config';
import { sendRuntimeMessage } from '../browser/pages';
import { launchExtension, type LaunchedExtension } from '../e2e/launch';
import { extensionIdOf, releasePackage, unpack } from './packages';

const chromiumPath = inject('chromiumPath');

/** An extension page with its console errors and uncaught exceptions recorded. */
async function openRecorded(extension: LaunchedExtension, file: string): Promise<{ page: Page; errors: string[] }> {
  const page = await extension.context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`chrome-extension://${extension.extensionId}/${file}`);
  return { page, errors };
}

describe.skipIf(chromiumPath === '')('the Chrome package, unpacked and loaded in Chromium', () => {
  let extension: LaunchedExtension | undefined;
  const dirs: string[] = [];
  const loaded = () => extension!;

  beforeAll(async () => {
    const [extensionDir, profileDir] = await Promise.all([
      mkdtemp(path.join(tmpdir(), 'ttc-chrome-package-')),
      mkdtemp(path.join(tmpdir(), 'ttc-chrome-profile-')),
    ]);
    dirs.push(extensionDir, profileDir);
    await unpack(await releasePackage('-chrome.zip'), extensionDir);
    // A store package has no blank.html: its own settings page wakes the worker.
    extension = await launchExtension({
      extensionDir,
      profileDir,
      chromiumPath,
      headless: true,
      wakePage: 'options.html',
    });
    extension.context.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await extension?.context.close();
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('starts its background, which answers a page, with no key and an id of its own', async () => {
    const { page, errors } = await openRecorded(loaded(), 'options.html');
    const answer = await page.evaluate(sendRuntimeMessage, { type: 'ping', payload: {} });
    expect(answer).toMatchObject({ ok: true, data: { pong: true, apiOrigin: 'https://api.ticktick.com' } });
    const manifest = await loaded().worker.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { getManifest(): object } } }).chrome.runtime.getManifest(),
    );
    expect(manifest).not.toHaveProperty('key');
    // Without a key Chromium derives the id from the folder; the development key's id is not it.
    expect(loaded().extensionId).toMatch(/^[a-p]{32}$/);
    expect(loaded().extensionId).not.toBe(extensionIdOf(CHROMIUM_PUBLIC_KEY));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('renders its popup ready to type, with no console errors', async () => {
    const { page, errors } = await openRecorded(loaded(), 'popup.html');
    await page.getByRole('heading', { name: 'Add to TickTick' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('quick-add-title');
    await page.keyboard.type('Read this tomorrow #reading');
    await page.locator('.chip--tag').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the redirect URL of its own id on the settings page, for an OAuth app', async () => {
    const { page, errors } = await openRecorded(loaded(), 'options.html');
    await page.getByRole('heading', { name: 'TickTick Capture settings' }).waitFor();
    expect(await page.getByLabel('Redirect URL to register').inputValue()).toBe(
      `https://${loaded().extensionId}.chromiumapp.org/`,
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
