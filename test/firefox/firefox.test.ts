import { describe } from 'vitest';
import { capturing } from './capture.cases';
import { noFirefox, useFirefox } from './harness';
import { signingIn } from './sign-in.cases';
import { installAndPages } from './smoke.cases';

/**
 * One Firefox for the whole suite: its start is most of the suite's time. The
 * cases are in their own files; install and pages come first, since they look
 * at what the background logged as it was installed.
 */
describe.skipIf(noFirefox)('the Firefox build in Firefox', () => {
  const session = useFirefox();
  describe('install, background and pages', () => installAndPages(session));
  describe('signing in from the options page', () => signingIn(session));
  describe('capturing', () => capturing(session));
});
