import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderContent, DEFAULT_CONTENT_TEMPLATE } from './content-template';
import {
  MAX_CONTENT_LENGTH,
  MAX_TITLE_LENGTH,
  cleanText,
  cleanTitle,
  limitLength,
  markdownLink,
  safeHttpUrl,
} from './sanitize';

const isWellFormed = (s: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe('titles', () => {
  it('strips direction overrides, zero-width and control characters', () => {
    expect(cleanTitle('Invoice\u202Egpj.exe')).toBe('Invoicegpj.exe');
    expect(cleanTitle('\u200BHello\u0000 \u0007World\uFEFF')).toBe('Hello World');
    expect(cleanTitle('Line one\nLine\ttwo')).toBe('Line one Line two');
  });

  it('falls back to the host, then to Untitled', () => {
    expect(cleanTitle('  \u200B ', 'https://news.example.com/a?b')).toBe('news.example.com');
    expect(cleanTitle('', 'chrome://settings')).toBe('Untitled');
  });

  it('is cut to the limit without splitting an emoji', () => {
    const title = cleanTitle('a'.repeat(MAX_TITLE_LENGTH - 1) + '😀😀');
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(isWellFormed(title)).toBe(true);
  });
});

describe('content', () => {
  it('cuts a 5 MB selection at a character boundary and says so', () => {
    const huge = '😀 selection '.repeat(400_000);
    expect(huge.length).toBeGreaterThan(5_000_000);
    const content = renderContent(DEFAULT_CONTENT_TEMPLATE, {
      title: 'Page',
      url: 'https://example.com',
      selection: huge,
    });
    expect(content.truncated).toBe(true);
    expect(content.text.length).toBeLessThanOrEqual(MAX_CONTENT_LENGTH);
    expect(isWellFormed(content.text)).toBe(true);
    expect(new TextEncoder().encode(JSON.stringify({ content: content.text })).length).toBeLessThan(1024 * 1024);
  });

  it('renders the page as a link and the selection as a quote', () => {
    const content = renderContent(DEFAULT_CONTENT_TEMPLATE, {
      title: 'A [great] page',
      url: 'https://example.com/a (b)',
      selection: 'First line\nSecond line',
    });
    expect(content).toEqual({
      text: '[A \\[great\\] page](https://example.com/a%20%28b%29)\n\n> First line\n> Second line',
      truncated: false,
    });
  });

  it('never links a javascript:, data: or chrome: URL', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,hi',
      'chrome://settings',
      'file:///etc/passwd',
      'not a url',
    ]) {
      expect(safeHttpUrl(url)).toBeUndefined();
      expect(renderContent('{{link}} {{url}}', { title: 'T', url }).text).toBe('');
    }
    expect(safeHttpUrl('HTTPS://Example.com/x')).toBe('https://example.com/x');
  });

  it('leaves unknown template names as typed and fills the known ones', () => {
    expect(renderContent('{{title}} — {{nope}} — {{ url }}', { title: 'T', url: 'https://e.x/' }).text).toBe(
      'T — {{nope}} — https://e.x/',
    );
  });

  it('markdown links keep brackets from breaking out', () => {
    expect(markdownLink('a]b', 'https://x.y/')).toBe('[a\\]b](https://x.y/)');
  });
});

describe('sanitizer properties', () => {
  const anyText = fc.string({ unit: 'binary', maxLength: 2000 });

  it('titles are well-formed, one line, within the limit, never empty, and idempotent', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const title = cleanTitle(raw, 'https://example.com/');
        expect(isWellFormed(title)).toBe(true);
        expect(title).not.toMatch(/[\n\r\t\u202A-\u202E\u2066-\u2069\u200B]/);
        expect(title.length).toBeGreaterThan(0);
        expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
        expect(cleanTitle(title, 'https://example.com/')).toBe(title);
      }),
      { numRuns: 500 },
    );
  });

  it('texts are well-formed, within the limit and idempotent', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 500 }), (raw, max) => {
        const once = cleanText(raw, max);
        expect(isWellFormed(once.text)).toBe(true);
        expect(once.text.length).toBeLessThanOrEqual(max);
        expect(cleanText(once.text, max).text).toBe(once.text);
      }),
      { numRuns: 500 },
    );
  });

  it('limitLength never splits a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 50 }), fc.integer({ min: 0, max: 60 }), (text, max) => {
        expect(isWellFormed(limitLength(text, max).text)).toBe(isWellFormed(text));
      }),
    );
  });
});

describe('content template properties', () => {
  const piece = fc.oneof(
    fc.constantFrom('{{title}}', '{{url}}', '{{link}}', '{{selection}}', '{{quote}}', '{{date}}', '{{unknown}}', '\n'),
    fc.string({ unit: 'binary', maxLength: 40 }),
  );
  const url = fc.oneof(
    fc.webUrl(),
    fc.constantFrom('javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd'),
    fc.string({ unit: 'binary', maxLength: 60 }),
  );

  it('fills any template into well-formed text within the limit, with no link to a page that is not http(s)', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('')),
        fc.string({ unit: 'binary', maxLength: 200 }),
        url,
        fc.string({ unit: 'binary', maxLength: 3000 }),
        (template, title, pageUrl, selection) => {
          const { text } = renderContent(template, { title, url: pageUrl, selection, now: new Date(2026, 10, 26) });
          expect(isWellFormed(text)).toBe(true);
          expect(text.length).toBeLessThanOrEqual(MAX_CONTENT_LENGTH);
          // A page that is not http(s) gives neither a link nor a URL: it is not in the content at all.
          if (/^(?:javascript|data|file):/i.test(pageUrl)) expect(text).not.toContain(pageUrl);
        },
      ),
      { numRuns: 400 },
    );
  });
});
