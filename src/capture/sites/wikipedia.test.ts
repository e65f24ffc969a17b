import { siteTable } from './fixtures/site-table';

const article = (title: string, url: string) => ({ kind: 'page' as const, title, url });

siteTable('Wikipedia', [
  {
    why: 'English: " - Wikipedia" goes, the section stays',
    url: 'https://en.wikipedia.org/wiki/URL#Syntax',
    title: 'URL - Wikipedia',
    want: article('URL', 'https://en.wikipedia.org/wiki/URL#Syntax'),
  },
  {
    why: 'German: " – Wikipedia"',
    url: 'https://de.wikipedia.org/wiki/Uniform_Resource_Locator',
    title: 'Uniform Resource Locator – Wikipedia',
    want: article('Uniform Resource Locator', 'https://de.wikipedia.org/wiki/Uniform_Resource_Locator'),
  },
  {
    why: 'French: " — Wikipédia"',
    url: 'https://fr.wikipedia.org/wiki/Uniform_Resource_Locator',
    title: 'Uniform Resource Locator — Wikipédia',
    want: article('Uniform Resource Locator', 'https://fr.wikipedia.org/wiki/Uniform_Resource_Locator'),
  },
  {
    why: 'Russian: " — Википедия"',
    url: 'https://ru.wikipedia.org/wiki/URL',
    title: 'URL — Википедия',
    want: article('URL', 'https://ru.wikipedia.org/wiki/URL'),
  },
  {
    why: 'Chinese: " - 维基百科，自由的百科全书"',
    url: 'https://zh.wikipedia.org/wiki/%E7%BB%9F%E4%B8%80%E8%B5%84%E6%BA%90%E5%AE%9A%E4%BD%8D%E7%AC%A6',
    title: '统一资源定位符 - 维基百科，自由的百科全书',
    want: article(
      '统一资源定位符',
      'https://zh.wikipedia.org/wiki/%E7%BB%9F%E4%B8%80%E8%B5%84%E6%BA%90%E5%AE%9A%E4%BD%8D%E7%AC%A6',
    ),
  },
  {
    why: 'Spanish: " - Wikipedia, la enciclopedia libre"',
    url: 'https://es.wikipedia.org/wiki/Localizador_de_recursos_uniforme',
    title: 'Localizador de recursos uniforme - Wikipedia, la enciclopedia libre',
    want: article('Localizador de recursos uniforme', 'https://es.wikipedia.org/wiki/Localizador_de_recursos_uniforme'),
  },
  {
    why: 'an article with a hyphen in its name keeps it',
    url: 'https://en.wikipedia.org/wiki/Jean-Paul_Sartre',
    title: 'Jean-Paul Sartre - Wikipedia',
    want: article('Jean-Paul Sartre', 'https://en.wikipedia.org/wiki/Jean-Paul_Sartre'),
  },
  {
    why: "a redirect gives way to the article's canonical address",
    url: 'https://en.wikipedia.org/wiki/URLs',
    title: 'URL - Wikipedia',
    meta: { canonical: 'https://en.wikipedia.org/wiki/URL' },
    want: article('URL', 'https://en.wikipedia.org/wiki/URL'),
  },
  {
    why: 'the mobile site keeps its address (its canonical is on another host)',
    url: 'https://en.m.wikipedia.org/wiki/URL',
    title: 'URL - Wikipedia',
    meta: { canonical: 'https://en.wikipedia.org/wiki/URL' },
    want: article('URL', 'https://en.m.wikipedia.org/wiki/URL'),
  },
]);
