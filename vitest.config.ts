import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

/**
 * Four projects: fast unit/integration tests (fake browser, sandbox over real HTTP),
 * browser tests that load the built extension into a real Chromium, the same
 * for the Firefox build in a real Firefox, and the tests of `npm run release`'s
 * store packages (the Chrome package loaded in Chromium, the sources rebuilt).
 */
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // CI logs name every test, so a reader can see the browser tests really ran.
    reporters: process.env.CI ? ['verbose'] : ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/sandbox/**/*.test.ts', 'test/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: two cores are shared with the sandbox and the build.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'firefox',
          include: ['test/firefox/**/*.test.ts'],
          globalSetup: ['test/firefox/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Vitest runs the files of every project without file parallelism one at a time, after the
          // rest: never a Firefox and a Chromium at once.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'release',
          include: ['test/release/**/*.test.ts'],
          globalSetup: ['test/release/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Builds and a Chromium: never beside another browser suite.
          fileParallelism: false,
        },
      },
    ],
  },
});
