import * as z from 'zod/mini';

/**
 * zod/mini: the same parsers as full zod in a quarter of its size (the
 * background's budget is 60 kB), with functions in place of methods. zod 4
 * probes `new Function` to decide whether to JIT its parsers, which inside an
 * extension is a CSP violation: jitless. mini ships no messages, and zod's
 * English locale is 0.7 kB of names for formats and types this client never
 * checks: these few say what the client's models can find. Every schema
 * imports `z` from here, so this runs before the first schema is built.
 */
const SIZE_UNITS: Record<string, string> = { string: ' characters', array: ' items' };

function message(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `Expected ${issue.expected}`;
    case 'invalid_value':
      return `Expected ${issue.values.map((value) => JSON.stringify(value)).join(' or ')}`;
    case 'too_big':
      return `Expected at most ${String(issue.maximum)}${SIZE_UNITS[issue.origin] ?? ''}`;
    case 'too_small':
      return `Expected at least ${String(issue.minimum)}${SIZE_UNITS[issue.origin] ?? ''}`;
    case 'invalid_format':
      return issue.format === 'regex' ? `Expected text matching ${String(issue.pattern)}` : `Expected ${issue.format}`;
    case 'unrecognized_keys':
      return `Unknown key${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'Expected one of the accepted shapes';
    default:
      return 'Invalid value';
  }
}

z.config({ jitless: true, localeError: message });

export { z };
