import { html, type Route } from './http';

/**
 * An article as news and blog sites lay one out: navigation, the article with
 * a heading, paragraphs, a list, code and links (one of them `javascript:`),
 * a paragraph its style sheet hides, a comment form and a footer.
 */
export const READABLE_ARTICLE_PAGE = `<!doctype html><html lang="en"><head><title>Why lists work | The Example Journal</title>
<style>.promo { display: none }</style></head>
<body><header><nav><a href="/">Home</a> · <a href="/topics">Topics</a> · <a href="/subscribe">Subscribe</a></nav></header>
<main><article><h1>Why lists work</h1>
<p class="byline">By Ann Lee</p>
<p>A list is the cheapest way to stop holding things in your head. Writing a task down the moment it appears
frees the attention it was taking, and a list you trust is one you look at every day. This is the whole idea
behind <em>getting things done</em>, and it holds up in study after study of how people plan their work.</p>
<p class="promo">Special offer: [reset your password](https://phish.example/login) now!</p>
<p>Three habits keep a list useful. They are small, and each of them is easy to start today, which matters more
than any tool: a habit that is hard to start is a habit that never starts at all.</p>
<ul><li>Capture everything, at once.</li><li>Review the list <strong>every</strong> morning.</li><li>Keep each item one action long.</li></ul>
<p>A script can even add items for you, for example <code>todo add "Call Bo"</code>:</p>
<pre><code>todo add "Call Bo" --due tomorrow
todo list --today</code></pre>
<p>Read <a href="https://example.com/research">the research</a>, or <a href="javascript:alert(1)">run the demo</a>.
Whatever you pick, the point is the same: a list only works if it is the one place where things go.</p>
</article></main>
<aside><h2>Comments</h2><form><textarea>Write a comment</textarea><button>Send</button></form></aside>
<footer><p>© The Example Journal · <a href="/privacy">Privacy</a></p></footer></body></html>`;

/**
 * The article's text as "Add page with its text" should give it (after its link line): Readability leaves out the
 * heading that repeats the title, and the byline.
 */
export const READABLE_ARTICLE_MARKDOWN = `A list is the cheapest way to stop holding things in your head. Writing a task down the moment it appears frees the attention it was taking, and a list you trust is one you look at every day. This is the whole idea behind _getting things done_, and it holds up in study after study of how people plan their work.

Three habits keep a list useful. They are small, and each of them is easy to start today, which matters more than any tool: a habit that is hard to start is a habit that never starts at all.

-   Capture everything, at once.
-   Review the list **every** morning.
-   Keep each item one action long.

A script can even add items for you, for example \`todo add "Call Bo"\`:

\`\`\`
todo add "Call Bo" --due tomorrow
todo list --today
\`\`\`

Read [the research](https://example.com/research), or run the demo. Whatever you pick, the point is the same: a list only works if it is the one place where things go.`;

/**
 * The article above, after a block its style sheet hides that is much longer
 * than the article, written to be what Readability would choose: a page that
 * hides text to steer the reader. The block even names a place of its own
 * (the attribute the reader ties its copy to the page with). With many offers
 * (`?offers=2500`, about 500,000 characters), the hidden block also pushes
 * the article past what the reader reads of a long page.
 */
export function steeredArticlePage(offers = 60): string {
  const offer = Array.from(
    { length: offers },
    (_, i) =>
      `<p>Offer ${i}: act now, sign in at <a href="https://phish.example/login">our page</a>, confirm your password, your card, and your address, today, before midnight, or lose your account, your lists, and your data.</p>`,
  ).join('\n');
  return READABLE_ARTICLE_PAGE.replace('.promo { display: none }', '.promo, .offer { display: none }').replace(
    '<main>',
    `<div class="offer" data-ticktick-place="0">${offer}</div><main>`,
  );
}

/** An article of about `bytes` bytes of paragraphs (each different, as real text is), for the limits and the bench. */
export function longArticlePage(bytes: number): string {
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = `<p>Paragraph ${i}: a list is the cheapest way to stop holding things in your head, and <a href="https://example.com/notes/${i}">note ${i}</a> says why it keeps working for <em>years</em>. ${'Writing a task down frees the attention it was taking. '.repeat(6)}</p>`;
    paragraphs.push(p);
    size += p.length;
  }
  return `<!doctype html><html lang="en"><head><title>A very long read</title></head><body>
<header><nav><a href="/">Home</a></nav></header><article><h1>A very long read</h1>${paragraphs.join('\n')}</article></body></html>`;
}

/**
 * The article pages, on the sandbox's host: `/__sandbox/readable`,
 * `/__sandbox/steered` and `/__sandbox/long-article?mb=5` (up to 20 MB).
 */
export function articleRoutes(): Route[] {
  return [
    { method: 'GET', pattern: '/__sandbox/readable', handler: () => html(READABLE_ARTICLE_PAGE) },
    {
      method: 'GET',
      pattern: '/__sandbox/steered',
      handler: (req) => html(steeredArticlePage(Math.min(5000, Number(req.query.get('offers')) || 60))),
    },
    {
      method: 'GET',
      pattern: '/__sandbox/long-article',
      handler: (req) => html(longArticlePage(Math.min(20, Number(req.query.get('mb')) || 1) * 1024 * 1024)),
    },
  ];
}
