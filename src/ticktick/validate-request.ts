import { TickTickError } from './errors';
import { z } from './zod';

/** Checks a request body before it is sent, so a bad one fails here and not at TickTick. */
export function validateRequest<T extends z.ZodMiniType>(schema: T, data: unknown, name: string): z.output<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new TickTickError({
    kind: 'validation',
    message: `Invalid ${name}: ${z.prettifyError(result.error)}`,
    details: { issues: result.error.issues },
  });
}
