/** Where the e2e build puts its test hooks in the worker; its own module so Node scripts can import it without the browser. */
export const TEST_HOOKS_GLOBAL = '__ttcTestHooks';
