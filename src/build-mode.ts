/**
 * True only in `wxt build --mode e2e`. Vite replaces `import.meta.env.MODE` with a
 * literal, so code behind this flag is removed from production bundles.
 */
export const IS_E2E_BUILD: boolean = import.meta.env.MODE === 'e2e';
