import fc from 'fast-check';
import { realShapedValues } from './fixtures/ticktick-api/catalogue';

/** A value with one key (at any depth) dropped, set to another JSON value, or a key added. */
export function mutate(value: unknown, pick: number, replacement: unknown): unknown {
  if (Array.isArray(value))
    return value.map((v, i) => (i === pick % Math.max(1, value.length) ? mutate(v, pick >> 1, replacement) : v));
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    const index = pick % (entries.length + 1);
    if (index === entries.length) return { ...value, [`extra${pick}`]: replacement };
    const [key, inner] = entries[index]!;
    const copy: Record<string, unknown> = { ...value };
    if (pick % 3 === 0) delete copy[key];
    else copy[key] = pick % 3 === 1 ? replacement : mutate(inner, pick >> 2, replacement);
    return copy;
  }
  return replacement;
}

/** Real TickTick answers and requests, each with one thing changed: the shapes a model meets when the API drifts. */
export function realShapedArbitrary(): fc.Arbitrary<unknown> {
  return fc
    .tuple(fc.constantFrom(...realShapedValues()), fc.nat(), fc.jsonValue())
    .map(([real, pick, replacement]) => mutate(real, pick, replacement));
}
