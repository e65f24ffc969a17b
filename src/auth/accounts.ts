import {
  dataAccountItem,
  regionItem,
  v1CredentialItem,
  v2SessionItem,
  type AccountRef,
  type StoredV1Credential,
  type StoredV2Session,
} from '../storage/items';
import { forgetAccountData } from '../storage/lifetimes';
import type { Region } from '../ticktick/regions';
import { getProjectWithData, type V1Api } from '../ticktick/v1/calls';

export interface SignedIn {
  region: Region;
  v1: StoredV1Credential | null;
  v2: StoredV2Session | null;
}

/** The way a capture goes: V2 when signed in there (folders, tags, idempotent adds), else V1; none while both wait for a reconnect. */
export function preferredOf({ v1, v2 }: Pick<SignedIn, 'v1' | 'v2'>): 'v1' | 'v2' | undefined {
  if (v2 && !v2.needsReconnect) return 'v2';
  if (v1 && !v1.needsReconnect) return 'v1';
  return undefined;
}

/** The account a way in is signed in to. */
export async function accountOf(via: 'v1' | 'v2', signedIn: SignedIn): Promise<AccountRef | undefined> {
  const { region, v1, v2 } = signedIn;
  if (via === 'v2') return v2 ? { id: `${region}:user:${v2.userId}`, label: `as ${v2.username}` } : undefined;
  if (!v1) return undefined;
  const label = v1.method === 'oauth' ? 'with TickTick sign-in (OAuth)' : 'with an API token';
  return { id: v1.userId ? `${region}:user:${v1.userId}` : `${region}:token:${await fingerprint(v1.token)}`, label };
}

/** The account captures are made under now: the one they would be sent to, or the one waiting for a reconnect. */
export function currentAccountOf(signedIn: SignedIn): Promise<AccountRef | undefined> {
  const via = preferredOf(signedIn) ?? (signedIn.v2 ? 'v2' : signedIn.v1 ? 'v1' : undefined);
  return via ? accountOf(via, signedIn) : Promise.resolve(undefined);
}

/** A one-way name for a token without a user id: it tells two tokens apart and gives neither away. */
async function fingerprint(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return Array.from(new Uint8Array(digest).slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** V1 has no "who am I": the Inbox's id, `inbox<userId>`, is the nearest thing. Undefined when it does not say. */
export async function learnV1UserId(v1: V1Api): Promise<string | undefined> {
  try {
    const inbox = await getProjectWithData(v1, 'inbox');
    const ids = [inbox.project.id, ...inbox.tasks.map((t) => t.projectId)];
    return ids.map((id) => /^inbox(\d+)$/.exec(id)?.[1]).find(Boolean);
  } catch {
    // The sign-in itself was checked already; without the id, the token's fingerprint names the account.
    return undefined;
  }
}

/**
 * After a sign-in or a sign-out: what is stored for an account (its lists,
 * recent lists, sent captures) is kept only while that account is the one
 * signed in. `signedOut` forgets it in any case.
 */
export async function settleAccountData(options: { signedOut?: boolean } = {}): Promise<void> {
  const [region, v1, v2, previous] = await Promise.all([
    regionItem.getValue(),
    v1CredentialItem.getValue(),
    v2SessionItem.getValue(),
    dataAccountItem.getValue(),
  ]);
  const current = (await currentAccountOf({ region, v1, v2 })) ?? null;
  if (options.signedOut || previous?.id !== current?.id) await forgetAccountData();
  if (previous?.id !== current?.id) await dataAccountItem.setValue(current);
}
