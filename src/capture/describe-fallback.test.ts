import { describe, expect, it } from 'vitest';
import { describeFallback } from './describe-fallback';
import { describePage } from './describe-page';

describe('describeFallback (the background, where no script runs)', () => {
  it('describes a PDF by its file name, and any page by the generic conventions', () => {
    expect(describeFallback({ url: 'https://example.com/files/Annual%20Report.pdf#page=3', title: '' })).toEqual({
      kind: 'pdf',
      title: 'Annual Report',
      url: 'https://example.com/files/Annual%20Report.pdf#page=3',
    });
    expect(describeFallback({ url: 'https://example.com/a?utm_source=x&id=2', title: 'An article | Example' })).toEqual(
      {
        kind: 'page',
        title: 'An article',
        url: 'https://example.com/a?id=2',
      },
    );
  });

  it('knows no site: a message, an issue or a video is a page, as describePage would make it without its recipe', () => {
    const issue = {
      url: 'https://github.com/acme/app/issues/12?q=1',
      title: 'Crash on start · Issue #12 · acme/app · GitHub',
    };
    expect(describePage(issue).kind).toBe('issue');
    // The generic rules still take the site's name off the title.
    expect(describeFallback(issue)).toEqual({
      kind: 'page',
      title: 'Crash on start · Issue #12 · acme/app',
      url: issue.url,
    });
  });

  it('gives a URL that is not one back as it is, with a clean title', () => {
    expect(describeFallback({ url: 'chrome://extensions/', title: 'Extensions' })).toEqual({
      kind: 'page',
      title: 'Extensions',
      url: 'chrome://extensions/',
    });
  });
});
