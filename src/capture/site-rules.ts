import type { CaptureSettings } from './capture-settings';
import type { Priority } from '../ticktick/types';

/**
 * A rule for the captures of one site: `pattern` is a host (`github.com`, which
 * also matches `www.` and other subdomains) or a host and a path prefix
 * (`github.com/acme`, whole path segments: not `/acme-corp`), without scheme,
 * case-insensitive. What it sets replaces the defaults; its tags are added to them.
 */
export interface SiteRule {
  pattern: string;
  /** Absent: the default list. */
  projectId?: string;
  tags: string[];
  priority?: Priority;
  /** Absent or empty: the default template. */
  contentTemplate?: string;
}

/** What a pattern may look like: a host name, then optionally a path. */
export const SITE_PATTERN = /^[a-z\d.-]+\.[a-z\d-]+(?:\/\S*)?$/i;

/** Whether `url` is on the pattern's host (or a subdomain of it) and under its path prefix. */
export function ruleMatches(pattern: string, url: URL): boolean {
  const [host, ...path] = pattern.trim().toLowerCase().split('/');
  const hostname = url.hostname.toLowerCase();
  if (!host || (hostname !== host && !hostname.endsWith(`.${host}`))) return false;
  const prefix = `/${path.join('/')}`.replace(/\/+$/, '');
  const pathname = url.pathname.toLowerCase();
  return !prefix || pathname === prefix || pathname.startsWith(`${prefix}/`);
}

/** The first rule whose pattern matches `rawUrl`, and its place in the list. */
export function findSiteRule(rules: readonly SiteRule[], rawUrl: string | undefined) {
  let url: URL;
  try {
    url = new URL(rawUrl ?? '');
  } catch {
    return undefined;
  }
  const index = rules.findIndex((rule) => ruleMatches(rule.pattern, url));
  return index < 0 ? undefined : { rule: rules[index]!, index };
}

/** The user's defaults as the rule changes them. */
export function withSiteRule(settings: CaptureSettings, rule: SiteRule | undefined): CaptureSettings {
  if (!rule) return settings;
  return {
    ...settings,
    defaultProjectId: rule.projectId ?? settings.defaultProjectId,
    defaultTags: [...new Set([...settings.defaultTags, ...rule.tags])],
    defaultPriority: rule.priority ?? settings.defaultPriority,
    contentTemplate: rule.contentTemplate || settings.contentTemplate,
  };
}
