import * as z from 'zod/mini';

// PLACEHOLDER owned by the MATCH helper: replace with the real schemas and generator.
export const identityHintsSchema = z.object({});
export type IdentityHints = z.infer<typeof identityHintsSchema>;
export const identitySchema = z.object({});
export type Identity = z.infer<typeof identitySchema>;
export function deriveIdentity(_articleText: string, _hints: IdentityHints): Identity {
  return {};
}
