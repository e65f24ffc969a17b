/**
 * Error codes the extension's own code acts on (beside TickTick's, which pass
 * through as they come). Plain constants with no imports: pages may import
 * this file, through the messaging protocol, without pulling in the client.
 */

/** A two-factor step that took too long: sign on again. */
export const MFA_EXPIRED = 'mfa_expired';
