import * as rruleModule from 'rrule';

type RRuleClass = (typeof import('rrule'))['RRule'];

/**
 * rrule ships ESM for bundlers and a UMD build for Node, whose named exports
 * Node cannot see; take `RRule` from whichever shape was loaded.
 */
export const RRule: RRuleClass =
  (rruleModule as { RRule?: RRuleClass }).RRule ??
  (rruleModule as unknown as { default: { RRule: RRuleClass } }).default.RRule;
