import type { Plugin } from 'vite';

/**
 * Readability sets `innerHTML` twice, both on the copy of the page it reads
 * (page-text.js never changes the live page): to restore the article's
 * container between its attempts, and to unwrap images kept in `<noscript>`.
 * `web-ext lint` reports each as UNSAFE_VAR_ASSIGNMENT, and the extension's
 * bundles hold no `innerHTML` assignment at all. This keeps the container as
 * a copy of its nodes instead of its HTML, and leaves `<noscript>` images
 * wrapped (a task's Markdown keeps no image). The build fails if Readability's
 * code no longer reads as expected (an upgrade must look again).
 */
const READABILITY = /[\\/]node_modules[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/;
const REPLACEMENTS: [from: string, to: string][] = [
  ['var pageCacheHtml = page.innerHTML;', 'var pageCacheHtml = page.cloneNode(true);'],
  ['page.innerHTML = pageCacheHtml;', 'page.replaceChildren(...pageCacheHtml.cloneNode(true).childNodes);'],
  ['this._unwrapNoscriptImages(this._doc);', '/* <noscript> images stay wrapped: no image is kept */'],
  // The unwrapping itself, now never called, parses no HTML either.
  ['tmp.innerHTML = noscript.innerHTML;', 'tmp.replaceChildren(...noscript.cloneNode(true).childNodes);'],
];

export function readabilityWithoutInnerHtml(code: string): string {
  let result = code;
  for (const [from, to] of REPLACEMENTS) {
    const count = result.split(from).length - 1;
    if (count !== 1)
      throw new Error(`Expected "${from}" once in Readability, found it ${count} times: update this plugin`);
    result = result.replace(from, to);
  }
  return result;
}

export function readabilityWithoutInnerHtmlPlugin(): Plugin {
  return {
    name: 'ttc-readability-without-inner-html',
    enforce: 'pre',
    transform(code, id) {
      return READABILITY.test(id) ? { code: readabilityWithoutInnerHtml(code), map: null } : null;
    },
  };
}
