import * as z from 'zod';

// zod 4 probes `new Function` to decide whether to JIT its parsers; inside an
// extension that probe is a CSP violation. Every schema imports `z` from here,
// so this runs before the first schema is built.
z.config({ jitless: true });

export { z };
