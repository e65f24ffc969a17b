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

/**
 * Runs a call with the stored V1 or V2 credentials. When TickTick refuses them
 * (401), the connection is marked "needs reconnect" instead of being dropped:
 * whatever waits for it keeps waiting until the user signs in again.
 */
export function createConnections(deps: AuthDeps) {
  // Every capture reads these; the sign-in flows write them, and `forget` is called after they did.
  const v1Item = memoItem(v1CredentialItem);
  const v2Item = memoItem(v2SessionItem);
  const deviceItem = memoItem(v2DeviceItem);
  const region = memoItem(regionItem);
  const signedIn = async (): Promise<SignedIn> => {
    const [v1, v2, name] = await Promise.all([v1Item.getValue(), v2Item.getValue(), region.getValue()]);
    return { v1, v2, region: name };
  };

  async function markNeedsReconnect(connection: 'v1' | 'v2'): Promise<void> {
    if (connection === 'v1') {
      const v1 = await v1Item.getValue();
      if (v1) await v1Item.setValue({ ...v1, needsReconnect: true });
    } else {
      const v2 = await v2Item.getValue();
      if (v2) await v2Item.setValue({ ...v2, needsReconnect: true });
    }
  }

  async function guard<T>(connection: 'v1' | 'v2', call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof TickTickError && error.kind === 'auth') await markNeedsReconnect(connection);
      throw error;
    }
  }

  const connections = {
    async withV1<T>(use: (v1: V1Api) => Promise<T>): Promise<T> {
      const [credential, endpoints, timeoutMs] = await Promise.all([
        v1Item.getValue(),
        deps.resolveEndpoints(),
        deps.requestTimeoutMs?.(),
      ]);
      if (!credential) throw notConnected('TickTick (API token or OAuth)');
      return guard('v1', () =>
        use(
          v1Api({
            token: credential.token,
            baseUrl: endpoints.v1,
            fetch: deps.fetch,
            timeoutMs,
          }),
        ),
      );
    },

    async withV2<T>(use: (v2: V2Api, session: StoredV2Session) => Promise<T>): Promise<T> {
      const [session, endpoints, device, timeoutMs] = await Promise.all([
        v2Item.getValue(),
        deps.resolveEndpoints(),
        deviceItem.getValue(),
        deps.requestTimeoutMs?.(),
      ]);
      if (!session) throw notConnected('your TickTick account');
      return guard('v2', () =>
        use(
          v2Api({
            token: session.token,
            baseUrl: endpoints.v2,
            site: endpoints.site,
            device: device ?? undefined,
            browserHeaders: 'external',
            fetch: deps.fetch,
            timeoutMs,
          }),
          session,
        ),
      );
    },

    /** Which way to send (see preferredOf). */
    async preferred(): Promise<'v1' | 'v2' | undefined> {
      return preferredOf(await signedIn());
    },

    /** The account a way in is signed in to (`via`), or the one captures are made under now. */
    async account(via?: 'v1' | 'v2'): Promise<AccountRef | undefined> {
      const state = await signedIn();
      return via ? accountOf(via, state) : currentAccountOf(state);
    },

    /**
     * Drops what is held in memory. Storage tells every context of a change, but
     * a flush right after a sign-in must not wait for that news to arrive.
     */
    forget(): void {
      v1Item.forget();
      v2Item.forget();
      deviceItem.forget();
      region.forget();
    },

    /** Recreates the V2 header rule from storage: session rules do not survive a browser restart. */
    async restoreV2HeaderRule(): Promise<void> {
      const session = await v2Item.getValue();
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
      await Promise.allSettled([
        v1Item.getValue().then(async (v1) => {
          if (!v1) return;
          await connections.withV1(getProjects);
          if (v1.needsReconnect) await v1Item.setValue({ ...v1, needsReconnect: false });
        }),
        v2Item.getValue().then(async (v2) => {
          if (!v2) return;
          await connections.withV2(getStatus);
          if (v2.needsReconnect) await v2Item.setValue({ ...v2, needsReconnect: false });
        }),
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
