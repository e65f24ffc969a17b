import { TickTickError } from '../ticktick/errors';
import { isCredentialToken } from '../ticktick/token';
import { regionEndpoints, type Region } from '../ticktick/regions';
import { getProjects, v1Api } from '../ticktick/v1/calls';
import { regionItem, v1CredentialItem } from '../storage/items';
import { learnV1UserId, settleAccountData } from './accounts';
import type { AuthDeps } from './deps';

const OTHER_REGION: Record<Region, { region: Region; name: string }> = {
  ticktick: { region: 'dida365', name: 'Dida365' },
  dida365: { region: 'ticktick', name: 'TickTick' },
};

/**
 * Connects with a personal API token: verified with a real call before it is
 * kept. A token the chosen region refuses is tried on the other region, to
 * tell a region mismatch from a wrong token.
 */
export async function connectPersonalToken(deps: AuthDeps, rawToken: string): Promise<void> {
  const token = rawToken.trim();
  // Checked before it is sent or kept: a line break or a `;` would break the header it goes in.
  if (!isCredentialToken(token)) {
    throw new TickTickError({
      kind: 'validation',
      errorCode: 'malformed_token',
      message:
        'That is not a TickTick API token: copy it again from TickTick (Settings → Account → API Token), without spaces or line breaks.',
    });
  }
  const endpoints = await deps.resolveEndpoints();
  const v1 = v1Api({ token, baseUrl: endpoints.v1, fetch: deps.fetch });
  try {
    await getProjects(v1);
  } catch (error) {
    if (error instanceof TickTickError && error.kind === 'auth') {
      throw await explainRefusedToken(deps, token);
    }
    throw error;
  }
  const userId = await learnV1UserId(v1);
  await v1CredentialItem.setValue({ method: 'token', token, userId, connectedAt: deps.now() });
  await settleAccountData();
}

async function explainRefusedToken(deps: AuthDeps, token: string): Promise<TickTickError> {
  const other = OTHER_REGION[await regionItem.getValue()];
  const otherEndpoints = regionEndpoints(other.region);
  const current = await deps.resolveEndpoints();
  // Only real regions can be told apart; a test server answers for both.
  if (otherEndpoints.v1 !== current.v1) {
    const worksElsewhere = await getProjects(
      v1Api({ token, baseUrl: otherEndpoints.v1, fetch: deps.fetch, timeoutMs: 5000 }),
    ).then(
      () => true,
      () => false,
    );
    if (worksElsewhere) {
      return new TickTickError({
        kind: 'auth',
        errorCode: 'region_mismatch',
        message: `This token belongs to a ${other.name} account. Choose ${other.name} as the region above, then connect again.`,
      });
    }
  }
  return new TickTickError({
    kind: 'auth',
    errorCode: 'invalid_token',
    message:
      'TickTick did not accept this token. Copy it again from TickTick: Settings → Account → API Token, and check the region.',
  });
}
