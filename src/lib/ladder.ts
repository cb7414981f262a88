/**
 * The recovery ladder's vocabulary: who each rung is for. Business and private clients do not
 * climb the same ladder (penalties, mediator, court, limitation), so every rung says which.
 */
export const RUNG_CLIENTS = ['tous', 'professionnel', 'particulier'] as const;
export type RungClients = (typeof RUNG_CLIENTS)[number];

/** Shown on the rung and on the ladder overview, always in words. */
export const RUNG_CLIENT_LABELS: Record<RungClients, string> = {
  tous: 'Client professionnel ou particulier',
  professionnel: 'Client professionnel',
  particulier: 'Client particulier',
};
