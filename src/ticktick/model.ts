import { z } from './zod';

/**
 * Tolerant models let unknown keys through (the API adds fields without notice);
 * strict ones reject them, like pyticktick's default `extra='forbid'`, for tests
 * that want to notice when TickTick changes.
 */
export type SchemaMode = 'tolerant' | 'strict';

export type Model<Shape extends z.core.$ZodShape> = (mode?: SchemaMode) => z.ZodMiniObject<Shape, z.core.$loose>;

export function defineModel<Shape extends z.core.$ZodShape>(
  name: string,
  shape: (mode: SchemaMode) => Shape,
): Model<Shape> {
  const cache: Partial<Record<SchemaMode, z.ZodMiniObject<Shape, z.core.$loose>>> = {};
  return (mode = 'tolerant') => {
    const cached = cache[mode];
    if (cached) return cached;
    const built =
      mode === 'strict'
        ? (z.strictObject(shape(mode), {
            error: (issue) =>
              issue.code === 'unrecognized_keys'
                ? `Unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} in ${name}: TickTick may have added ${issue.keys.length > 1 ? 'fields' : 'a field'}. Strict mode forbids extra keys; use the default tolerant mode if the API has diverged from the model.`
                : undefined,
          }) as unknown as z.ZodMiniObject<Shape, z.core.$loose>)
        : z.looseObject(shape(mode));
    cache[mode] = built;
    return built;
  };
}

/**
 * An optional field as real data has it: absent, `null` or `""` all read as
 * absent (pyticktick's `empty_str_to_none`).
 */
export function opt<T extends z.ZodMiniType>(schema: T): z.ZodMiniOptional<T> {
  // Typed as the optional it ends in: that is what callers may send and what they get back.
  return z.pipe(
    z.transform((value: unknown): unknown => (value === '' || value === null ? undefined : value)),
    z.optional(schema) as z.ZodMiniType,
  ) as unknown as z.ZodMiniOptional<T>;
}

/** Parses a request a caller built, so mistakes surface before anything is sent. */
export type Infer<M extends Model<z.core.$ZodShape>> = z.output<ReturnType<M>>;
export type Input<M extends Model<z.core.$ZodShape>> = z.input<ReturnType<M>>;
