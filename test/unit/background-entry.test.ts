import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { outboxIndexItem } from '../../src/storage/items';

/**
 * The real background entry point, run against WXT's fake browser: its events
 * are fired as the browser would, so what is tested is the wiring itself (which
 * listener reaches which service), not the services alone.
 */
/** An event of the browser's with a way to fire it, for the events the fake browser does not implement. */
function firableEvent<Args extends unknown[]>() {
  const listeners = new Set<(...args: Args) => unknown>();
  return {
    addListener: (listener: (...args: Args) => unknown) => void listeners.add(listener),
    removeListener: (listener: (...args: Args) => unknown) => void listeners.delete(listener),
    hasListener: (listener: (...args: Args) => unknown) => listeners.has(listener),
    trigger: (...args: Args) => Promise.all([...listeners].map((listener) => listener(...args))),
  };
}

/** Replaces each event that the fake browser leaves unimplemented (its addListener throws) with a firable one. */
function implementEvents(api: Record<string, unknown>, names: string[]) {
  for (const name of names) {
    const event = api[name] as { addListener(listener: () => void): void };
    try {
      event.addListener(() => undefined);
    } catch {
      api[name] = firableEvent();
    }
  }
}

const ownPage = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });

async function send(message: unknown, sender: object) {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender as never);
  return answers.find((answer) => answer !== undefined);
}

let menus: string[];
let badge: string;

describe('the background entry point', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // What the fake browser leaves to the test: the manifest, and the calls whose effect is outside the extension.
    fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'test', version: '1.2.3' });
    implementEvents(fakeBrowser.contextMenus as never, ['onClicked']);
    implementEvents(fakeBrowser.commands as never, ['onCommand']);
    implementEvents(fakeBrowser.notifications as never, ['onClicked', 'onButtonClicked']);
    implementEvents(fakeBrowser.alarms as never, ['onAlarm']);
    fakeBrowser.identity.getRedirectURL = () => `https://${fakeBrowser.runtime.id}.chromiumapp.org/`;
    menus = [];
    fakeBrowser.contextMenus.removeAll = async () => void (menus = []);
    fakeBrowser.contextMenus.create = ((properties: { id: string; title: string }) => {
      menus.push(properties.title);
      return properties.id;
    }) as never;
    badge = '';
    fakeBrowser.action.setBadgeText = async ({ text }) => void (badge = text ?? '');
    fakeBrowser.action.setBadgeBackgroundColor = async () => undefined;
    background.main();
  });

  it("answers its own pages' messages through the router", async () => {
    expect(await send({ type: 'ping', payload: {} }, ownPage())).toMatchObject({
      ok: true,
      data: { pong: true, apiOrigin: 'https://api.ticktick.com' },
    });
    expect(await send({ type: 'account.get', payload: {} }, ownPage())).toMatchObject({
      ok: true,
      data: { v1: { connected: false }, v2: { connected: false } },
    });
  });

  it('refuses a message from a web page or another extension', async () => {
    for (const sender of [
      { id: fakeBrowser.runtime.id, url: 'https://example.com/', tab: { id: 1 } },
      { id: 'another-extension', url: 'chrome-extension://another-extension/page.html' },
    ]) {
      expect(await send({ type: 'account.get', payload: {} }, sender)).toMatchObject({
        ok: false,
        error: { code: 'forbidden-sender' },
      });
    }
  });

  it('keeps a shortcut capture made while signed out, waiting in the outbox', async () => {
    // A page where scripts cannot run (the fake browser has no scripting): the capture goes ahead with title and link.
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.com/article', active: true });
    // The title as the browser would report it (tabs.update takes none in the real API; the fake one keeps it).
    await fakeBrowser.tabs.update(tab.id!, { title: 'An article' } as never);
    await (fakeBrowser.commands.onCommand as unknown as ReturnType<typeof firableEvent>).trigger('capture-page', {
      ...tab,
      title: 'An article',
    });
    const waiting = async () =>
      (
        (await send({ type: 'outbox.remove', payload: { id: 'none' } }, ownPage())) as {
          data: { total: number; first: { title: string }[] };
        }
      ).data;
    await vi.waitFor(async () => expect((await waiting()).total).toBe(1));
    expect((await waiting()).first[0]?.title).toBe('An article');
    expect((await outboxIndexItem.getValue()).pages).toHaveLength(1);
    await vi.waitFor(() => expect(badge).toBe('1'));
  });

  it('builds the right-click menu when installed', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(() => expect(menus).toContain('Add to TickTick'));
  });
});
