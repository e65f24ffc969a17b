import { IS_E2E_BUILD } from '../build-mode';
import { regionItem, testApiOriginItem } from '../storage/items';
import { regionEndpoints, singleOriginEndpoints, type Endpoints } from '../ticktick/regions';

/**
 * The endpoints every call uses, read from storage each time so that a worker
 * restarted by an event sees the user's region without any in-memory state.
 */
export async function resolveEndpoints(): Promise<Endpoints> {
  const region = await regionItem.getValue();
  if (IS_E2E_BUILD) {
    const testOrigin = await testApiOriginItem().getValue();
    if (testOrigin) return singleOriginEndpoints(testOrigin, region);
  }
  return regionEndpoints(region);
}
