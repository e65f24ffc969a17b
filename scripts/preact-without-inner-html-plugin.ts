import type { Plugin } from 'vite';

/**
 * Preact's renderer sets `innerHTML` for one prop only, `dangerouslySetInnerHTML`,
 * which this extension never uses: its pages build every node from text. That
 * one assignment is what `web-ext lint` reports as UNSAFE_VAR_ASSIGNMENT (once
 * per bundle that holds Preact), and it is the one way raw HTML could reach an
 * extension page. This replaces it with an error that names the prop, so the
 * bundles hold no `innerHTML` assignment at all. The build fails if Preact's
 * code no longer has exactly one such assignment (a Preact upgrade must look
 * again), rather than ship it unnoticed.
 */
const PREACT_RENDERER = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/;
/** `dom.innerHTML = newHtml.__html`, whatever the minifier named the two. */
const INNER_HTML_ASSIGNMENT = /\b[\w$]+\.innerHTML\s*=\s*[\w$]+\.__html\b/g;
const REFUSAL = `(() => { throw new Error('dangerouslySetInnerHTML is not supported in this extension'); })()`;

export function withoutInnerHtmlAssignment(code: string): string {
  const found = code.match(INNER_HTML_ASSIGNMENT) ?? [];
  if (found.length !== 1) {
    throw new Error(
      `Expected one innerHTML assignment in Preact's renderer, found ${found.length}: update this plugin`,
    );
  }
  return code.replace(INNER_HTML_ASSIGNMENT, REFUSAL);
}

export function preactWithoutInnerHtmlPlugin(): Plugin {
  return {
    name: 'ttc-preact-without-inner-html',
    enforce: 'pre',
    transform(code, id) {
      return PREACT_RENDERER.test(id) ? { code: withoutInnerHtmlAssignment(code), map: null } : null;
    },
  };
}
