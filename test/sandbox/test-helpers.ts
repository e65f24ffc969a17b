import { afterAll, beforeAll, beforeEach } from 'vitest';
import { Sandbox, type SandboxOptions } from './server';

/** Starts one sandbox for a test file, resets faults and the log between tests, stops it at the end. */
export function useSandbox(options: SandboxOptions = {}): () => Sandbox {
  let sandbox: Sandbox | undefined;
  beforeAll(async () => {
    sandbox = new Sandbox(options);
    await sandbox.start();
  });
  beforeEach(() => {
    sandbox!.faults.clear();
    sandbox!.requests.length = 0;
  });
  afterAll(async () => {
    await sandbox?.stop();
  });
  return () => sandbox!;
}

export const BROWSER_HEADERS = {
  origin: 'https://ticktick.com',
  referer: 'https://ticktick.com/',
  'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
  'x-device': JSON.stringify({ platform: 'web', version: 8010, id: '6a0f3c2b1e4d5a6b7c8d9e0f' }),
  'content-type': 'application/json',
};

export function v2Headers(token?: string): Record<string, string> {
  return token ? { ...BROWSER_HEADERS, cookie: `t=${token}` } : { ...BROWSER_HEADERS };
}
