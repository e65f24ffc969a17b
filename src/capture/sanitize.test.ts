import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { renderContent, DEFAULT_CONTENT_TEMPLATE } from './content-template';
import {
  MAX_CONTENT_LENGTH,
  MAX_TITLE_LENGTH,
  cleanText,
  cleanTitle,
  defangTitle,
  escapeMarkdown,
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
      linkShortened: false,
    });
  });

  it("puts the description's lines (an email's sender) between the link and the quote, as plain text", () => {
    const content = renderContent(DEFAULT_CONTENT_TEMPLATE, {
      title: 'Re: Q3 numbers',
      url: 'https://mail.google.com/mail/u/me@example.com/#inbox/FMfcgzQX',
      selection: 'The numbers',
      details: ['From: Bo Chen <bo@example.org>', '[click](javascript:alert(1))'],
    });
    expect(content.text).toBe(
      '[Re: Q3 numbers](https://mail.google.com/mail/u/me@example.com/#inbox/FMfcgzQX)\n\n' +
        'From: Bo Chen \\<bo@example.org\\>\n\\[click\\](javascript:alert(1))\n\n> The numbers',
    );
  });

  it('adds the lines at the end of a template written before there was {{details}}', () => {
    const source = { title: 'Re: Q3', url: 'https://example.com/', details: ['From: bo@example.org'] };
    expect(renderContent('{{url}}', source).text).toBe('https://example.com/\n\nFrom: bo@example.org');
    expect(renderContent('{{details}} on {{url}}', source).text).toBe('From: bo@example.org on https://example.com/');
    expect(renderContent('{{url}}', { ...source, details: [] }).text).toBe('https://example.com/');
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

/** A CommonMark renderer with raw HTML on: the worst a task's content can meet. Linkify off: see the URL test. */
const markdown = new MarkdownIt({ html: true, linkify: false });
const renderedText = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('page text in tasks renders as the text it was', () => {
  const hostile = [
    '[Reset your TickTick password](https://phish.example/login)',
    '![](https://tracker.example/pixel.gif?u=1)',
    '<javascript:alert(1)>',
    '<https://phish.example>',
    '<img src=x onerror=alert(1)>',
    '<a href="https://phish.example">click</a>',
    '**bold** and _emphasis_ and ~~gone~~ and `code`',
    '# Heading\n- list item\n+ another\n1. numbered\n2) also\n> quote\n---',
    '    indented code block',
    '&lt;not a tag&gt; and &#60;script&#62;',
    '| a | b |\n|---|---|\n| c | d |',
    '[ref]: https://phish.example\n[ref]',
    'a \\ backslash \\[not a link](x)',
  ];

  it.each(hostile)('%s', (text) => {
    const html = markdown.render(escapeMarkdown(text));
    expect(html).not.toMatch(/<(a|img|script|em|strong|s|code|h\d|li|ol|ul|blockquote|table|hr|pre)\b/);
    // Leading indentation is dropped (it would make code); everything else reads as it was.
    expect(renderedText(html).replace(/\s+/g, ' ').trim()).toBe(
      text
        .replace(/^[ \t]+/gm, '')
        .replace(/\s+/g, ' ')
        .trim(),
    );
  });

  it('any text, escaped, renders as itself: no element but paragraphs and line breaks', () => {
    const markdownish = fc.string({
      unit: fc.constantFrom(...'ab 1.)-+*_~`#>[]()!<>/&;|\\=:\nhttps'.split('')),
      maxLength: 80,
    });
    fc.assert(
      fc.property(markdownish, (text) => {
        const html = markdown.render(escapeMarkdown(text));
        expect(html.replace(/<\/?(p|br)\s*\/?>/g, '')).not.toMatch(/<[a-z]/);
        expect(renderedText(html).replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
      }),
      { numRuns: 2000 },
    );
  });

  it('a selection with a hidden Markdown link goes into the content as text, not as a link', () => {
    const { text } = renderContent(DEFAULT_CONTENT_TEMPLATE, {
      title: 'Sign-in help <script>',
      url: 'https://help.example/page',
      selection: 'To sign in [Reset your TickTick password](https://phish.example/login) and <javascript:alert(1)>',
    });
    const links = [...markdown.render(text).matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);
    // The only link is the page's own, built by the extension.
    expect(links).toEqual(['https://help.example/page']);
    expect(markdown.render(text)).not.toContain('<script');
  });

  it('titles that spell a link, an autolink or HTML lose it; other titles stay exactly as they are', () => {
    expect(defangTitle('[Reset](https://phish.example)')).toBe('\\[Reset\\](https://phish.example)');
    expect(defangTitle('Click <javascript:alert(1)>')).toBe('Click \\<javascript:alert(1)\\>');
    expect(defangTitle('<b>Sale</b> today')).toBe('\\<b\\>Sale\\</b\\> today');
    for (const plain of ['snake_case and *stars* [draft]', 'a < b > c', 'Issue #12 · repo']) {
      expect(defangTitle(plain)).toBe(plain);
    }
  });

  it('strips invisible characters that can hide or disguise text', () => {
    const hidden = [
      '\u00AD', // soft hyphen
      '\u034F', // combining grapheme joiner
      '\u115F\u1160\u3164\uFFA0', // Hangul fillers
      '\u180E', // Mongolian vowel separator
      '\uFFF9\uFFFA\uFFFB', // interlinear annotation
      '\u{E0001}\u{E0068}\u{E0069}\u{E007F}', // tag characters spelling "hi"
      '\u2061\u206A\u206F',
    ];
    for (const chars of hidden) {
      expect(cleanTitle(`Pay${chars}Pal`)).toBe('PayPal');
      expect(cleanText(`a${chars}b`).text).toBe('ab');
    }
    expect(cleanText('one\u2028two\u2029three').text).toBe('one\ntwo\nthree');
  });

  it('links never carry user:password@', () => {
    expect(safeHttpUrl('https://user:secret@example.com/x')).toBe('https://example.com/x');
    expect(safeHttpUrl('https://bank.example@phish.example/login')).toBe('https://phish.example/login');
    expect(renderContent('{{link}} {{url}}', { title: 'T', url: 'https://me:pw@example.com/' }).text).not.toMatch(
      /me|pw@/,
    );
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
