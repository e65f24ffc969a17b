import { siteTable } from './fixtures/site-table';

const question = (title: string, url: string) => ({ kind: 'question' as const, title, url });
const ASYNC = 'How do I return the response from an asynchronous call?';

siteTable('Stack Overflow and Stack Exchange', [
  {
    why: 'og:title when the page has one',
    url: 'https://stackoverflow.com/questions/14220321/how-do-i-return-the-response-from-an-asynchronous-call',
    title: `javascript - ${ASYNC} - Stack Overflow`,
    meta: { 'og:title': ASYNC },
    want: question(ASYNC, 'https://stackoverflow.com/questions/14220321'),
  },
  {
    why: 'og:title when the tab title is not written yet',
    url: 'https://stackoverflow.com/questions/14220321/how-do-i-return-the-response-from-an-asynchronous-call',
    title: 'Stack Overflow',
    meta: { 'og:title': ASYNC },
    want: question(ASYNC, 'https://stackoverflow.com/questions/14220321'),
  },
  {
    why: 'without it, the tab title less the site name and the leading tag',
    url: 'https://stackoverflow.com/questions/14220321/how-do-i-return-the-response-from-an-asynchronous-call',
    title: `javascript - ${ASYNC} - Stack Overflow`,
    want: question(ASYNC, 'https://stackoverflow.com/questions/14220321'),
  },
  {
    why: 'a tag with #, + and . goes too',
    url: 'https://stackoverflow.com/questions/247621/what-are-the-correct-version-numbers-for-c',
    title: 'c# - What are the correct version numbers for C#? - Stack Overflow',
    want: question('What are the correct version numbers for C#?', 'https://stackoverflow.com/questions/247621'),
  },
  {
    why: 'a tag with a hyphen goes',
    url: 'https://stackoverflow.com/questions/64934897/webpack-errors-with-manifest-json',
    title: 'reactjs - webpack errors with manifest.json - Stack Overflow',
    want: question('webpack errors with manifest.json', 'https://stackoverflow.com/questions/64934897'),
  },
  {
    why: 'a capitalised first word is the asker\'s ("SVG - "), not a tag',
    url: 'https://stackoverflow.com/questions/5546346/svg-center-text-in-circle',
    title: 'SVG - Center text in circle - Stack Overflow',
    want: question('SVG - Center text in circle', 'https://stackoverflow.com/questions/5546346'),
  },
  {
    why: 'a tag with a space, on Super User',
    url: 'https://superuser.com/questions/1700001/why-does-the-clock-drift',
    title: 'windows 10 - Why does the clock drift? - Super User',
    want: question('Why does the clock drift?', 'https://superuser.com/questions/1700001'),
  },
  {
    why: 'a Stack Exchange site whose name has "&" in it',
    url: 'https://unix.stackexchange.com/questions/4126/what-is-the-exact-difference-between-a-terminal-a-shell-a-tty-and-a-con',
    title:
      "terminal - What is the exact difference between a 'terminal', a 'shell', a 'tty' and a 'console'? - Unix & Linux Stack Exchange",
    want: question(
      "What is the exact difference between a 'terminal', a 'shell', a 'tty' and a 'console'?",
      'https://unix.stackexchange.com/questions/4126',
    ),
  },
  {
    why: 'Ask Ubuntu, a question without a tag prefix',
    url: 'https://askubuntu.com/questions/40779/how-do-i-install-a-deb-file-via-the-command-line',
    title: 'How do I install a .deb file via the command line? - Ask Ubuntu',
    want: question('How do I install a .deb file via the command line?', 'https://askubuntu.com/questions/40779'),
  },
  {
    why: 'a localised Stack Overflow',
    url: 'https://ru.stackoverflow.com/questions/1234567/как-сделать',
    title: 'python - Как сделать цикл? - Stack Overflow на русском',
    want: question('Как сделать цикл?', 'https://ru.stackoverflow.com/questions/1234567'),
  },
  {
    why: 'a short /q/ share link, its user id dropped',
    url: 'https://stackoverflow.com/q/63635094/4298200',
    title: 'git - Sourcetree offers you to choose CredentialHelperSelector - Stack Overflow',
    want: question(
      'Sourcetree offers you to choose CredentialHelperSelector',
      'https://stackoverflow.com/questions/63635094',
    ),
  },
  {
    why: 'an answer anchor leaves the link',
    url: 'https://stackoverflow.com/questions/72764326/how-to-center-widgets-in-a-grid-gtk-c#72765000',
    title: 'c - How to center widgets in a grid GTK - Stack Overflow',
    want: question('How to center widgets in a grid GTK', 'https://stackoverflow.com/questions/72764326'),
  },
  {
    why: 'a tag page is an ordinary page',
    url: 'https://stackoverflow.com/questions/tagged/javascript',
    title: "Newest 'javascript' Questions - Stack Overflow",
    meta: { 'og:site_name': 'Stack Overflow' },
    want: {
      kind: 'page',
      title: "Newest 'javascript' Questions",
      url: 'https://stackoverflow.com/questions/tagged/javascript',
    },
  },
]);
