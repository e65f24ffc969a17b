import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// zod/mini: the same parsers as full zod in a quarter of its size (the background's budget is 60 kB),
// with functions in place of methods. zod 4 probes `new Function` to decide whether to JIT its
// parsers, which inside an extension is a CSP violation: jitless. Messages in English (mini ships none).
// Every schema imports `z` from here, so this runs before the first schema is built.
z.config({ jitless: true, ...en() });

export { z };
