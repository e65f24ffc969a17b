/**
 * describePage over a table of 100 pages, one of each shape a capture meets
 * (every site's recipe, its ordinary pages, and generic ones), as the median
 * time per page over many rounds. `npx tsx scripts/bench/describe-page.ts` runs it alone.
 */
import { pathToFileURL } from 'node:url';
import { describePage, type PageFacts } from '../../src/capture/describe-page';
import { median, round, type Figure } from './report';

const ROUNDS = 400;
const TARGET_MS = 0.2;

/** 25 real page shapes; `n` varies their ids so that no two of the 100 are the same page. */
const SHAPES: ((n: number) => PageFacts)[] = [
  (n) => ({
    url: `https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmXhLVxTNbLjHhQm${1000 + n}`,
    title: 'Re: Q3 numbers - me@example.com - Gmail',
    site: { subject: 'Re: Q3 numbers', from: 'Bo Chen <bo@example.org>' },
  }),
  (n) => ({ url: `https://mail.google.com/mail/u/0/#inbox/p${n}`, title: 'Inbox (3) - me@example.com - Gmail' }),
  (n) => ({
    url: `https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNTcwLWE0NzEtMDACLTAwCgAQAPfuJdDJN0BC${n}%3D`,
    title: 'Mail - Ann Lee - Outlook',
    site: { subject: 'Q3 numbers', from: 'Bo Chen <bo@example.org>' },
  }),
  (n) => ({
    url: `https://github.com/keptn/keptn/issues/${3808 + n}#issuecomment-1`,
    title: `Allow forcing new project creation with existing Git upstream · Issue #${3808 + n} · keptn/keptn · GitHub`,
  }),
  (n) => ({
    url: `https://github.com/nodejs/node/pull/${61456 + n}/files`,
    title: `build,deps: replace cjs-module-lexer with merve by anonrig · Pull Request #${61456 + n} · nodejs/node · GitHub`,
  }),
  (n) => ({
    url: `https://github.com/cloudnative-pg/cloudnative-pg/discussions/${7462 + n}`,
    title: `Split-brain in case of network partition · cloudnative-pg/cloudnative-pg · Discussion #${7462 + n} · GitHub`,
  }),
  (n) => ({
    url: `https://github.com/nodejs/node/commit/5ba72ae7bc42fb3f884c860e7a4f7800794984${(10 + n).toString(16)}`,
    title: 'zlib: add ZipEntry, ZipFile, and ZipBuffer · nodejs/node@5ba72ae · GitHub',
  }),
  (n) => ({
    url: `https://github.com/ryanhanwu/How-To-Ask-Questions-The-Smart-Way/blob/main/README-${n}.md`,
    title:
      'How-To-Ask-Questions-The-Smart-Way/README.md at main · ryanhanwu/How-To-Ask-Questions-The-Smart-Way · GitHub',
  }),
  (n) => ({
    url: `https://gitlab.freedesktop.org/mesa/mesa/-/merge_requests/${13466 + n}/diffs`,
    title: `nir, spirv: Mesh Shader I/O fixes (!${13466 + n}) · Merge requests · Mesa / mesa · GitLab`,
  }),
  (n) => ({
    url: `https://issues.apache.org/jira/browse/KAFKA-${9119 + n}?focusedId=1`,
    title: `[KAFKA-${9119 + n}] KIP-500: Replace ZooKeeper with a Metadata Quorum - ASF JIRA`,
  }),
  (n) => ({
    url: `https://linear.app/speckle/issue/CNX-${1482 + n}/wall-sweeps-published-duplicated`,
    title: `CNX-${1482 + n} Wall sweeps published duplicated`,
    site: { summary: 'Wall sweeps published duplicated' },
  }),
  (n) => ({
    url: `https://www.youtube.com/watch?v=dQw4w9WgX${String(n).padStart(2, '0')}&list=PLFgquLnL59alCl&index=3&si=Zx8`,
    title: '(33) Never Gonna Give You Up - YouTube',
    site: { currentTime: String(60 + n) },
  }),
  (n) => ({
    url: `https://youtu.be/aqz-KE-bp${String(n).padStart(2, '0')}?t=1m30s`,
    title: 'Big Buck Bunny - YouTube',
  }),
  (n) => ({
    url: `https://stackoverflow.com/questions/${14220321 + n}/how-do-i-return-the-response-from-an-asynchronous-call`,
    title: 'javascript - How do I return the response from an asynchronous call? - Stack Overflow',
    meta: { 'og:title': 'How do I return the response from an asynchronous call?' },
  }),
  (n) => ({
    url: `https://unix.stackexchange.com/questions/${4126 + n}/what-is-the-exact-difference`,
    title: "terminal - What is the exact difference between a 'terminal' and a 'shell'? - Unix & Linux Stack Exchange",
  }),
  (n) => ({
    url: `https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz01234567${n}/edit#gid=0`,
    title: 'Budget - Q3 - Google Sheets',
  }),
  (n) => ({
    url: `https://www.reddit.com/r/rust/comments/1i2pz${n}g/best_strategy/?utm_source=share&utm_medium=web3x&rdt=5`,
    title: 'Best strategy for pub-sub between async tasks? : r/rust',
  }),
  (n) => ({
    url: `https://news.ycombinator.com/item?id=${39548732 + n}`,
    title: 'Show HN: A tiny Forth | Hacker News',
  }),
  (n) => ({
    url: `https://de.wikipedia.org/wiki/Artikel_${n}#Geschichte`,
    title: `Artikel ${n} – Wikipedia`,
    meta: { canonical: `https://de.wikipedia.org/wiki/Artikel_${n}` },
  }),
  (n) => ({ url: `https://example.com/files/Annual%20Report%20${2000 + n}.pdf#page=3`, title: '' }),
  (n) => ({
    url: `https://www.theverge.com/2024/3/${n}/sky-blue?utm_source=twitter&utm_medium=social&fbclid=IwAR1x`,
    title: 'Why the sky is blue | The Verge',
    meta: { 'og:title': 'Why the sky is blue', 'og:site_name': 'The Verge', canonical: `/2024/3/${n}/sky-blue` },
  }),
  (n) => ({ url: `https://www.nytimes.com/2024/03/${n}/science/sky.html`, title: 'The Sky Is Blue — NYTimes.com' }),
  (n) => ({ url: `https://blog.example.com/why-blue-${n}#:~:text=rayleigh`, title: 'Tom Scott - Why the sky is blue' }),
  (n) => ({ url: `https://www.example.com/docs/page-${n}`, title: '', meta: { 'og:title': `Page ${n}` } }),
  (n) => ({ url: `chrome://extensions/?id=${n}`, title: 'Extensions' }),
];

export const DESCRIBE_PAGE_TABLE: PageFacts[] = Array.from({ length: 100 }, (_, i) => SHAPES[i % SHAPES.length]!(i));

/** Median milliseconds describePage takes per page of the table, over `rounds` passes through it. */
export function timeDescribePage(rounds = ROUNDS): number {
  const table = DESCRIBE_PAGE_TABLE;
  let sink = 0;
  for (const facts of table) sink += describePage(facts).title.length; // warm up the regexes and the JIT
  const perPage: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (const facts of table) sink += describePage(facts).title.length;
    perPage.push((performance.now() - start) / table.length);
  }
  if (sink === 0) throw new Error('describePage gave no titles');
  return median(perPage);
}

export function describePageFigure(): Figure {
  const ms = timeDescribePage();
  return {
    name: 'describe-page: 100-URL table, median per page',
    value: round(ms, 4),
    unit: 'ms',
    target: `< ${TARGET_MS}`,
    met: ms < TARGET_MS,
    detail: `${ROUNDS} rounds over ${DESCRIBE_PAGE_TABLE.length} pages of ${SHAPES.length} shapes`,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figure = describePageFigure();
  console.log(
    `${figure.name}: ${figure.value} ${figure.unit} (target ${figure.target}: ${figure.met ? 'met' : 'MISSED'})`,
  );
}
