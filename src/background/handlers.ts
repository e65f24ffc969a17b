import { readAccountState } from '../auth/account-state';
import type { Connections } from '../auth/connections';
import type { AuthDeps } from '../auth/deps';
import { connectOAuth } from '../auth/oauth-signin';
import { signOut } from '../auth/sign-out';
import { connectPersonalToken } from '../auth/token-signin';
import { signInV2, verifyV2Code } from '../auth/v2-signin';
import type { MessageHandlers } from '../messaging/router';
import { regionItem, v1CredentialItem, v2SessionItem } from '../storage/items';
import { TickTickError } from '../ticktick/errors';

export interface HandlerDeps {
  version: string;
  auth: AuthDeps;
  connections: Connections;
}

/** The background's answer to each message type: services do the work, each answer is the new state. */
export function createHandlers({ version, auth, connections }: HandlerDeps): MessageHandlers {
  const state = () => readAccountState(auth);
  return {
    async ping() {
      const endpoints = await auth.resolveEndpoints();
      return { pong: true, version, apiOrigin: new URL(endpoints.v1).origin };
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
      return state();
    },
    async 'account.connectToken'({ token }) {
      await connectPersonalToken(auth, token);
      return state();
    },
    async 'account.connectOAuth'(app) {
      await connectOAuth(auth, app);
      return state();
    },
    async 'account.signInV2'(credentials) {
      await signInV2(auth, credentials);
      return state();
    },
    async 'account.verifyV2Code'(answer) {
      await verifyV2Code(auth, answer);
      return state();
    },
    async 'account.signOut'({ connection }) {
      await signOut(auth, connection);
      return state();
    },
  };
}
