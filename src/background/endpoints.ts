import { IS_E2E_BUILD } from '../build-mode';
import { regionItem, testApiOriginItem, testRequestTimeoutItem } from '../storage/items';
import { memoItem } from '../storage/memo';
import { regionEndpoints, singleOriginEndpoints, type Endpoints } from '../ticktick/regions';

/**
 * The endpoints every call uses, from the region in storage, so that a worker
 * restarted by an event needs no in-memory state; held in memory between changes
 * because every call asks.
 */
export function createEndpointsResolver(): () => Promise<Endpoints> {
  const region = memoItem(regionItem);
  const testOrigin = IS_E2E_BUILD ? memoItem(testApiOriginItem()) : undefined;
  return async () => {
    const [name, origin] = await Promise.all([region.getValue(), testOrigin?.getValue()]);
    return origin ? singleOriginEndpoints(origin, name) : regionEndpoints(name);
  };
}

/** Test builds only: a shorter request timeout, so that tests of hanging servers do not wait 15 s a request. */
export function createTestRequestTimeout(): (() => Promise<number | undefined>) | undefined {
  if (!IS_E2E_BUILD) return undefined;
  const timeout = memoItem(testRequestTimeoutItem());
  return async () => (await timeout.getValue()) ?? undefined;
}
