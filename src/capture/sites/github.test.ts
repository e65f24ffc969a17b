import { siteTable } from './fixtures/site-table';

siteTable('GitHub', [
  {
    why: 'an issue: its own title, then owner/repo#number',
    url: 'https://github.com/keptn/keptn/issues/3808',
    title: 'Allow forcing new project creation with existing Git upstream · Issue #3808 · keptn/keptn · GitHub',
    want: {
      kind: 'issue',
      title: 'Allow forcing new project creation with existing Git upstream (keptn/keptn#3808)',
      url: 'https://github.com/keptn/keptn/issues/3808',
    },
  },
  {
    why: "an issue's link loses its comment fragment and query",
    url: 'https://github.com/nextauthjs/next-auth/issues/10928?notification_referrer_id=NT_1#issuecomment-2055123456',
    title: 'Authjs v5 redirecting to the wrong URL · Issue #10928 · nextauthjs/next-auth · GitHub',
    want: {
      kind: 'issue',
      title: 'Authjs v5 redirecting to the wrong URL (nextauthjs/next-auth#10928)',
      url: 'https://github.com/nextauthjs/next-auth/issues/10928',
    },
  },
  {
    why: 'the number comes from the URL, never from the title',
    url: 'https://github.com/octo-org/octo-repo/issues/12',
    title: 'Crash on start · Issue #11 · octo-org/octo-repo · GitHub',
    want: {
      kind: 'issue',
      title: 'Crash on start (octo-org/octo-repo#12)',
      url: 'https://github.com/octo-org/octo-repo/issues/12',
    },
  },
  {
    why: 'a title with " · " in it is kept whole',
    url: 'https://github.com/octo-org/octo-repo/issues/7',
    title: 'Docs · typo in README · Issue #7 · octo-org/octo-repo · GitHub',
    want: {
      kind: 'issue',
      title: 'Docs · typo in README (octo-org/octo-repo#7)',
      url: 'https://github.com/octo-org/octo-repo/issues/7',
    },
  },
  {
    why: 'a title that quotes what looks like a section name keeps it',
    url: 'https://github.com/octo-org/octo-repo/issues/12',
    title: 'Regression · nodejs/node@5ba72ae broke the build · Issue #12 · octo-org/octo-repo · GitHub',
    want: {
      kind: 'issue',
      title: 'Regression · nodejs/node@5ba72ae broke the build (octo-org/octo-repo#12)',
      url: 'https://github.com/octo-org/octo-repo/issues/12',
    },
  },
  {
    why: 'a pull request loses " by <author>"',
    url: 'https://github.com/nodejs/node/pull/61456',
    title: 'build,deps: replace cjs-module-lexer with merve by anonrig · Pull Request #61456 · nodejs/node · GitHub',
    want: {
      kind: 'pull-request',
      title: 'build,deps: replace cjs-module-lexer with merve (nodejs/node#61456)',
      url: 'https://github.com/nodejs/node/pull/61456',
    },
  },
  {
    why: "a pull request's files tab is the pull request",
    url: 'https://github.com/paritytech/substrate/pull/2930/files',
    title: 'Tipped Transaction Type. by kianenigma · Pull Request #2930 · paritytech/substrate',
    want: {
      kind: 'pull-request',
      title: 'Tipped Transaction Type. (paritytech/substrate#2930)',
      url: 'https://github.com/paritytech/substrate/pull/2930',
    },
  },
  {
    why: "a pull request's commits tab, a commit picked, is the pull request",
    url: 'https://github.com/moovweb/gvm/pull/176/commits/6d99f7dee6ddd09992620654c2067aaf869b3d1c',
    title: 'update readme.md for go1.5 installation by imyelo · Pull Request #176 · moovweb/gvm',
    want: {
      kind: 'pull-request',
      title: 'update readme.md for go1.5 installation (moovweb/gvm#176)',
      url: 'https://github.com/moovweb/gvm/pull/176',
    },
  },
  {
    why: 'only the author\'s " by" goes from a pull request, not one in its title',
    url: 'https://github.com/vllm-project/vllm/pull/56893',
    title:
      '[Model][DSv4.1] Store the whole KV in MXFP8 (FlashMLA V4.1 record) by zyongye · Pull Request #56893 · vllm-project/vllm',
    want: {
      kind: 'pull-request',
      title: '[Model][DSv4.1] Store the whole KV in MXFP8 (FlashMLA V4.1 record) (vllm-project/vllm#56893)',
      url: 'https://github.com/vllm-project/vllm/pull/56893',
    },
  },
  {
    why: 'a bot author goes too',
    url: 'https://github.com/octo-org/octo-repo/pull/77',
    title: 'Bump lodash from 4.17.20 to 4.17.21 by dependabot[bot] · Pull Request #77 · octo-org/octo-repo · GitHub',
    want: {
      kind: 'pull-request',
      title: 'Bump lodash from 4.17.20 to 4.17.21 (octo-org/octo-repo#77)',
      url: 'https://github.com/octo-org/octo-repo/pull/77',
    },
  },
  {
    why: 'an issue title ending in "by …" keeps it',
    url: 'https://github.com/octo-org/octo-repo/issues/5',
    title: 'Crash caused by foo · Issue #5 · octo-org/octo-repo · GitHub',
    want: {
      kind: 'issue',
      title: 'Crash caused by foo (octo-org/octo-repo#5)',
      url: 'https://github.com/octo-org/octo-repo/issues/5',
    },
  },
  {
    why: 'a discussion',
    url: 'https://github.com/cloudnative-pg/cloudnative-pg/discussions/7462',
    title: 'Split-brain in case of network partition · cloudnative-pg/cloudnative-pg · Discussion #7462 · GitHub',
    want: {
      kind: 'discussion',
      title: 'Split-brain in case of network partition (cloudnative-pg/cloudnative-pg#7462)',
      url: 'https://github.com/cloudnative-pg/cloudnative-pg/discussions/7462',
    },
  },
  {
    why: 'a discussion whose title is a question',
    url: 'https://github.com/hassio-addons/app-tailscale/discussions/449#discussioncomment-1',
    title:
      'How to make Home Assistant resolve MagicDNS endpoints without losing the ability to resolve anything non-MagicDNS? · hassio-addons/app-tailscale · Discussion #449 · GitHub',
    want: {
      kind: 'discussion',
      title:
        'How to make Home Assistant resolve MagicDNS endpoints without losing the ability to resolve anything non-MagicDNS? (hassio-addons/app-tailscale#449)',
      url: 'https://github.com/hassio-addons/app-tailscale/discussions/449',
    },
  },
  {
    why: 'a commit: its subject, then owner/repo@ and 7 characters of its sha',
    url: 'https://github.com/nodejs/node/commit/5ba72ae7bc42fb3f884c860e7a4f7800794984f8',
    title: 'zlib: add ZipEntry, ZipFile, and ZipBuffer · nodejs/node@5ba72ae · GitHub',
    want: {
      kind: 'commit',
      title: 'zlib: add ZipEntry, ZipFile, and ZipBuffer (nodejs/node@5ba72ae)',
      url: 'https://github.com/nodejs/node/commit/5ba72ae7bc42fb3f884c860e7a4f7800794984f8',
    },
  },
  {
    why: "a commit's link loses its diff fragment",
    url: 'https://github.com/facebook/react/commit/4997515b96eede5ab1ca622e0439a0707f8d4afd#diff-177c7dfb427f9112334848f428127e62',
    title: 'Point useSubscription to useSyncExternalStore shim (#24289) · facebook/react@4997515',
    want: {
      kind: 'commit',
      title: 'Point useSubscription to useSyncExternalStore shim (#24289) (facebook/react@4997515)',
      url: 'https://github.com/facebook/react/commit/4997515b96eede5ab1ca622e0439a0707f8d4afd',
    },
  },
  {
    why: 'a commit linked by a short sha',
    url: 'https://github.com/nodejs/node/commit/d08872b530',
    title: 'buffer: implement blob.textStream() · nodejs/node@d08872b',
    want: {
      kind: 'commit',
      title: 'buffer: implement blob.textStream() (nodejs/node@d08872b)',
      url: 'https://github.com/nodejs/node/commit/d08872b530',
    },
  },
  {
    why: 'a subject GitHub cut with "…" stays cut',
    url: 'https://github.com/octo-org/octo-repo/commit/abc1234def5678abc1234def5678abc1234def56',
    title:
      'Move the retry loop out of the client and into the queue so that a crash m… · octo-org/octo-repo@abc1234 · GitHub',
    want: {
      kind: 'commit',
      title: 'Move the retry loop out of the client and into the queue so that a crash m… (octo-org/octo-repo@abc1234)',
      url: 'https://github.com/octo-org/octo-repo/commit/abc1234def5678abc1234def5678abc1234def56',
    },
  },
  {
    why: 'a tab title GitHub has not written yet gives way to og:title',
    url: 'https://github.com/owner/repo/issues/1234',
    title: 'GitHub',
    meta: { 'og:title': 'Crash on start · Issue #1234 · owner/repo' },
    want: {
      kind: 'issue',
      title: 'Crash on start (owner/repo#1234)',
      url: 'https://github.com/owner/repo/issues/1234',
    },
  },
  {
    why: 'a file view is an ordinary page',
    url: 'https://github.com/ryanhanwu/How-To-Ask-Questions-The-Smart-Way/blob/main/README-zh_CN.md',
    title:
      'How-To-Ask-Questions-The-Smart-Way/README-zh_CN.md at main · ryanhanwu/How-To-Ask-Questions-The-Smart-Way · GitHub',
    want: {
      kind: 'page',
      title:
        'How-To-Ask-Questions-The-Smart-Way/README-zh_CN.md at main · ryanhanwu/How-To-Ask-Questions-The-Smart-Way',
      url: 'https://github.com/ryanhanwu/How-To-Ask-Questions-The-Smart-Way/blob/main/README-zh_CN.md',
    },
  },
  {
    why: 'a repository is an ordinary page',
    url: 'https://github.com/lobehub/lobehub',
    title: 'GitHub - lobehub/lobehub: LobeHub is your Chief Agent Operator. · GitHub',
    want: {
      kind: 'page',
      title: 'GitHub - lobehub/lobehub: LobeHub is your Chief Agent Operator.',
      url: 'https://github.com/lobehub/lobehub',
    },
  },
  {
    why: 'a list of issues is an ordinary page',
    url: 'https://github.com/keptn/keptn/issues?q=is%3Aopen',
    title: 'Issues · keptn/keptn · GitHub',
    want: { kind: 'page', title: 'Issues · keptn/keptn', url: 'https://github.com/keptn/keptn/issues?q=is%3Aopen' },
  },
  {
    why: 'a new-issue form is an ordinary page',
    url: 'https://github.com/keptn/keptn/issues/new',
    title: 'New Issue · keptn/keptn · GitHub',
    want: { kind: 'page', title: 'New Issue · keptn/keptn', url: 'https://github.com/keptn/keptn/issues/new' },
  },
  {
    why: "an organisation's discussion has no repository: an ordinary page",
    url: 'https://github.com/orgs/adonisjs/discussions/4712',
    title: 'manifest.json not found · adonisjs · Discussion #4712 · GitHub',
    want: {
      kind: 'page',
      title: 'manifest.json not found · adonisjs · Discussion #4712',
      url: 'https://github.com/orgs/adonisjs/discussions/4712',
    },
  },
]);
