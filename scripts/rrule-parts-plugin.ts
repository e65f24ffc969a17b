import type { Plugin } from 'vite';

/**
 * The extension uses rrule to write repeat rules and to check the ones TickTick
 * sends: it never expands a rule into dates, nor turns one into English. rrule
 * imports its date iterator, its natural-language module and its rule sets
 * unconditionally, a fifth of the background's 60 kB budget; this swaps those
 * modules for stand-ins that say what was called. Unit tests load rrule's
 * complete build; the browser tests run the built extension, whose captures
 * write and check repeat rules through these parts of rrule.
 */
const STAND_INS: Record<string, string> = {
  './nlp/index': `const unused = (name) => () => { throw new Error('rrule ' + name + ' is not part of this build'); };
export const fromText = unused('fromText');
export const parseText = unused('parseText');
export const toText = unused('toText');
export const isFullyConvertible = unused('isFullyConvertible');`,
  './iter/index': `export function iter() { throw new Error('rrule iteration is not part of this build'); }`,
  './iterset': `export function iterSet() { throw new Error('rrule set iteration is not part of this build'); }`,
  // What all(), between(), before() and after() collect their dates in: iteration, which this build does not do.
  './iterresult': `export default class IterResult { constructor() { throw new Error('rrule iteration is not part of this build'); } }`,
  './callbackiterresult': `export default class CallbackIterResult { constructor() { throw new Error('rrule iteration is not part of this build'); } }`,
  // A rule without its iterator has nothing to cache.
  './cache': `export class Cache { _cacheAdd() {} _cacheGet() { return false; } }`,
  // Rule sets and rrulestr (several rules, RDATE, EXRULE): a TickTick flag is one RRULE line, read by RRule.fromString.
  './rruleset': `export class RRuleSet { constructor() { throw new Error('rrule sets are not part of this build'); } }`,
  './rrulestr': `export function rrulestr() { throw new Error('rrulestr is not part of this build'); }`,
  // The three tslib helpers rrule's ES2015 output calls, as the language has them now (tslib adds ~0.45 kB).
  tslib: `export const __assign = Object.assign;
export function __extends(child, parent) {
  Object.setPrototypeOf(child, parent);
  child.prototype = Object.create(parent.prototype, { constructor: { value: child, writable: true, configurable: true } });
}
export const __spreadArray = (to, from) => to.concat(Array.prototype.slice.call(from));`,
};
const PREFIX = '\0rrule-stand-in:';

export function rruleWithoutIterationPlugin(): Plugin {
  return {
    name: 'ttc-rrule-parts',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !/[\\/]rrule[\\/]dist[\\/]esm[\\/][^\\/]+\.js$/.test(importer)) return null;
      return source in STAND_INS ? PREFIX + source : null;
    },
    load(id) {
      return id.startsWith(PREFIX) ? STAND_INS[id.slice(PREFIX.length)] : null;
    },
  };
}
