import { forgetSignIn } from '../storage/lifetimes';
import { settleAccountData } from './accounts';
import type { AuthDeps } from './deps';
import { removeV2HeaderRule } from './v2-header-rules';

/**
 * Forgets one way in: every secret it left in any storage area, its header
 * rule, and everything stored for the account (lists, recent lists, sent
 * captures). Waiting captures stay: each names the account it was made under.
 */
export async function signOut(deps: Pick<AuthDeps, 'dnr'>, connection: 'v1' | 'v2'): Promise<void> {
  await forgetSignIn(connection);
  if (connection === 'v2') await removeV2HeaderRule(deps.dnr);
  await settleAccountData({ signedOut: true });
}
