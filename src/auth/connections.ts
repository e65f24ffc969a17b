import { TickTickError } from '../ticktick/errors';
import { getProjects, v1Api, type V1Api } from '../ticktick/v1/calls';
import { getStatus, v2Api, type V2Api } from '../ticktick/v2/calls';
import {
  regionItem,
  v1CredentialItem,
  v2DeviceItem,
  v2SessionItem,
  type AccountRef,
  type StoredV2Session,
} from '../storage/items';
import { accountOf, currentAccountOf, preferredOf, type SignedIn } from './accounts';
import { memoItem } from '../storage/memo';
import type { AuthDeps } from './deps';
import { applyV2HeaderRule } from './v2-header-rules';

/** The stored credentials, remembered in memory: every capture reads them, the sign-in flows write them. */
function connectionItems() {
  const items = {
    v1: memoItem(v1CredentialItem),
    v2: memoItem(v2SessionItem),
    device: memoItem(v2DeviceItem),
    region: memoItem(regionItem),
  };
  return {
    ...items,
    async signedIn(): Promise<SignedIn> {
      const [v1, v2, region] = await Promise.all([items.v1.getValue(), items.v2.getValue(), items.region.getValue()]);
      return { v1, v2, region };
    },
    forget: () => Object.values(items).forEach((item) => item.forget()),
  };
}

type ConnectionItems = ReturnType<typeof connectionItems>;

/** Sets or clears a connection's "needs reconnect" mark, when it is signed in and the mark changes. */
async function markReconnect(items: ConnectionItems, connection: 'v1' | 'v2', needsReconnect: boolean) {
  if (connection === 'v1') {
    const v1 = await items.v1.getValue();
    if (v1 && v1.needsReconnect !== needsReconnect) await items.v1.setValue({ ...v1, needsReconnect });
  } else {
    const v2 = await items.v2.getValue();
    if (v2 && v2.needsReconnect !== needsReconnect) await items.v2.setValue({ ...v2, needsReconnect });
  }
}

/** Runs `call`; an `auth` refusal marks the connection "needs reconnect" (401: TickTick no longer takes it). */
async function guard<T>(items: ConnectionItems, connection: 'v1' | 'v2', call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof TickTickError && error.kind === 'auth') await markReconnect(items, connection, true);
    throw error;
  }
}

async function withV1<T>(deps: AuthDeps, items: ConnectionItems, use: (v1: V1Api) => Promise<T>): Promise<T> {
  const [credential, endpoints, timeoutMs] = await Promise.all([
    items.v1.getValue(),
    deps.resolveEndpoints(),
    deps.requestTimeoutMs?.(),
  ]);
  if (!credential) throw notConnected('TickTick (API token or OAuth)');
  const api = v1Api({ token: credential.token, baseUrl: endpoints.v1, fetch: deps.fetch, timeoutMs });
  return guard(items, 'v1', () => use(api));
}

async function withV2<T>(
  deps: AuthDeps,
  items: ConnectionItems,
  use: (v2: V2Api, session: StoredV2Session) => Promise<T>,
): Promise<T> {
  const [session, endpoints, device, timeoutMs] = await Promise.all([
    items.v2.getValue(),
    deps.resolveEndpoints(),
    items.device.getValue(),
    deps.requestTimeoutMs?.(),
  ]);
  if (!session) throw notConnected('your TickTick account');
  const api = v2Api({
    token: session.token,
    baseUrl: endpoints.v2,
    site: endpoints.site,
    device: device ?? undefined,
    browserHeaders: 'external',
    fetch: deps.fetch,
    timeoutMs,
  });
  return guard(items, 'v2', () => use(api, session));
}

/**
 * Runs a call with the stored V1 or V2 credentials. When TickTick refuses them
 * (401), the connection is marked "needs reconnect" instead of being dropped:
 * whatever waits for it keeps waiting until the user signs in again.
 */
export function createConnections(deps: AuthDeps) {
  const items = connectionItems();
  const connections = {
    withV1: <T>(use: (v1: V1Api) => Promise<T>) => withV1(deps, items, use),
    withV2: <T>(use: (v2: V2Api, session: StoredV2Session) => Promise<T>) => withV2(deps, items, use),

    /** Which way to send (see preferredOf). */
    preferred: async (): Promise<'v1' | 'v2' | undefined> => preferredOf(await items.signedIn()),

    /** The account a way in is signed in to (`via`), or the one captures are made under now. */
    async account(via?: 'v1' | 'v2'): Promise<AccountRef | undefined> {
      const state = await items.signedIn();
      return via ? accountOf(via, state) : currentAccountOf(state);
    },

    /**
     * Drops what is held in memory. Storage tells every context of a change, but
     * a flush right after a sign-in must not wait for that news to arrive.
     */
    forget: items.forget,

    /** Recreates the V2 header rule from storage: session rules do not survive a browser restart. */
    async restoreV2HeaderRule(): Promise<void> {
      const session = await items.v2.getValue();
      if (!session) return;
      await applyV2HeaderRule(deps.dnr, {
        extensionId: deps.extensionId,
        endpoints: await deps.resolveEndpoints(),
        token: session.token,
      });
    },

    /** A cheap live check of each connection: refusals mark it "needs reconnect", success clears the mark. */
    async refresh(): Promise<void> {
      // Network trouble says nothing about the credentials: only answers from TickTick change the mark.
      const { v1, v2 } = await items.signedIn();
      await Promise.allSettled([
        v1 && connections.withV1(getProjects).then(() => markReconnect(items, 'v1', false)),
        v2 && connections.withV2(getStatus).then(() => markReconnect(items, 'v2', false)),
      ]);
    },
  };
  return connections;
}

function notConnected(what: string): TickTickError {
  return new TickTickError({
    kind: 'auth',
    errorCode: 'not_connected',
    message: `Connect ${what} in the settings first.`,
  });
}

export type Connections = ReturnType<typeof createConnections>;
