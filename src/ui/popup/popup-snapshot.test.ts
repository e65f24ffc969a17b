import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearSnapshot } from '../snapshot-key';
import { readSnapshot, writeSnapshot } from './popup-snapshot';
import { NO_POPUP_DATA, type PopupData } from './popup-view';

function memoryStorage() {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
    get length() {
      return values.size;
    },
  };
}

const shown: PopupData = {
  lists: { projects: [{ id: 'p1', name: 'Work' }], groups: [], recent: ['p1'], defaultProjectId: 'p1' },
  outbox: { total: 0, first: [] },
} as unknown as PopupData;

describe('popup snapshot', () => {
  let storage: ReturnType<typeof memoryStorage>;
  beforeEach(() => {
    storage = memoryStorage();
    vi.stubGlobal('localStorage', storage);
  });
  afterEach(() => void vi.unstubAllGlobals());

  it('gives back what was written, and nothing once cleared', () => {
    expect(readSnapshot()).toBeUndefined();
    writeSnapshot(shown);
    expect(readSnapshot()).toEqual(shown);
    clearSnapshot();
    expect(readSnapshot()).toBeUndefined();
    expect(storage.length).toBe(0);
  });

  it('ignores a damaged or foreign value instead of trusting it', () => {
    for (const raw of [
      '{',
      'null',
      '[]',
      '{"lists":{"projects":"x","groups":[]},"outbox":{"first":[]}}',
      // The shape of an older version: its outbox was a plain list.
      '{"lists":{"projects":[],"groups":[]},"outbox":[]}',
      '{"lists":{}}',
    ]) {
      storage.setItem('ttc.popup.snapshot.v2', raw);
      expect(readSnapshot()).toBeUndefined();
    }
    writeSnapshot(NO_POPUP_DATA);
    expect(readSnapshot()).toEqual(NO_POPUP_DATA);
  });

  it('does without when storage refuses (full, or not there)', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    });
    expect(() => writeSnapshot(shown)).not.toThrow();
    expect(readSnapshot()).toBeUndefined();
  });
});
