import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describePage, PAGE_META_READER, siteReaderFor, type PageFacts } from './describe-page';
import { MAX_TITLE_LENGTH } from './sanitize';
import { SITES } from './sites';
import { runReader } from './sites/fixtures/run-reader';

const KINDS = [
  'page',
  'email',
  'issue',
  'pull-request',
  'merge-request',
  'discussion',
  'commit',
  'ticket',
  'video',
  'question',
  'document',
  'pdf',
];
const URLS = [
  'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmXhLVxTNbLjHhQmVbzX',
  'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM0MDAAMS1iNTcwLWE0NzEtMDACLTAwCgAQAPfuJdDJN0BCmsLtDKtUd9E%3D',
  'https://github.com/nodejs/node/pull/61456/files',
  'https://gitlab.com/nsnam/ns-3-dev/-/issues/352',
  'https://acme.atlassian.net/browse/PROJ-42',
  'https://linear.app/speckle/issue/CNX-1482/wall-sweeps',
  'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42',
  'https://stackoverflow.com/questions/14220321/x',
  'https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/edit',
  'https://www.reddit.com/r/rust/comments/1i2pz2g/x/',
  'https://news.ycombinator.com/item?id=1',
  'https://en.wikipedia.org/wiki/URL',
  'https://example.com/a.pdf',
  'https://example.com/?utm_source=x#:~:text=y',
];

describe('describePage', () => {
  it('ignores a fact that is not a string, as a reader of another build might hand back', () => {
    const facts = {
      url: 'https://linear.app/speckle/issue/CNX-1482/wall-sweeps',
      title: 'Wall sweeps - Linear',
      site: { summary: 42 },
    } as unknown as PageFacts;
    expect(describePage(facts)).toStrictEqual({
      kind: 'ticket',
      title: 'CNX-1482 Wall sweeps',
      url: 'https://linear.app/speckle/issue/CNX-1482',
    });
  });

  it('never throws, and always gives a title within limits, a URL and a kind, whatever the page and its readers say', () => {
    const text = fc.oneof(
      fc.string(),
      fc.constantFrom('', ' - ', ' · GitHub', '(3) ', '[KEY-1] '),
      fc.string({ unit: 'grapheme' }),
    );
    // Facts cross from the page: a reader of an older build, or a page that fools one, may hand back anything.
    const fact = fc.oneof(text, fc.anything());
    const facts = fc.record({
      url: fc.oneof(
        fc.constantFrom(...URLS),
        fc.webUrl({ withFragments: true, withQueryParameters: true }),
        fc.string(),
      ),
      title: fc.oneof(text, fc.constantFrom(...URLS)),
      meta: fc.option(fc.dictionary(fc.constantFrom('og:title', 'og:site_name', 'canonical'), fact), {
        nil: undefined,
      }),
      site: fc.option(fc.dictionary(fc.constantFrom('subject', 'from', 'currentTime', 'summary'), fact), {
        nil: undefined,
      }),
    });
    fc.assert(
      fc.property(facts, (page) => {
        const described = describePage(page as PageFacts);
        expect(described.title).not.toBe('');
        expect(described.title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
        expect(typeof described.url).toBe('string');
        expect(KINDS).toContain(described.kind);
      }),
      { numRuns: 250 },
    );
  });
});

describe('siteReaderFor', () => {
  it("gives the reader of the site that handles the URL, and none where the tab says all or it is not that site's item", () => {
    const gmail = SITES[0]!.reader;
    expect(siteReaderFor('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmXhLVxTNbLjHhQmVbzX')).toBe(gmail);
    expect(siteReaderFor('https://mail.google.com/mail/u/0/#inbox')).toBeUndefined();
    expect(siteReaderFor('https://github.com/nodejs/node/pull/61456')).toBeUndefined();
    expect(siteReaderFor('https://example.com/')).toBeUndefined();
    expect(siteReaderFor('not a url')).toBeUndefined();
  });

  it('every reader, and the meta reader, finds nothing on an empty page and hands back plain data', () => {
    const readers = [PAGE_META_READER, ...SITES.flatMap((site) => (site.reader ? [site.reader] : []))];
    expect(readers.length).toBeGreaterThanOrEqual(6);
    for (const reader of readers) expect(runReader(reader, '', 'https://example.com/')).toEqual({});
  });
});
