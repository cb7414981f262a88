import type { Invoice } from './invoices';
import type { ClientKind } from './assessment';
import type { Statement } from '../recovery/penalties';

/** How long the reader has worked with this client, shortest first: « at least » is a position in the list. */
export const RELATIONSHIP_LENGTHS = ['moins-d-un-an', 'un-a-deux-ans', 'deux-a-cinq-ans', 'cinq-a-dix-ans', 'plus-de-dix-ans'] as const;
export type RelationshipLength = (typeof RELATIONSHIP_LENGTHS)[number];
/** The client's share of the reader's revenue, smallest first. */
export const REVENUE_SHARES = ['moins-de-10', '10-a-30', '30-a-50', 'plus-de-50'] as const;
export type RevenueShare = (typeof REVENUE_SHARES)[number];
/** The contract in place. */
export const CONTRACTS = ['aucun', 'sans-clause', 'avec-clause', 'duree-determinee'] as const;
export type Contract = (typeof CONTRACTS)[number];
/** Notices the guide can suggest or a contract can set. */
export const NOTICES = ['deux-semaines', 'un-mois', 'deux-mois', 'trois-mois', 'six-mois', 'douze-mois', 'dix-huit-mois'] as const;
export type Notice = (typeof NOTICES)[number];

/** What the client owes: the invoices listed (with their statement) or the total answered. */
export interface OwedMoney {
  invoices: Invoice[];
  total: number;
  /** The total the reader answered, which the invoices listed may not match. */
  answered: number | undefined;
  /**
   * The invoices as the calculator states them today, by the same computation: the letters quote
   * its figures, so the self-assessment and the calculator never name two amounts for one debt.
   */
  statement: Statement | undefined;
}

/**
 * One client's case: what the reader said of this client, once, in the terms every composition
 * reads (the verdict's letters, the plan, the calculator's hand-off). An answer not given is
 * undefined: the words then leave out what depends on it.
 */
export interface ClientCase {
  /** Who writes: « je », or « nous » for a team. */
  team: boolean;
  client: ClientKind;
  relationship: {
    length: RelationshipLength | undefined;
    share: RevenueShare | undefined;
    contract: Contract | undefined;
    /** The notice a clause of the contract sets, when it has one. */
    noticeClause: Notice | undefined;
  };
  /** A project is in progress. */
  project: boolean;
  /** Work done is not invoiced yet: a last invoice will be due. */
  toInvoice: boolean;
  /** Whether the reader already tried to settle things (undefined when not asked). */
  tried: boolean | undefined;
  owed: OwedMoney;
}
