import type { Endpoints } from '../ticktick/regions';

/**
 * V2 wants `Origin`, `Referer` and the session cookie, which fetch cannot set.
 * A declarativeNetRequest session rule sets them on the extension's own V2
 * requests only: `initiatorDomains` is this extension and the URL filter is the
 * V2 API root, so the user's TickTick tabs and V1 calls are never touched.
 */

const V2_HEADER_RULE_ID = 1;

/** The subset of `browser.declarativeNetRequest` used here, injectable in tests. */
export interface SessionRulesApi {
  updateSessionRules(options: { addRules?: DnrRule[]; removeRuleIds?: number[] }): Promise<void>;
  getSessionRules(): Promise<DnrRule[]>;
}

export interface DnrRule {
  id: number;
  priority?: number;
  action: {
    type: 'modifyHeaders';
    requestHeaders: { header: string; operation: 'set' | 'remove'; value?: string }[];
  };
  condition: {
    urlFilter: string;
    initiatorDomains: string[];
    resourceTypes: 'xmlhttprequest'[];
  };
}

function v2HeaderRule(options: { extensionId: string; endpoints: Endpoints; token?: string }): DnrRule {
  const { endpoints, token } = options;
  const requestHeaders: DnrRule['action']['requestHeaders'] = [
    { header: 'origin', operation: 'set', value: endpoints.site },
    { header: 'referer', operation: 'set', value: `${endpoints.site}/` },
    // Without a session, make sure no cookie of the user's own TickTick login rides along.
    token ? { header: 'cookie', operation: 'set', value: `t=${token}` } : { header: 'cookie', operation: 'remove' },
  ];
  return {
    id: V2_HEADER_RULE_ID,
    priority: 1,
    action: { type: 'modifyHeaders', requestHeaders },
    condition: {
      urlFilter: `|${endpoints.v2}/`,
      initiatorDomains: [options.extensionId],
      resourceTypes: ['xmlhttprequest'],
    },
  };
}

/** Replaces the rule: with a token after sign-on, without one for the sign-on request itself. */
export async function applyV2HeaderRule(
  dnr: SessionRulesApi,
  options: { extensionId: string; endpoints: Endpoints; token?: string },
): Promise<void> {
  await dnr.updateSessionRules({ removeRuleIds: [V2_HEADER_RULE_ID], addRules: [v2HeaderRule(options)] });
}

export async function removeV2HeaderRule(dnr: SessionRulesApi): Promise<void> {
  await dnr.updateSessionRules({ removeRuleIds: [V2_HEADER_RULE_ID] });
}
