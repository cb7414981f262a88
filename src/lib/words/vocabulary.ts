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
  /** Set by the composer for a business client whose invoices are listed: the statement's figures fill the letter. */
  releve: 'les pénalités et indemnités de chaque facture sont chiffrées',
  /** Set by the composer of the recovery letters: a claimed invoice may be time-barred, so no letter threatens a court. */
  prescrite: 'une facture réclamée est peut-être prescrite',
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
/** Set by the composer of the recovery letters (never written in content): a private client was already put on notice, on a known date. */
export const NOTICE_SENT = 'dejaEnDemeure';

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

/**
 * Conditions only the plan's notes and checklist (content/plan.yaml) may name, besides those above:
 * what the letters never vary with. The composer sets them from the verdict, the answers and the dates.
 */
export const PLAN_CONDITIONS = {
  /** The verdict, when it matters more than the way to leave. */
  partir: 'le verdict est de partir maintenant',
  preparer: 'le verdict est de préparer une sortie',
  grosClient: 'le client pèse 30 % ou plus du chiffre d’affaires',
  relationLongue: 'la relation dure depuis deux ans ou plus',
  dureeConnue: 'la durée de la relation est connue, et avec elle la raison du préavis proposé',
  preavisDuContrat: 'le préavis est celui qu’une clause du contrat fixe',
  finDatee: 'le dernier jour est connu (pour un contrat à durée déterminée, sa date de fin a été donnée)',
  finUnWeekEnd: 'la date de fin tombe un samedi ou un dimanche : le dernier jour ouvré la précède',
  finUnJourFerie: 'la date de fin est un jour férié : le dernier jour ouvré la précède',
  sansContrat: 'aucun contrat écrit',
  pasEncoreTente: 'l’utilisateur a répondu n’avoir encore rien tenté',
} as const;
export type PlanCondition = keyof typeof PLAN_CONDITIONS;

/** "raison:<id>" holds for the sign at the top of the verdict's reasons, the one that chose the script (plan only). */
export const TOP_SIGN_CONDITION = 'raison:';

/**
 * The days a task of the dated checklist can fall on, by way of leaving; each is a working day.
 * `handover` is a week before the last day (content/plan.yaml sets how many days), kept only when
 * it comes after the announcement; `after…` is the next working day.
 */
export const TASK_DAYS = {
  recadrer: ['announce', 'deadline', 'recheck'],
  miseEnDemeure: ['announce', 'deadline', 'termination', 'afterTermination'],
  preavis: ['announce', 'deadline', 'handover', 'lastDay', 'afterLastDay'],
  immediat: ['announce', 'deadline', 'lastDay', 'afterLastDay'],
} as const satisfies Record<Path, readonly string[]>;
export type TaskDay = (typeof TASK_DAYS)[Path][number];
