import { z } from '../ticktick/zod';
import type { MessageType } from './protocol';

/** Payload schemas, one per message type; unknown keys are refused. */
export const payloadSchemas = {
  ping: z.strictObject({}),
} satisfies Record<MessageType, z.ZodType>;
