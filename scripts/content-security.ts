import type { Plugin } from 'vite';

/**
 * The content security policies of the extension. The manifest's applies to
 * every extension context, the background included, so its connect-src names
 * the TickTick hosts the background calls (and, in test builds, the sandbox);
 * nothing else may be fetched from anywhere. The pages (popup, options) also
 * carry a stricter policy of their own: they never talk to the network at all.
 */
const TICKTICK_ORIGINS = [
  'https://api.ticktick.com',
  'https://api.dida365.com',
  'https://ticktick.com',
  'https://dida365.com',
];

const COMMON = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** The manifest's policy: the background may reach TickTick (and the sandbox on 127.0.0.1 in test builds). */
export function extensionCsp(options: { sandbox: boolean }): string {
  const connect = [...TICKTICK_ORIGINS, ...(options.sandbox ? ['http://127.0.0.1:*'] : [])];
  return [...COMMON, `connect-src ${connect.join(' ')}`].join('; ');
}

/** The pages' own policy: no network for them; everything they show comes from storage and the background. */
export const PAGE_CSP = [...COMMON, "connect-src 'none'"].join('; ');

/**
 * Puts PAGE_CSP into every HTML page of a build. Only builds: `wxt dev` serves
 * page scripts from its own server, which this policy would block.
 */
export function pageCspPlugin(): Plugin {
  return {
    name: 'ttc-page-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const tag = `<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}" />`;
        // After the charset, which comes first; before anything the policy governs.
        return /<meta charset[^>]*>/i.test(html)
          ? html.replace(/<meta charset[^>]*>/i, (charset) => `${charset}\n    ${tag}`)
          : html.replace(/<head>/i, `<head>\n    ${tag}`);
      },
    },
  };
}
