/**
 * Where each part of TickTick lives. The region is part of the account: a token
 * from one region is "invalid" in the other.
 */
export type Region = 'ticktick' | 'dida365';

export interface Endpoints {
  /** The web site: OAuth pages, and the Origin/Referer V2 requests must carry. */
  site: string;
  /** V1 Open API root, with its path. */
  v1: string;
  /** V2 private API root, with its path. */
  v2: string;
  oauthAuthorize: string;
  oauthToken: string;
}

const REGION_HOSTS: Record<Region, string> = {
  ticktick: 'ticktick.com',
  dida365: 'dida365.com',
};

export function regionEndpoints(region: Region): Endpoints {
  const host = REGION_HOSTS[region];
  const site = `https://${host}`;
  return {
    site,
    v1: `https://api.${host}/open/v1`,
    v2: `https://api.${host}/api/v2`,
    oauthAuthorize: `${site}/oauth/authorize`,
    oauthToken: `${site}/oauth/token`,
  };
}

/**
 * Endpoints of a server that serves every part from one origin, as the sandbox
 * does. V2 requests still claim the TickTick site as their Origin.
 */
export function singleOriginEndpoints(origin: string, region: Region = 'ticktick'): Endpoints {
  const root = new URL(origin).origin;
  return {
    site: regionEndpoints(region).site,
    v1: `${root}/open/v1`,
    v2: `${root}/api/v2`,
    oauthAuthorize: `${root}/oauth/authorize`,
    oauthToken: `${root}/oauth/token`,
  };
}

/** Link that opens a task in the web app. */
export function taskWebUrl(region: Region, projectId: string, taskId: string): string {
  return `https://${REGION_HOSTS[region]}/webapp/#p/${encodeURIComponent(projectId)}/tasks/${encodeURIComponent(taskId)}`;
}
