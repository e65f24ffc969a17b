import { TickTickError } from '../ticktick/errors';
import { createV1Client, type V1Client } from '../ticktick/v1/client';
import { createV2Client, type V2Client } from '../ticktick/v2/client';
import { v1CredentialItem, v2DeviceItem, v2SessionItem } from '../storage/items';
import type { AuthDeps } from './deps';
import { applyV2HeaderRule } from './v2-header-rules';

/**
 * Runs a call with the stored V1 or V2 credentials. When TickTick refuses them
 * (401), the connection is marked "needs reconnect" instead of being dropped:
 * whatever waits for it keeps waiting until the user signs in again.
 */
export function createConnections(deps: AuthDeps) {
  async function markNeedsReconnect(connection: 'v1' | 'v2'): Promise<void> {
    if (connection === 'v1') {
      const v1 = await v1CredentialItem.getValue();
      if (v1) await v1CredentialItem.setValue({ ...v1, needsReconnect: true });
    } else {
      const v2 = await v2SessionItem.getValue();
      if (v2) await v2SessionItem.setValue({ ...v2, needsReconnect: true });
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

  return {
    async withV1<T>(use: (client: V1Client) => Promise<T>): Promise<T> {
      const credential = await v1CredentialItem.getValue();
      if (!credential) throw notConnected('TickTick (API token or OAuth)');
      const endpoints = await deps.resolveEndpoints();
      return guard('v1', () =>
        use(createV1Client({ token: credential.token, baseUrl: endpoints.v1, fetch: deps.fetch })),
      );
    },

    async withV2<T>(use: (client: V2Client) => Promise<T>): Promise<T> {
      const session = await v2SessionItem.getValue();
      if (!session) throw notConnected('your TickTick account');
      const endpoints = await deps.resolveEndpoints();
      const device = (await v2DeviceItem.getValue()) ?? undefined;
      return guard('v2', () =>
        use(
          createV2Client({
            token: session.token,
            baseUrl: endpoints.v2,
            site: endpoints.site,
            device,
            browserHeaders: 'external',
            fetch: deps.fetch,
          }),
        ),
      );
    },

    /** Recreates the V2 header rule from storage: session rules do not survive a browser restart. */
    async restoreV2HeaderRule(): Promise<void> {
      const session = await v2SessionItem.getValue();
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
        v1CredentialItem.getValue().then(async (v1) => {
          if (!v1) return;
          await this.withV1((client) => client.getProjects());
          if (v1.needsReconnect) await v1CredentialItem.setValue({ ...v1, needsReconnect: false });
        }),
        v2SessionItem.getValue().then(async (v2) => {
          if (!v2) return;
          await this.withV2((client) => client.getStatus());
          if (v2.needsReconnect) await v2SessionItem.setValue({ ...v2, needsReconnect: false });
        }),
      ]);
    },
  };
}

/** Which way to send: V2 when signed in there (folders, tags, idempotent adds), else V1; none while both wait for a reconnect. */
export async function preferredConnection(): Promise<'v1' | 'v2' | undefined> {
  const [v1, v2] = await Promise.all([v1CredentialItem.getValue(), v2SessionItem.getValue()]);
  if (v2 && !v2.needsReconnect) return 'v2';
  if (v1 && !v1.needsReconnect) return 'v1';
  return undefined;
}

function notConnected(what: string): TickTickError {
  return new TickTickError({
    kind: 'auth',
    errorCode: 'not_connected',
    message: `Connect ${what} in the settings first.`,
  });
}

export type Connections = ReturnType<typeof createConnections>;
