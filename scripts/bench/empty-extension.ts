import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The floor of the cold-start figure: an extension whose worker does nothing
 * but make the capture's request when a page asks. Its V2 headers come from a
 * static declarativeNetRequest rule, which the browser applies without any
 * work in the worker; the session token is one the bench made in the sandbox.
 */
export async function writeEmptyExtension(dir: string, options: { apiOrigin: string; token: string }) {
  await mkdir(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'Bench: empty worker',
    version: '1.0.0',
    background: { service_worker: 'worker.js' },
    permissions: ['declarativeNetRequest'],
    host_permissions: [`${options.apiOrigin}/*`],
    declarative_net_request: { rule_resources: [{ id: 'v2', enabled: true, path: 'rules.json' }] },
  };
  const rules = [
    {
      id: 1,
      priority: 1,
      action: {
        type: 'modifyHeaders',
        requestHeaders: [
          { header: 'origin', operation: 'set', value: 'https://ticktick.com' },
          { header: 'referer', operation: 'set', value: 'https://ticktick.com/' },
          { header: 'cookie', operation: 'set', value: `t=${options.token}` },
        ],
      },
      condition: { urlFilter: `|${options.apiOrigin}/api/v2/`, resourceTypes: ['xmlhttprequest'] },
    },
  ];
  const worker = `chrome.runtime.onMessage.addListener((message, _sender, reply) => {
  fetch(message.url, { method: 'POST', headers: message.headers, body: message.body })
    .then((response) => response.text().then(() => reply({ ok: response.ok })))
    .catch(() => reply({ ok: false }));
  return true;
});
`;
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  await writeFile(path.join(dir, 'rules.json'), JSON.stringify(rules, null, 2));
  await writeFile(path.join(dir, 'worker.js'), worker);
  await writeFile(path.join(dir, 'page.html'), '<!doctype html><html lang="en"><title>Bench</title></html>');
}
