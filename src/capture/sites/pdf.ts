/**
 * PDFs opened in the browser (a path ending in `.pdf`): when the title is
 * empty or only the file's name, the decoded file name without `.pdf`; the URL
 * kept, fragment (`#page=3`) and all, less tracking. Scripts cannot run in the
 * viewer, so nothing is read from the page.
 */
import { cleanUrl } from './generic';
import { decoded, type SiteRecipe } from './recipe';

export const pdf: SiteRecipe<string> = {
  match: (url) => /\/([^/]+\.pdf)$/i.exec(url.pathname)?.[1],
  describe({ url, title }, file) {
    const name = decoded(file);
    const untitled = !title || title === file || title === name;
    return { kind: 'pdf', title: untitled ? name.replace(/\.pdf$/i, '') : title, url: cleanUrl(url) };
  },
};
