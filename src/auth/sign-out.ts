import { pendingMfaItem, pendingOAuthItem, v1CredentialItem, v2SessionItem, v2TotpSecretItem } from '../storage/items';
import type { AuthDeps } from './deps';
import { removeV2HeaderRule } from './v2-header-rules';

/** Forgets one way in, with every secret it left in any storage area and its header rule. */
export async function signOut(deps: Pick<AuthDeps, 'dnr'>, connection: 'v1' | 'v2'): Promise<void> {
  if (connection === 'v1') {
    await Promise.all([v1CredentialItem.removeValue(), pendingOAuthItem.removeValue()]);
    return;
  }
  await Promise.all([v2SessionItem.removeValue(), v2TotpSecretItem.removeValue(), pendingMfaItem.removeValue()]);
  await removeV2HeaderRule(deps.dnr);
}
