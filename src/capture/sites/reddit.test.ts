import { siteTable } from './fixtures/site-table';

const RUST_POST = 'https://www.reddit.com/r/rust/comments/1i2pz2g/best_strategy_for_pubsub_between_async_tasks/';
const post = (title: string, url: string) => ({ kind: 'page' as const, title, url });

siteTable('Reddit', [
  {
    why: '"Title : r/sub" becomes "Title (r/sub)"',
    url: RUST_POST,
    title: 'Best strategy for pub-sub between async tasks? : r/rust',
    want: post('Best strategy for pub-sub between async tasks? (r/rust)', RUST_POST),
  },
  {
    why: '"r/sub on Reddit: Title" becomes "Title (r/sub)"',
    url: 'https://www.reddit.com/r/rust/comments/1hkrdj8/introductory_overview_of_the_jujutsu_version/',
    title:
      'r/rust on Reddit: Introductory overview of the Jujutsu version control system (written in Rust and backed by git)',
    want: post(
      'Introductory overview of the Jujutsu version control system (written in Rust and backed by git) (r/rust)',
      'https://www.reddit.com/r/rust/comments/1hkrdj8/introductory_overview_of_the_jujutsu_version/',
    ),
  },
  {
    why: "a share link's tracking goes",
    url: `${RUST_POST}?utm_source=share&utm_medium=web3x&utm_name=web3xcss&utm_term=1&utm_content=share_button`,
    title: 'Best strategy for pub-sub between async tasks? : r/rust',
    want: post('Best strategy for pub-sub between async tasks? (r/rust)', RUST_POST),
  },
  {
    why: "the app's share_id and Reddit's rdt go; context stays",
    url: 'https://www.reddit.com/r/adventofcode/comments/1h8l3z5/comment/m0wq0ta/?share_id=Xy12&context=3&rdt=51234',
    title: '-❄️- 2024 Day 7 Solutions -❄️- : r/adventofcode',
    want: post(
      '-❄️- 2024 Day 7 Solutions -❄️- (r/adventofcode)',
      'https://www.reddit.com/r/adventofcode/comments/1h8l3z5/comment/m0wq0ta/?context=3',
    ),
  },
  {
    why: 'old Reddit\'s "Title : sub"',
    url: 'https://old.reddit.com/r/AskReddit/comments/abc123/whats_a_skill_everyone_should_learn/',
    title: "What's a skill everyone should learn? : AskReddit",
    want: post(
      "What's a skill everyone should learn? (r/AskReddit)",
      'https://old.reddit.com/r/AskReddit/comments/abc123/whats_a_skill_everyone_should_learn/',
    ),
  },
  {
    why: 'a " : word" that is not the subreddit is part of the title: an ordinary page',
    url: RUST_POST,
    title: 'Ratio : fast',
    want: post('Ratio : fast', RUST_POST),
  },
  {
    why: 'a subreddit is an ordinary page',
    url: 'https://www.reddit.com/r/rust/',
    title: 'The Rust Programming Language',
    want: post('The Rust Programming Language', 'https://www.reddit.com/r/rust/'),
  },
]);
