import * as rruleModule from 'rrule';

type RRuleStr = (typeof import('rrule'))['rrulestr'];

/**
 * rrule ships ESM for bundlers and a UMD build for Node, whose named exports
 * Node cannot see; take `rrulestr` from whichever shape was loaded.
 */
export const rrulestr: RRuleStr =
  (rruleModule as { rrulestr?: RRuleStr }).rrulestr ??
  (rruleModule as unknown as { default: { rrulestr: RRuleStr } }).default.rrulestr;
