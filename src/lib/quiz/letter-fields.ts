import type { LetterField } from './facts';
import { factAnswer, type Answers, type QuizModel, type ScriptText } from './model';
import type { Path } from '../words/vocabulary';

/**
 * The letter details worth asking for this client: only those the chosen words use (no
 * colleague for a client at fault, no contract end date without a fixed-term contract…).
 */
export function letterFieldsFor(model: QuizModel, answers: Answers, script: ScriptText | undefined, path: Path | undefined): LetterField[] {
  if (!script || !path) return [];
  const fact = (name: string) => factAnswer(model, answers, name);
  const fields: LetterField[] = ['yourName', 'yourBusiness', 'clientName'];
  if (fact('type-de-client') !== 'particulier') fields.push('clientCompany');
  if (fact('projet-en-cours') === 'oui') fields.push('project', 'deliverables');
  // A letter to a client at fault for their conduct records what happened.
  if (script.urgent) fields.push('facts');
  if (path === 'preavis' && fact('contrat') === 'duree-determinee') fields.push('contractEnd');
  if (path === 'preavis' && !script.clientAtFault) fields.push('referral', 'referralContact');
  // Letters sent by registered post are printed: they carry both addresses, a place and a date.
  if (path !== 'recadrer') fields.push('place', 'yourAddress', 'clientAddress');
  return fields;
}

/** Whether to ask for the unpaid invoices one by one. */
export function asksInvoices(model: QuizModel, answers: Answers, typed: number): boolean {
  const owed = factAnswer(model, answers, 'montant-du');
  return typed > 0 || (typeof owed === 'number' && owed > 0);
}
