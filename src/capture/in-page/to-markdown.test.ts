// @vitest-environment happy-dom
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { safeCopy } from './safe-copy';
import { toMarkdown } from './to-markdown';

/** Whole pieces of a page (the page's visibility checks run in Chromium: test/e2e). */
function pageMarkdown(html: string): string {
  const source = document.createElement('div');
  source.innerHTML = html;
  const copy = safeCopy(source, {
    include: () => true,
    text: (node) => node.nodeValue ?? '',
    isBlock: () => false,
    maxNodes: 100_000,
    maxChars: 1_000_000,
    deadline: Infinity,
  });
  return toMarkdown(copy.root);
}

/** A CommonMark renderer with raw HTML on: the worst a task's content can meet. */
const markdown = new MarkdownIt({ html: true, linkify: false });
const tagsOf = (html: string) => [...new Set([...html.matchAll(/<([a-z][a-z0-9]*)/g)].map((m) => m[1]!))].sort();
const hrefsOf = (html: string) => [...html.matchAll(/<(?:a|img)\b[^>]*\b(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);

describe('page HTML as Markdown', () => {
  it('keeps links, lists, code, emphasis, headings and quotes', () => {
    expect(
      pageMarkdown(
        `<h2>Steps</h2><p>Read <a href="https://example.com/guide?a=1&amp;b=(2)">the <em>whole</em> guide</a>, then <strong>act</strong>.</p>
        <ul><li>one</li><li>two <code>npm ci</code></li></ul><ol start="3"><li>three</li></ol>
        <pre><code class="language-sh">echo "*not emphasis*"\n  indented</code></pre><blockquote><p>Quoted</p></blockquote><p>a<br>b</p>`,
      ),
    ).toBe(
      [
        '## Steps',
        '',
        'Read [the _whole_ guide](https://example.com/guide?a=1&b=%282%29), then **act**.',
        '',
        '-   one',
        '-   two `npm ci`',
        '',
        '3.  three',
        '',
        '```',
        'echo "*not emphasis*"',
        '  indented',
        '```',
        '',
        '> Quoted',
        '',
        'a\\',
        'b',
      ].join('\n'),
    );
  });

  it('turns links that are not http(s) into their text, and drops images, scripts, styles and forms', () => {
    const out = pageMarkdown(
      `<p><a href="javascript:alert(1)">Run</a> <a href="data:text/html,x">Data</a> <a href="/relative">Here</a>
      <img src="https://tracker.example/p.gif" alt="pixel"><script>steal()</script><style>p{}</style>
      <button>Click</button><a href="https://user:pw@bank.example/">Bank</a></p>`,
    );
    expect(out).toBe(`Run Data [Here](${location.origin}/relative) [Bank](https://bank.example/)`);
  });

  it('page text that spells Markdown or HTML stays text, and a `!` before a link makes no image', () => {
    const out = pageMarkdown(
      `<p>[Reset](https://phish.example) &lt;img src=x onerror=alert(1)&gt; **bold** &amp;amp; \`code\`</p>
      <p># Not a heading</p><p>1. Not a list</p><p>Wow!<a href="https://tracker.example/p.gif">x</a></p>`,
    );
    const html = markdown.render(out);
    expect(tagsOf(html)).toEqual(['a', 'p']);
    expect(hrefsOf(html)).toEqual(['https://tracker.example/p.gif']);
    expect(html).toContain('<p>Wow!<a href="https://tracker.example/p.gif">x</a></p>');
    expect(html).toContain(
      '[Reset](https://phish.example) &lt;img src=x onerror=alert(1)&gt; **bold** &amp;amp; `code`',
    );
  });

  it('code cannot be closed by its own backticks or fences, nor take a language from the page', () => {
    const out = pageMarkdown(
      '<p><code>a `` b</code></p><pre><code class="language-x`y">```\n&lt;script&gt;x&lt;/script&gt;\n````</code></pre>',
    );
    const html = markdown.render(out);
    expect(tagsOf(html)).toEqual(['code', 'p', 'pre']);
    expect(html).toContain('&lt;script&gt;');
  });

  it('any page, converted, renders with no raw HTML and no link that is not http(s)', () => {
    const tag = fc.constantFrom(
      'p',
      'div',
      'span',
      'em',
      'b',
      'code',
      'pre',
      'ul',
      'li',
      'a',
      'blockquote',
      'h3',
      'br',
    );
    const text = fc.stringMatching(/^[\w <>&"'`*_~[\]()!#=+\-.:\\|/\n]{0,12}$/);
    const href = fc.constantFrom(
      'https://ok.example/a_b',
      'javascript:alert(1)',
      'data:x',
      'vbscript:x',
      '  java\nscript:x',
    );
    const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((self) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        text.map((t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;')),
        fc
          .tuple(tag, href, fc.array(self('node'), { maxLength: 4 }))
          .map(([name, link, kids]) => `<${name} href="${link}">${kids.join('')}</${name}>`),
      ),
    })).node;
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 5 }), (nodes) => {
        const html = markdown.render(pageMarkdown(nodes.join('')));
        expect(
          tagsOf(html).filter(
            (t) =>
              ![
                'a',
                'p',
                'em',
                'strong',
                'code',
                'pre',
                'ul',
                'ol',
                'li',
                'blockquote',
                'h1',
                'h2',
                'h3',
                'h4',
                'h5',
                'h6',
                'br',
                'hr',
              ].includes(t),
          ),
        ).toEqual([]);
        for (const url of hrefsOf(html)) expect(url).toMatch(/^https:\/\/ok\.example\//);
        expect(html).not.toMatch(/<img|<script|javascript:/i);
      }),
      { numRuns: 300 },
    );
  });
});
