import { readAccountState } from '../auth/account-state';
import { cleanText, cleanTitle, defangTitle } from '../capture/sanitize';
import type { Connections } from '../auth/connections';
import type { AuthDeps } from '../auth/deps';
import { connectOAuth } from '../auth/oauth-signin';
import { signOut } from '../auth/sign-out';
import { connectPersonalToken } from '../auth/token-signin';
import { signInV2, verifyV2Code } from '../auth/v2-signin';
import type { PageContext, ProjectList } from '../messaging/protocol';
import type { MessageHandlers } from '../messaging/router';
import type { Outbox } from '../outbox/outbox';
import { toProjectList } from '../projects/project-list';
import { refreshProjects } from '../projects/projects';
import {
  captureSettingsItem,
  projectsCacheItem,
  recentProjectsItem,
  regionItem,
  v1CredentialItem,
  v2SessionItem,
} from '../storage/items';
import { forgetAccountData } from '../storage/lifetimes';
import { TickTickError } from '../ticktick/errors';
import type { CaptureService } from './capture-service';
import { readPageText } from './page-text';

export interface HandlerDeps {
  version: string;
  auth: AuthDeps;
  connections: Connections;
  outbox: Outbox;
  capture: CaptureService;
  readActiveTab: (tabId?: number) => Promise<PageContext>;
  /** After a way in is connected: send what waited, fetch the lists. */
  onConnected: () => void;
  /** After a sign-out: the lists and menus of the account that left are rebuilt from what remains. */
  onSignedOut: () => void;
}

const PROJECTS_FRESH_MS = 60_000;

async function projectList(): Promise<ProjectList> {
  const [cache, recent, settings] = await Promise.all([
    projectsCacheItem.getValue(),
    recentProjectsItem.getValue(),
    captureSettingsItem.getValue(),
  ]);
  return toProjectList(cache, recent, settings);
}

/** The background's answer to each message type: services do the work. */
export function createHandlers(deps: HandlerDeps): MessageHandlers {
  const { auth, connections, outbox, capture } = deps;
  const state = () => readAccountState(auth);
  let settingsQueue: Promise<unknown> = Promise.resolve();
  const connected = async () => {
    deps.onConnected();
    return state();
  };
  return {
    async ping() {
      const endpoints = await auth.resolveEndpoints();
      return { pong: true, version: deps.version, apiOrigin: new URL(endpoints.v1).origin };
    },
    'account.get': state,
    async 'account.refresh'() {
      await connections.refresh();
      return state();
    },
    async 'account.setRegion'({ region }) {
      if ((await v1CredentialItem.getValue()) || (await v2SessionItem.getValue())) {
        throw new TickTickError({
          kind: 'client',
          errorCode: 'signed_in',
          message: 'Sign out first: an account belongs to one region.',
        });
      }
      await regionItem.setValue(region);
      // An account belongs to one region: nothing of one stays for the other.
      await forgetAccountData();
      deps.onSignedOut();
      return state();
    },
    async 'account.connectToken'({ token }) {
      await connectPersonalToken(auth, token);
      return connected();
    },
    async 'account.connectOAuth'(app) {
      await connectOAuth(auth, app);
      return connected();
    },
    async 'account.signInV2'(credentials) {
      await signInV2(auth, credentials);
      return connected();
    },
    async 'account.verifyV2Code'(answer) {
      await verifyV2Code(auth, answer);
      return connected();
    },
    async 'account.signOut'({ connection }) {
      await signOut(auth, connection);
      deps.onSignedOut();
      return state();
    },
    'capture.context': ({ tabId }) => deps.readActiveTab(tabId),
    'capture.pageText': ({ tabId }) => readPageText(tabId),
    'capture.content': ({ page }) => capture.draftContent(page),
    'capture.preview': ({ text, keptAsText }) => capture.preview(text, keptAsText),
    'capture.submit': (input) => capture.submit(input),
    async 'projects.get'({ refresh }) {
      // Every popup asks for a fresh list; one fetch a minute is plenty.
      const cache = await projectsCacheItem.getValue();
      const stale = !cache || auth.now() - cache.fetchedAt > PROJECTS_FRESH_MS;
      if (refresh && stale) await refreshProjects(connections, auth.now).catch(() => undefined);
      return projectList();
    },
    async 'outbox.retry'({ id }) {
      await outbox.retry(id);
      return outbox.waiting();
    },
    async 'outbox.sendHere'({ id }) {
      await outbox.sendHere(id);
      return outbox.waiting();
    },
    async 'outbox.edit'({ id, title, content }) {
      // The same rules as a fresh capture's: one safe line for the title, the description cut to what TickTick takes.
      await outbox.edit(id, {
        title: defangTitle(cleanTitle(title)),
        content: content === undefined ? undefined : cleanText(content).text,
      });
      return outbox.waiting();
    },
    async 'outbox.remove'({ id }) {
      await outbox.remove(id);
      return outbox.waiting();
    },
    'settings.get': () => captureSettingsItem.getValue(),
    'settings.set': (change) => {
      // One change at a time: two quick edits must not overwrite each other's read-modify-write.
      const update = settingsQueue.then(async () => {
        const next = { ...(await captureSettingsItem.getValue()), ...change };
        await captureSettingsItem.setValue(next);
        return next;
      });
      settingsQueue = update.catch(() => undefined);
      return update;
    },
  };
}
