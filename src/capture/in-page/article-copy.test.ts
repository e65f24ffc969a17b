// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { pageStart, placeElements } from './article-copy';

const PAGE = `<header><nav><a href="/">Home</a></nav></header>
<article><h1>Title</h1><p>One <em>two</em> three.</p><p>Four <a href="/x">five</a>.</p><ul><li>six</li><li>seven</li></ul></article>
<footer><p>Footer text</p></footer>`;

const textOf = (doc: Document) => doc.body.textContent!.replace(/\s+/g, ' ').trim();

describe('pageStart: a copy of the page cut after its first characters of text', () => {
  beforeEach(() => {
    document.body.innerHTML = PAGE;
  });

  it('copies the whole page when its text is within the bound, and says it was not cut', () => {
    const { copy, cut } = pageStart(10_000);
    expect(cut).toBe(false);
    expect(copy).not.toBe(document);
    expect(textOf(copy)).toBe(textOf(document));
  });

  it('cuts after the text node that passes the bound: the start stays, everything after it goes', () => {
    const upToFive = document.body.textContent!.indexOf('five') + 1;
    const { copy, cut } = pageStart(upToFive);
    expect(cut).toBe(true);
    expect(textOf(copy)).toBe('Home TitleOne two three.Four five');
    expect(copy.querySelector('footer, li')).toBeNull();
    // The page itself is untouched.
    expect(document.querySelector('footer')).not.toBeNull();
  });

  it('does not count a page’s inline scripts and styles: only text a reader could show', () => {
    const state = `<script type="application/json">${JSON.stringify({ data: 'x'.repeat(5_000) })}</script>`;
    document.body.innerHTML = `${state}<style>p { color: red }</style>${PAGE}`;
    const { copy, cut } = pageStart(1_000);
    expect(cut).toBe(false);
    expect(copy.querySelector('footer')).not.toBeNull();
  });

  it('leaves the copy’s elements a start of the page’s, in the same order, so a place names the same element', () => {
    const { copy } = pageStart(document.body.textContent!.indexOf('three'));
    const live = placeElements(copy);
    const copied = Array.from(copy.getElementsByTagName('*'));
    expect(copied.length).toBeLessThan(document.getElementsByTagName('*').length);
    expect(live).toHaveLength(copied.length);
    copied.forEach((element, i) => {
      expect(element.getAttribute('data-ticktick-place')).toBe(String(i));
      expect(element.tagName).toBe(live[i]!.tagName);
      expect(live[i]!.textContent!.startsWith(element.textContent!)).toBe(true);
    });
  });

  it('overwrites a place the page wrote itself: a page cannot point its hidden text at a shown element', () => {
    document.body.innerHTML = '<p>Shown</p><p class="promo" data-ticktick-place="2">Hidden</p>';
    const { copy } = pageStart(10_000);
    placeElements(copy);
    const promo = copy.querySelector('.promo')!;
    const live = document.getElementsByTagName('*');
    expect(live[Number(promo.getAttribute('data-ticktick-place'))]).toBe(document.querySelector('.promo'));
  });
});
