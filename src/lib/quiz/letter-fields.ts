import type { LetterField } from './facts';
import type { ScriptText } from './model';
import type { Path } from '../words/vocabulary';
import type { ClientCase } from '../case/client-case';

/**
 * The letter details worth asking for this client: only those the chosen words use (no
 * colleague for a client at fault, no contract end date without a fixed-term contract…).
 */
export function letterFieldsFor(clientCase: ClientCase, script: ScriptText | undefined, path: Path | undefined): LetterField[] {
  if (!script || !path) return [];
  const fields: LetterField[] = ['yourName', 'yourBusiness', 'clientName'];
  if (clientCase.client !== 'particulier') fields.push('clientCompany');
  if (clientCase.project) fields.push('project', 'deliverables');
  // A letter to a client at fault for their conduct records what happened.
  if (script.urgent) fields.push('facts');
  if (path === 'preavis' && clientCase.relationship.contract === 'duree-determinee') fields.push('contractEnd');
  if (path === 'preavis' && !script.clientAtFault) fields.push('referral', 'referralContact');
  // Letters sent by registered post are printed: they carry both addresses, a place and a date.
  if (path !== 'recadrer') fields.push('place', 'yourAddress', 'clientAddress');
  return fields;
}

/** Whether to ask for the unpaid invoices one by one. */
export const asksInvoices = (clientCase: ClientCase, typed: number): boolean => typed > 0 || (clientCase.owed.answered ?? 0) > 0;
