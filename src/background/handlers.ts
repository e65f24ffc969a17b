import { readAccountState } from '../auth/account-state';
import { cleanText, cleanTitle, defangTitle } from '../capture/sanitize';
import type { Connections } from '../auth/connections';
import type { AuthDeps } from '../auth/deps';
import { connectOAuth } from '../auth/oauth-signin';
import { signOut } from '../auth/sign-out';
import { connectPersonalToken } from '../auth/token-signin';
import { signInV2, verifyV2Code } from '../auth/v2-signin';
import type { ProjectList } from '../messaging/protocol';
import type { MessageHandlers } from '../messaging/router';
import type { Outbox } from '../outbox/outbox';
import { toProjectList } from '../projects/project-list';
import { refreshProjects } from '../projects/projects';
import {
  captureSettingsItem,
  projectsCacheItem,
  recentProjectsItem,
  regionItem,
  siteRulesItem,
  v1CredentialItem,
  v2SessionItem,
} from '../storage/items';
import { forgetAccountData } from '../storage/lifetimes';
import { updateItem } from '../storage/update-item';
import { TickTickError } from '../ticktick/errors';
import type { CaptureService } from './capture-service';
import type { TabReading } from './page-context';
import { readPageText } from './page-text';

export interface HandlerDeps {
  version: string;
  auth: AuthDeps;
  connections: Connections;
  outbox: Outbox;
  capture: CaptureService;
  readActiveTab: (tabId?: number) => Promise<TabReading>;
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

type Handlers<T extends keyof MessageHandlers> = Pick<MessageHandlers, T>;

/** The background's answer to each message type: services do the work. */
export function createHandlers(deps: HandlerDeps): MessageHandlers {
  return {
    ...accountHandlers(deps),
    ...connectHandlers(deps),
    ...captureHandlers(deps),
    ...outboxHandlers(deps.outbox),
    ...settingsHandlers(),
  };
}

type AccountMessage = 'ping' | 'account.get' | 'account.refresh' | 'account.setRegion' | 'account.signOut';

function accountHandlers(deps: HandlerDeps): Handlers<AccountMessage> {
  const { auth, connections } = deps;
  const state = () => readAccountState(auth);
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
    async 'account.signOut'({ connection }) {
      await signOut(auth, connection);
      deps.onSignedOut();
      return state();
    },
  };
}

type ConnectMessage = 'account.connectToken' | 'account.connectOAuth' | 'account.signInV2' | 'account.verifyV2Code';

/** The ways in: each one, once it succeeds, sends what waited and fetches the lists. */
function connectHandlers(deps: HandlerDeps): Handlers<ConnectMessage> {
  const { auth } = deps;
  /** A way in, answered once it succeeded by the account's state after sending what waited. */
  const connecting =
    <P>(connect: (auth: AuthDeps, payload: P) => Promise<unknown>) =>
    async (payload: P) => {
      await connect(auth, payload);
      deps.onConnected();
      return readAccountState(auth);
    };
  return {
    'account.connectToken': connecting((_, { token }: { token: string }) => connectPersonalToken(auth, token)),
    'account.connectOAuth': connecting(connectOAuth),
    'account.signInV2': connecting(signInV2),
    'account.verifyV2Code': connecting(verifyV2Code),
  };
}

type CaptureMessage =
  'capture.context' | 'capture.pageText' | 'capture.content' | 'capture.preview' | 'capture.submit' | 'projects.get';

function captureHandlers(deps: HandlerDeps): Handlers<CaptureMessage> {
  const { auth, connections, capture } = deps;
  return {
    async 'capture.context'({ tabId }) {
      const { link: _asked, ...page } = await deps.readActiveTab(tabId);
      const rule = await capture.siteRuleView(page.url);
      return rule ? { ...page, rule } : page;
    },
    'capture.pageText': ({ tabId }) => readPageText(tabId),
    'capture.content': ({ page, siteRule }) => capture.draftContent(page, siteRule),
    'capture.preview': ({ text, keptAsText }) => capture.preview(text, keptAsText),
    'capture.submit': (input) => capture.submit(input),
    async 'projects.get'({ refresh }) {
      // Every popup asks for a fresh list; one fetch a minute is plenty.
      const cache = await projectsCacheItem.getValue();
      const stale = !cache || auth.now() - cache.fetchedAt > PROJECTS_FRESH_MS;
      if (refresh && stale) await refreshProjects(connections, auth.now).catch(() => undefined);
      return projectList();
    },
  };
}

type OutboxMessage = 'outbox.retry' | 'outbox.sendHere' | 'outbox.edit' | 'outbox.remove';

/** Each change to a waiting capture answers with the outbox as it is after it. */
function outboxHandlers(outbox: Outbox): Handlers<OutboxMessage> {
  const thenWaiting =
    (change: (id: string) => Promise<unknown>) =>
    async ({ id }: { id: string }) => {
      await change(id);
      return outbox.waiting();
    };
  return {
    'outbox.retry': thenWaiting(outbox.retry),
    'outbox.sendHere': thenWaiting(outbox.sendHere),
    'outbox.edit': ({ id, title, content }) =>
      // The same rules as a fresh capture's: one safe line for the title, the description cut to what TickTick takes.
      thenWaiting((entry) =>
        outbox.edit(entry, {
          title: defangTitle(cleanTitle(title)),
          content: content === undefined ? undefined : cleanText(content).text,
        }),
      )({ id }),
    'outbox.remove': thenWaiting(outbox.remove),
  };
}

function settingsHandlers(): Handlers<'settings.get' | 'settings.set' | 'siteRules.get' | 'siteRules.set'> {
  return {
    'settings.get': () => captureSettingsItem.getValue(),
    'siteRules.get': () => siteRulesItem.getValue(),
    async 'siteRules.set'({ rules }) {
      await siteRulesItem.setValue(rules);
      return rules;
    },
    // In turn with every other change: two quick edits must not overwrite each other's read-modify-write.
    'settings.set': (change) => updateItem(captureSettingsItem, (settings) => ({ ...settings, ...change })),
  };
}
