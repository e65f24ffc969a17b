import type { MessageHandlers } from '../messaging/router';
import type { Endpoints } from '../ticktick/regions';

export interface HandlerDeps {
  version: string;
  resolveEndpoints: () => Promise<Endpoints>;
}

/** The background's answer to each message type. */
export function createHandlers({ version, resolveEndpoints }: HandlerDeps): MessageHandlers {
  return {
    async ping() {
      const endpoints = await resolveEndpoints();
      return { pong: true, version, apiOrigin: new URL(endpoints.v1).origin };
    },
  };
}
