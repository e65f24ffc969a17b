import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { chronoPartsPlugin } from './scripts/chrono-parts-plugin';
import { extensionCsp, pageCspPlugin } from './scripts/content-security';
import { moduleSizesPlugin } from './scripts/module-sizes-plugin';
import { preactWithoutInnerHtmlPlugin } from './scripts/preact-without-inner-html-plugin';
import { readabilityWithoutInnerHtmlPlugin } from './scripts/readability-without-inner-html-plugin';
import { rruleWithoutIterationPlugin } from './scripts/rrule-parts-plugin';

/**
 * The e2e mode (`wxt build --mode e2e`) is the only build that may talk to the
 * sandbox on 127.0.0.1 and expose test hooks; production builds are checked
 * for their absence by test/e2e/production-build.test.ts.
 */
export const TEST_MODE = 'e2e';

/**
 * Public half of a signing key: it fixes the Chromium extension id of development
 * and test builds (`wxt`, `--mode e2e`: the demo, the bench, the browser tests),
 * and with it the OAuth redirect URL registered at developer.ticktick.com. The
 * production build, which is the store package, has none: the Chrome Web Store
 * refuses a manifest with a `key` and gives the extension its own id, whose
 * redirect URL the settings page shows (`identity.getRedirectURL()`).
 */
export const CHROMIUM_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEArVfnk1dYtewd2VKLqM1mIWZTxnVynMdJZ5e8tRyLcvLw8fPwtuC5jFlGRm8OQ9RSaD9ASNHKdQQ+JXeTsTiWeoBnkPMkyC760qReSbzHCtRwjxDQmbp3+TrznsVVcjB9EzcG6O34lg/IATpX5hXKomEgKkyBlvHDhW+oOCypblT2151WAem0A+Ysw1250HOrFJkIZcbnliae7QoRfL2j1XgxODSoAyQvDyxYVN/FOQlDETWXXji+Ua2i38S/+wkYhWu59tlkTIg2UzgtOMkFMYF5Ka+MPT+4TTWw/5JFXClHt9gE6zyERMt5x2+L9xiXFPEmQgxq7d5XwsdVj1aaMwIDAQAB';

/** The APIs and the OAuth token endpoints of both regions; nothing else. */
const TICKTICK_HOSTS = [
  'https://api.ticktick.com/*',
  'https://api.dida365.com/*',
  'https://ticktick.com/oauth/*',
  'https://dida365.com/oauth/*',
];

/**
 * Test builds only: the sites whose local copies the browser tests capture
 * (test/browser/site-pages.ts). A test cannot click the toolbar button, so
 * this stands in for the activeTab grant that a user's click gives.
 */
const TEST_SITE_HOSTS = ['https://mail.google.com/*', 'https://github.com/*', 'https://www.youtube.com/*'];

export const GECKO_ID = 'ticktick-capture@ticktick-capture.github.io';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // blank.html is the empty extension page the tests and the bench start from and measure against; no user needs it.
    'entrypoints:resolved': (wxt, entrypoints) => {
      if (wxt.config.mode === TEST_MODE) return;
      const blank = entrypoints.findIndex((entrypoint) => entrypoint.name === 'blank');
      if (blank >= 0) entrypoints.splice(blank, 1);
    },
  },
  // Explicit imports everywhere: a reader sees where every name comes from.
  imports: false,
  // chrono-node's exports name whole locales only; quick add builds its chrono from single parsers.
  alias: { 'chrono-parts': 'node_modules/chrono-node/dist/esm' },
  vite: () => ({
    // terser, not esbuild's minifier: 2.4 kB (4%) less background gzip, which is held to 60 kB; builds take ~10 s longer.
    // ecma 2020: the browsers this supports (Chromium MV3, Firefox 140) run it; three passes find ~40 bytes more than two.
    build: { minify: 'terser', terserOptions: { ecma: 2020, compress: { passes: 3 } } },
    plugins: [
      preact(),
      preactWithoutInnerHtmlPlugin(),
      readabilityWithoutInnerHtmlPlugin(),
      rruleWithoutIterationPlugin(),
      chronoPartsPlugin(),
      moduleSizesPlugin(),
      pageCspPlugin(),
    ],
  }),
  // `wxt zip`, run by scripts/release.ts: the Firefox build also gets the sources package AMO asks for with
  // bundled code. It holds what the build reads (sources, build plugins, lock file, README with the commands),
  // not the tests, their fixtures, the demo, the bench or the store's images.
  zip: {
    // Relative to .output/: the folder scripts/release.ts makes and fills.
    artifactTemplate: 'release/{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'release/{{name}}-{{version}}-sources.zip',
    excludeSources: [
      'test/**',
      '**/fixtures/**',
      'scripts/bench/**',
      'scripts/bench.ts',
      'scripts/demo/**',
      'scripts/demo.ts',
      'store/**',
      'coverage/**',
    ],
  },
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // identity: OAuth in the background; declarativeNetRequestWithHostAccess: the V2 headers on our own requests to
    // the TickTick hosts only (the variant without the "block content on any page" warning);
    // activeTab + scripting: read the selection of the tab the user acted on, never all sites.
    permissions: [
      'storage',
      'identity',
      'declarativeNetRequestWithHostAccess',
      'activeTab',
      'scripting',
      'contextMenus',
      'alarms',
      'notifications',
    ],
    commands: {
      // MV2 (the Firefox build) names the toolbar button's command differently.
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+T' },
        description: 'Open quick add',
      },
      'capture-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Add the current page to TickTick at once',
      },
    },
    host_permissions: [...TICKTICK_HOSTS, ...(mode === TEST_MODE ? ['http://127.0.0.1/*', ...TEST_SITE_HOSTS] : [])],
    // MV2 (the Firefox build) takes the policy as a string.
    content_security_policy:
      browser === 'firefox'
        ? extensionCsp({ sandbox: mode === TEST_MODE })
        : { extension_pages: extensionCsp({ sandbox: mode === TEST_MODE }) },
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // No key in the production build, the store package (see CHROMIUM_PUBLIC_KEY).
        mode === 'production'
        ? {}
        : { key: CHROMIUM_PUBLIC_KEY }),
  }),
});
