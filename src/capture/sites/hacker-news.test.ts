import { siteTable } from './fixtures/site-table';

siteTable('Hacker News', [
  {
    why: 'a story loses " | Hacker News"; item?id= stays',
    url: 'https://news.ycombinator.com/item?id=39548732',
    title: 'Show HN: A tiny Forth in 512 bytes | Hacker News',
    want: {
      kind: 'page',
      title: 'Show HN: A tiny Forth in 512 bytes',
      url: 'https://news.ycombinator.com/item?id=39548732',
    },
  },
  {
    why: 'a link shared with tracking loses it, the id stays',
    url: 'https://news.ycombinator.com/item?id=39548732&utm_source=hnrss&utm_medium=feed',
    title: 'Show HN: A tiny Forth in 512 bytes | Hacker News',
    want: {
      kind: 'page',
      title: 'Show HN: A tiny Forth in 512 bytes',
      url: 'https://news.ycombinator.com/item?id=39548732',
    },
  },
  {
    why: 'the front page is "Hacker News"',
    url: 'https://news.ycombinator.com/news',
    title: 'Hacker News',
    want: { kind: 'page', title: 'Hacker News', url: 'https://news.ycombinator.com/news' },
  },
]);
