import { describe, expect, it, vi } from 'vitest';
import { createMessageRouter, type MessageHandlers } from './router';

const own = { id: 'abcdefghijklmnopabcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop' };
const ownPage = { id: own.id, url: `${own.origin}/popup.html` };

function makeRouter(handlers: Partial<MessageHandlers> = {}) {
  const ping = vi.fn(async () => ({ pong: true as const, version: '1.2.3', apiOrigin: 'https://ticktick.com' }));
  const route = createMessageRouter({
    // Only ping is exercised here; the other handlers are not reached.
    handlers: { ping, ...handlers } as MessageHandlers,
    own,
    describeError: (error) => ({ code: 'internal', message: error instanceof Error ? error.message : 'oops' }),
  });
  return { route, ping };
}

describe('message router', () => {
  it('answers ping from an extension page', async () => {
    const { route, ping } = makeRouter();
    await expect(route({ type: 'ping', payload: {} }, ownPage)).resolves.toEqual({
      ok: true,
      data: { pong: true, version: '1.2.3', apiOrigin: 'https://ticktick.com' },
    });
    expect(ping).toHaveBeenCalledOnce();
  });

  it.each([
    ['a content script on a web page', { id: own.id, url: 'https://evil.example/' }],
    [
      'another extension',
      { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/x.html' },
    ],
    ['a sender without url', { id: own.id }],
    ['a sender with a malformed url', { id: own.id, url: 'not a url' }],
  ])('refuses %s without running the handler', async (_name, sender) => {
    const { route, ping } = makeRouter();
    const result = await route({ type: 'ping', payload: {} }, sender);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(ping).not.toHaveBeenCalled();
  });

  it('refuses unknown types and bad payloads', async () => {
    const { route, ping } = makeRouter();
    expect(await route({ type: 'steal-token' }, ownPage)).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    expect(await route('ping', ownPage)).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    const extra = await route({ type: 'ping', payload: { token: 'x' } }, ownPage);
    expect(extra).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    expect(ping).not.toHaveBeenCalled();
  });

  it('turns a thrown error into an error result', async () => {
    const { route } = makeRouter({
      ping: async () => {
        throw new Error('boom');
      },
    });
    await expect(route({ type: 'ping', payload: {} }, ownPage)).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: 'boom' },
    });
  });
});
