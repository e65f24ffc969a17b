import { describe, expect, it } from 'vitest';
import { FACT_LIMIT } from './recipe';
import { PAGE_META_READER } from './generic';
import { longText, runReader } from './fixtures/run-reader';
import { siteTable } from './fixtures/site-table';

const page = (title: string, url: string) => ({ title, url, kind: 'page' as const });

siteTable('Any page', [
  {
    why: 'utm_* parameters go, every other parameter stays as written',
    url: 'https://example.com/article?id=5&utm_source=newsletter&utm_medium=email&utm_campaign=spring&ref=home&q=a+b',
    title: 'Spring sale',
    want: page('Spring sale', 'https://example.com/article?id=5&ref=home&q=a+b'),
  },
  {
    why: 'fbclid, gclid, dclid, msclkid, mc_cid, mc_eid, igshid, ref_src, _hsenc, _hsmi, yclid and share_id go',
    url:
      'https://shop.example.com/p/42?color=red&fbclid=IwAR1x&gclid=Cj0K&dclid=CJ2&msclkid=9f8e&mc_cid=1a2b&mc_eid=3c4d' +
      '&igshid=MzRl&ref_src=twsrc%5Etfw&_hsenc=p2AN&_hsmi=2931&yclid=123&share_id=s9&size=m',
    title: 'Red shirt',
    want: page('Red shirt', 'https://shop.example.com/p/42?color=red&size=m'),
  },
  {
    why: 'si is only tracking on YouTube: elsewhere it stays',
    url: 'https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC?si=8f2e',
    title: 'Never Gonna Give You Up',
    want: page('Never Gonna Give You Up', 'https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC?si=8f2e'),
  },
  {
    why: 'a URL left with no parameters loses its "?"',
    url: 'https://example.com/post?utm_source=x',
    title: 'Post',
    want: page('Post', 'https://example.com/post'),
  },
  {
    why: 'the fragment stays: it points at the part the user means',
    url: 'https://developer.mozilla.org/en-US/docs/Web/API/URL#instance_properties',
    title: 'URL - Web APIs | MDN',
    meta: { 'og:site_name': 'MDN Web Docs' },
    want: page('URL - Web APIs | MDN', 'https://developer.mozilla.org/en-US/docs/Web/API/URL#instance_properties'),
  },
  {
    why: 'a route in the fragment stays',
    url: 'https://app.example.com/#/projects/42/board',
    title: 'Board',
    want: page('Board', 'https://app.example.com/#/projects/42/board'),
  },
  {
    why: 'a text directive goes, and the fragment with it when it was all there was',
    url: 'https://example.com/post#:~:text=rayleigh%20scattering',
    title: 'Post',
    want: page('Post', 'https://example.com/post'),
  },
  {
    why: 'a text directive after a section goes; the section stays',
    url: 'https://example.com/post#history:~:text=first,last',
    title: 'Post',
    want: page('Post', 'https://example.com/post#history'),
  },
  {
    why: 'a canonical on the same host replaces the URL (www. and the scheme ignored), the fragment kept',
    url: 'https://www.example.com/story.php?id=42&page=1#comments',
    title: 'Story',
    meta: { canonical: 'http://example.com/2024/03/story-slug' },
    want: page('Story', 'http://example.com/2024/03/story-slug#comments'),
  },
  {
    why: 'a relative canonical is read against the page, and loses its tracking too',
    url: 'https://example.com/amp/story?utm_source=x',
    title: 'Story',
    meta: { canonical: '/story?utm_medium=amp' },
    want: page('Story', 'https://example.com/story'),
  },
  {
    why: 'a canonical on another host is ignored',
    url: 'https://mirror.example.net/docs/guide',
    title: 'Guide',
    meta: { canonical: 'https://docs.example.com/guide' },
    want: page('Guide', 'https://mirror.example.net/docs/guide'),
  },
  {
    why: "a canonical that is the site's root is ignored",
    url: 'https://blog.example.com/2024/03/hello',
    title: 'Hello',
    meta: { canonical: 'https://blog.example.com/' },
    want: page('Hello', 'https://blog.example.com/2024/03/hello'),
  },
  {
    why: 'a canonical that is not http(s) is ignored',
    url: 'https://example.com/a',
    title: 'A',
    meta: { canonical: 'javascript:alert(1)' },
    want: page('A', 'https://example.com/a'),
  },
  {
    why: 'the site name after " | " goes when it is og:site_name (a leading "The" ignored)',
    url: 'https://www.theverge.com/2024/3/1/sky-blue',
    title: 'Why the sky is blue | Verge',
    meta: { 'og:site_name': 'The Verge' },
    want: page('Why the sky is blue', 'https://www.theverge.com/2024/3/1/sky-blue'),
  },
  {
    why: 'the site name after " - " goes when it is og:site_name',
    url: 'https://www.bbc.com/news/articles/c1',
    title: 'Storm closes schools - BBC News',
    meta: { 'og:site_name': 'BBC News' },
    want: page('Storm closes schools', 'https://www.bbc.com/news/articles/c1'),
  },
  {
    why: 'the site name after " – " goes when it is the host (case-insensitive)',
    url: 'https://www.theguardian.com/science/2024/mar/01/sky',
    title: 'Why is the sky blue? – The Guardian',
    want: page('Why is the sky blue?', 'https://www.theguardian.com/science/2024/mar/01/sky'),
  },
  {
    why: 'the site name after " — " goes when it is the host with its domain ending',
    url: 'https://www.nytimes.com/2024/03/01/science/sky.html',
    title: 'The Sky Is Blue — NYTimes.com',
    want: page('The Sky Is Blue', 'https://www.nytimes.com/2024/03/01/science/sky.html'),
  },
  {
    why: 'the site name after " · " goes when it is the host',
    url: 'https://codeberg.org/forgejo/forgejo/releases',
    title: 'Releases · forgejo/forgejo · Codeberg',
    want: page('Releases · forgejo/forgejo', 'https://codeberg.org/forgejo/forgejo/releases'),
  },
  {
    why: 'the site name after " :: " goes',
    url: 'https://www.phoronix.com/news/Linux-6.8-Features',
    title: 'Linux 6.8 Features :: Phoronix',
    want: page('Linux 6.8 Features', 'https://www.phoronix.com/news/Linux-6.8-Features'),
  },
  {
    why: 'a last part that is not the site name stays',
    url: 'https://blog.example.com/why-blue',
    title: 'Tom Scott - Why the sky is blue',
    want: page('Tom Scott - Why the sky is blue', 'https://blog.example.com/why-blue'),
  },
  {
    why: 'only the last part goes: a title that is "A - B - Site" keeps "A - B"',
    url: 'https://example.com/x',
    title: 'Draft - version 2 - Example',
    want: page('Draft - version 2', 'https://example.com/x'),
  },
  {
    why: 'an og:site_name that is itself a URL is ignored',
    url: 'https://notes.test/post/1',
    title: 'Notes on caching - https://blog.example.net',
    meta: { 'og:site_name': 'https://blog.example.net' },
    want: page('Notes on caching - https://blog.example.net', 'https://notes.test/post/1'),
  },
  {
    why: 'a title that is only the site name becomes og:title',
    url: 'https://medium.com/@ann/how-i-built-it-1a2b3c',
    title: 'Medium',
    meta: { 'og:title': 'How I built it', 'og:site_name': 'Medium' },
    want: page('How I built it', 'https://medium.com/@ann/how-i-built-it-1a2b3c'),
  },
  {
    why: 'a title that is only the site name stays without og:title',
    url: 'https://medium.com/',
    title: 'Medium',
    want: page('Medium', 'https://medium.com/'),
  },
  {
    why: 'an empty title becomes og:title',
    url: 'https://example.com/p/1',
    title: '',
    meta: { 'og:title': 'Product one' },
    want: page('Product one', 'https://example.com/p/1'),
  },
  {
    why: 'an empty title without og:title becomes the host (no www.) and the decoded path',
    url: 'https://www.example.com/docs/getting%20started?x=1',
    title: '   ',
    want: page('example.com/docs/getting started', 'https://www.example.com/docs/getting%20started?x=1'),
  },
  {
    why: 'an empty title on the root becomes the host',
    url: 'https://www.example.com/',
    title: '',
    want: page('example.com', 'https://www.example.com/'),
  },
  {
    why: 'page text goes through the sanitizer: direction overrides and controls removed, whitespace folded',
    url: 'https://example.com/x',
    title: 'Invoice\u202E fdp.exe\u0007\n  paid',
    want: page('Invoice fdp.exe paid', 'https://example.com/x'),
  },
  {
    why: 'a page where scripts cannot run keeps its URL and title',
    url: 'chrome://extensions/',
    title: 'Extensions',
    want: page('Extensions', 'chrome://extensions/'),
  },
  {
    why: 'what is not a URL is kept as it came',
    url: 'not a url',
    title: 'Something',
    want: page('Something', 'not a url'),
  },
]);

describe('readPageMeta, in the page', () => {
  it('reads og:title, og:site_name and the canonical, made absolute', () => {
    expect(runReader(PAGE_META_READER, 'article.html', 'https://www.theverge.com/amp/sky')).toEqual({
      'og:title': 'Why the sky is blue',
      'og:site_name': 'The Verge',
      canonical: 'https://www.theverge.com/2024/3/1/sky-blue',
    });
  });

  it('finds nothing on a page without them', () => {
    expect(runReader(PAGE_META_READER, '', 'https://example.com/')).toEqual({});
  });

  it('cuts what the page says to the fact limit', () => {
    const read = runReader(PAGE_META_READER, 'article.html', 'https://www.theverge.com/', (document) => {
      document.querySelector('meta[property="og:title"]')!.setAttribute('content', longText(5 * FACT_LIMIT));
    }) as Record<string, string>;
    expect(read['og:title']).toHaveLength(FACT_LIMIT);
  });
});
