import { validInvoices } from '../case/invoices';
import { CONTRACTS, NOTICES, RELATIONSHIP_LENGTHS, REVENUE_SHARES, type ClientCase } from '../case/client-case';
import type { IsoDate } from '../case/calendar';
import { computeStatement } from '../recovery/penalties';
import { factAnswer, type Answers, type QuizModel } from './model';
import type { LetterInput } from './compose';

const oneOf = <T extends string>(values: readonly T[], answer: unknown): T | undefined =>
  values.includes(answer as T) ? (answer as T) : undefined;

/**
 * The answers become the case, here and only here: every composition then reads the case, never
 * the questionnaire (a question is read only while it is shown, as `factAnswer` does).
 */
export function caseFromAnswers(model: QuizModel, answers: Answers, input: LetterInput, today: IsoDate): ClientCase {
  const fact = (name: string) => factAnswer(model, answers, name);
  const client = fact('type-de-client') === 'particulier' ? 'particulier' : 'professionnel';
  const tried = fact('deja-essaye');
  const invoices = validInvoices(input.invoices, today);
  const total = fact('montant-du');
  const answered = typeof total === 'number' && total >= 0.01 ? total : undefined;
  return {
    team: fact('equipe') === 'equipe',
    client,
    relationship: {
      length: oneOf(RELATIONSHIP_LENGTHS, fact('duree')),
      share: oneOf(REVENUE_SHARES, fact('part-du-ca')),
      contract: oneOf(CONTRACTS, fact('contrat')),
      noticeClause: oneOf(NOTICES, fact('preavis-contractuel')),
    },
    project: fact('projet-en-cours') === 'oui',
    toInvoice: fact('a-facturer') === 'oui',
    tried: tried === undefined ? undefined : tried === 'oui',
    owed:
      invoices.length > 0
        ? {
            invoices,
            total: invoices.reduce((sum, i) => sum + i.amount, 0),
            answered,
            statement: computeStatement(
              { client, invoices: invoices.map((i) => ({ ...i, payments: [] })), calculationDate: today },
              model.rates,
            ),
          }
        : { invoices, total: answered ?? 0, answered, statement: undefined },
  };
}
