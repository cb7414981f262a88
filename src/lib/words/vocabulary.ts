/**
 * The words a script's content may use to vary with the situation, and the roles its lines
 * play. Content is checked against these lists at build time, and the composer relies on them.
 */

/** Conditions a variant may name in `when` (and "signe:<id>" for a warning sign that is present). */
export const CONDITIONS = {
  /** How the user leaves: these four exclude one another. */
  recadrer: 'la limite est posée, la relation continue',
  preavis: 'la fin est annoncée avec un préavis (ou au terme du contrat)',
  miseEnDemeure: 'le client est mis en demeure avant la résiliation',
  immediat: 'la fin est immédiate, pour un cas urgent',
  /** The breach is the client's conduct (abuse, unlawful requests), not money: the exit scripts marked `urgent`. */
  conduite: 'le manquement tient à la conduite du client, pas à un paiement',
  /** Who speaks, and to whom. */
  equipe: 'l’utilisateur travaille avec une équipe (« nous »)',
  particulier: 'le client est un particulier, pas un professionnel',
  /** The work and the money. */
  projet: 'un projet est en cours, il reste des livrables',
  aFacturer: 'du travail fait n’est pas encore facturé',
  impayes: 'des factures sont impayées',
  /** Set by the composer when the letter lists exactly one invoice: « la facture suivante », not « les factures suivantes ». */
  uneFacture: 'une seule facture impayée est listée',
  terme: 'le contrat est à durée déterminée et va jusqu’à son terme',
  tente: 'l’utilisateur a déjà essayé de régler le problème',
  confrere: 'l’utilisateur a nommé un confrère à recommander',
} as const;

export type ConditionName = keyof typeof CONDITIONS;
export const PATHS = ['recadrer', 'preavis', 'miseEnDemeure', 'immediat'] as const;
export type Path = (typeof PATHS)[number];

export const SIGN_CONDITION = 'signe:';

/** Set by the composer of the recovery letters (never written in content): the calculator's figures are there. */
export const RECOVERY = 'recouvrement';

/** What a line of a conversation, or a block of a letter, does. */
export const ROLES = [
  'salutation',
  'ouverture',
  'constat',
  'raison',
  'annonce',
  'regles',
  'point',
  'transition',
  'argent',
  'orientation',
  'remerciement',
  'ecrit',
  'conclusion',
  'signature',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles a script of each kind must carry, in words that are never empty whatever the situation. */
export const REQUIRED_ROLES = {
  sortie: { conversation: ['annonce'], letter: ['salutation', 'annonce', 'signature'] },
  limite: { conversation: ['regles', 'point'], letter: ['salutation', 'regles', 'point', 'signature'] },
  soutien: { conversation: [], letter: ['salutation', 'signature'] },
} as const satisfies Record<string, { conversation: readonly Role[]; letter: readonly Role[] }>;

/** Roles a script about a client at fault (abuse, lies, unpaid work) may not have. */
export const AT_FAULT_FORBIDDEN: readonly Role[] = ['orientation', 'remerciement'];
