import type { Region } from '../ticktick/regions';
import { pendingMfaItem, regionItem, v1CredentialItem, v2SessionItem, v2TotpSecretItem } from '../storage/items';
import type { AuthDeps } from './deps';

/** What pages may know about the account: who and how, never a secret. */
export interface AccountState {
  region: Region;
  /** The redirect URL to register for OAuth: the same on every install of this build. */
  oauthRedirectUrl: string;
  v1:
    | { connected: false; clientId?: string }
    | { connected: true; method: 'token' | 'oauth'; expiresAt?: number; needsReconnect: boolean; clientId?: string };
  v2:
    | { connected: false; awaitingCode?: { username: string } }
    | { connected: true; username: string; needsReconnect: boolean; storesTotpSecret: boolean };
}

/** The account as pages may see it: which ways are connected, as whom, until when. No secret leaves here. */
export async function readAccountState(deps: Pick<AuthDeps, 'identity' | 'now'>): Promise<AccountState> {
  const [region, v1, v2, totpSecret, pendingMfa] = await Promise.all([
    regionItem.getValue(),
    v1CredentialItem.getValue(),
    v2SessionItem.getValue(),
    v2TotpSecretItem.getValue(),
    pendingMfaItem.getValue(),
  ]);
  const expired = v1?.expiresAt !== undefined && v1.expiresAt <= deps.now();
  return {
    region,
    oauthRedirectUrl: deps.identity.getRedirectURL(),
    v1: v1
      ? {
          connected: true,
          method: v1.method,
          expiresAt: v1.expiresAt,
          needsReconnect: Boolean(v1.needsReconnect) || expired,
          clientId: v1.clientId,
        }
      : { connected: false },
    v2: v2
      ? {
          connected: true,
          username: v2.username,
          needsReconnect: Boolean(v2.needsReconnect),
          storesTotpSecret: Boolean(totpSecret),
        }
      : {
          connected: false,
          awaitingCode:
            pendingMfa && pendingMfa.expireTime * 1000 > deps.now() ? { username: pendingMfa.username } : undefined,
        },
  };
}
