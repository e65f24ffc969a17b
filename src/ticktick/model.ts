import { z } from './zod';

/**
 * Tolerant models let unknown keys through (the API adds fields without notice);
 * strict ones reject them, like pyticktick's default `extra='forbid'`, for tests
 * that want to notice when TickTick changes.
 */
export type SchemaMode = 'tolerant' | 'strict';

export type Model<Shape extends z.ZodRawShape> = (mode?: SchemaMode) => z.ZodObject<Shape, z.core.$loose>;

export function defineModel<Shape extends z.ZodRawShape>(
  name: string,
  shape: (mode: SchemaMode) => Shape,
): Model<Shape> {
  const cache: Partial<Record<SchemaMode, z.ZodObject<Shape, z.core.$loose>>> = {};
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
          }) as unknown as z.ZodObject<Shape, z.core.$loose>)
        : z.looseObject(shape(mode));
    cache[mode] = built;
    return built;
  };
}

/**
 * An optional field as real data has it: absent, `null` or `""` all read as
 * absent (pyticktick's `empty_str_to_none`).
 */
export function opt<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional());
}

/** Parses a request a caller built, so mistakes surface before anything is sent. */
export type Infer<M extends Model<z.ZodRawShape>> = z.output<ReturnType<M>>;
export type Input<M extends Model<z.ZodRawShape>> = z.input<ReturnType<M>>;
