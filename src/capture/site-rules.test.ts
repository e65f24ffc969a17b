import { describe, expect, it } from 'vitest';
import { DEFAULT_CAPTURE_SETTINGS } from '../storage/items';
import { findSiteRule, ruleMatches, SITE_PATTERN, withSiteRule, type SiteRule } from './site-rules';

describe('ruleMatches', () => {
  it.each([
    ['github.com', 'https://github.com/acme/app/issues/1', true],
    ['github.com', 'https://www.github.com/', true],
    ['google.com', 'https://mail.google.com/mail/u/0/#inbox/x', true],
    ['github.com', 'https://notgithub.com/acme', false],
    ['github.com', 'https://github.com.evil.example/acme', false],
    ['GitHub.com/Acme', 'https://github.com/acme/app', true],
    ['github.com/acme', 'https://github.com/acme', true],
    ['github.com/acme/', 'https://github.com/acme/app', true],
    ['github.com/acme', 'https://github.com/acme-corp/app', false],
    ['github.com/acme/app', 'https://github.com/acme/other', false],
    ['example.com/docs', 'https://example.com/?next=/docs', false],
  ])('%s and %s: %s', (pattern, url, matches) => {
    expect(ruleMatches(pattern, new URL(url))).toBe(matches);
  });

  it('accepts hosts and paths as patterns, and refuses schemes, spaces and bare words', () => {
    expect(
      ['github.com', 'github.com/acme', 'mail.google.com', 'gitlab.example.org/-/issues'].map((p) =>
        SITE_PATTERN.test(p),
      ),
    ).toEqual([true, true, true, true]);
    expect(['https://github.com', 'github', 'git hub.com', ''].map((p) => SITE_PATTERN.test(p))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('findSiteRule', () => {
  const rules: SiteRule[] = [
    { pattern: 'github.com/acme', projectId: 'work', tags: ['acme'] },
    { pattern: 'github.com', tags: ['code'] },
  ];

  it('takes the first rule that matches, and says which', () => {
    expect(findSiteRule(rules, 'https://github.com/acme/app/pull/3')).toEqual({ rule: rules[0], index: 0 });
    expect(findSiteRule(rules, 'https://github.com/nodejs/node')).toEqual({ rule: rules[1], index: 1 });
  });

  it('finds none for other sites, no URL or a URL that is not one', () => {
    expect(findSiteRule(rules, 'https://example.com/')).toBeUndefined();
    expect(findSiteRule(rules, undefined)).toBeUndefined();
    expect(findSiteRule(rules, 'not a url')).toBeUndefined();
  });
});

describe('withSiteRule', () => {
  const defaults = { ...DEFAULT_CAPTURE_SETTINGS, defaultProjectId: 'inbox-list', defaultTags: ['web'] };

  it('sets the list, priority and template, and adds its tags to the default ones', () => {
    const rule: SiteRule = {
      pattern: 'github.com',
      projectId: 'work',
      tags: ['code', 'web'],
      priority: 3,
      contentTemplate: '{{url}}',
    };
    expect(withSiteRule(defaults, rule)).toEqual({
      ...defaults,
      defaultProjectId: 'work',
      defaultTags: ['web', 'code'],
      defaultPriority: 3,
      contentTemplate: '{{url}}',
    });
  });

  it('leaves what the rule does not set as the defaults have it', () => {
    expect(withSiteRule(defaults, { pattern: 'github.com', tags: [], contentTemplate: '' })).toEqual(defaults);
    expect(withSiteRule(defaults, undefined)).toBe(defaults);
  });
});
