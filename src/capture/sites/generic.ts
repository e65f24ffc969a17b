/**
 * Any page: the URL without tracking parameters and without a text directive
 * (the rest of the fragment stays: it points at the part the user means), the
 * page's canonical URL when it is on the same host and not the site's root,
 * and the title without a trailing site name. Reads `og:title`,
 * `og:site_name` and `<link rel=canonical>` (readPageMeta).
 */
import type { PageDescription } from '../describe-core';
import { decoded, FACT_LIMIT, type PageReader, type SitePage } from './recipe';

const TRACKING = /^(?:utm_.*|fbclid|gclid|dclid|msclkid|mc_[ce]id|igshid|ref_src|_hs(?:enc|mi)|yclid|share_id)$/;

/** The URL without tracking parameters (nor those `also` names) and without a `:~:text=` directive. */
export function cleanUrl(url: URL, also?: RegExp): string {
  const copy = new URL(url);
  copy.search = url.search
    .slice(1)
    .split('&')
    .filter((part) => {
      const key = part.split('=')[0]!.toLowerCase();
      return part && !TRACKING.test(key) && !also?.test(key);
    })
    .join('&');
  copy.hash = url.hash.replace(/:~:.*/, '').replace(/^#$/, '');
  return copy.href;
}

const bareHost = (url: URL) => url.host.replace(/^www\./, '');

function canonicalUrl({ url, meta }: SitePage): string | undefined {
  if (!meta.canonical) return undefined;
  let canonical: URL;
  try {
    canonical = new URL(meta.canonical, url);
  } catch {
    return undefined;
  }
  const isRoot = canonical.pathname === '/' && !canonical.search;
  if (!/^https?:$/.test(canonical.protocol) || bareHost(canonical) !== bareHost(url) || isRoot) return undefined;
  if (!canonical.hash) canonical.hash = url.hash;
  return cleanUrl(canonical);
}

// Comparable forms of a name: "The Verge", "NYTimes.com" and "nytimes" meet.
const squeeze = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
function nameForms(name: string): string[] {
  const noEnding = name.replace(/\.[a-z]{2,}(?:\.[a-z]{2})?$/i, '');
  return [name, noEnding].flatMap((n) => [squeeze(n), squeeze(n.replace(/^the\s+/i, ''))]).filter(Boolean);
}

function isSiteName(text: string, { url, meta }: SitePage): boolean {
  const names = url.hostname.split('.').slice(0, -1).map(squeeze);
  const siteName = meta['og:site_name'];
  if (siteName && !siteName.includes('://')) names.push(...nameForms(siteName));
  return nameForms(text).some((form) => names.includes(form));
}

/** The title without a trailing site name; only the site name becomes `og:title`; none, the host and path. */
function genericTitle(page: SitePage): string {
  const { title, meta, url } = page;
  if (!title) return meta['og:title'] || bareHost(url) + (url.pathname.length > 1 ? decoded(url.pathname) : '');
  const parts = /^(.*\S) (?:[-–—|·]|::) (\S.*)$/.exec(title);
  if (parts && isSiteName(parts[2]!, page)) return parts[1]!;
  return (isSiteName(title, page) && meta['og:title']) || title;
}

export function describeGeneric(page: SitePage): PageDescription {
  return { kind: 'page', title: genericTitle(page), url: canonicalUrl(page) ?? cleanUrl(page.url) };
}

/** The `<meta>` keys the recipes read; `canonical` always comes with them. */
export const PAGE_META_KEYS = ['og:title', 'og:site_name'];

/** Reader: `<meta>` property or name → content for each of `keys`, and `canonical` (absolute). */
export function readPageMeta(keys: string[], max: number): Record<string, string> {
  const facts: Record<string, string> = {};
  for (const key of keys.slice(0, 20)) {
    const content = document.querySelector(`meta[property="${key}"],meta[name="${key}"]`)?.getAttribute('content');
    if (content?.trim()) facts[key] = content.trim().slice(0, max);
  }
  const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical"][href]')?.href;
  if (canonical) facts.canonical = canonical.slice(0, max);
  return facts;
}

export const PAGE_META_READER: PageReader = { func: readPageMeta, args: [PAGE_META_KEYS, FACT_LIMIT] };
