import { describe, expect, test } from 'vitest';
import { printedLetter } from '../../src/lib/quiz/export';
import type { LetterFields } from '../../src/lib/quiz/model';
import { composeRecoveryLetters } from '../../src/lib/recovery/letters';
import { computeStatement, type StatementInput } from '../../src/lib/recovery/penalties';
import { BUSINESS_CLIENT, SENDER } from '../support/people';
import { ladderLetters as letters, rates } from '../support/recovery';

/**
 * The recovery ladder's three letters, whole, for representative situations, compared with
 * reviewed text fixtures in test/fixtures/recovery-letters/: any change of wording, date or
 * figure shows in review. After a deliberate change, run `npx vitest run --project unit -u`
 * and read every changed fixture as the client would.
 */

const me: LetterFields = SENDER;
const client: LetterFields = BUSINESS_CLIENT;

interface Case {
  input: StatementInput;
  fields: LetterFields;
  team: boolean;
  today: string;
}

const CASES: Record<string, Case> = {
  'pro-une-facture-seul': {
    input: {
      client: 'professionnel',
      invoices: [{ number: 'F-2026-031', amount: 1200, issued: '2026-08-31', due: '2026-09-30', payments: [] }],
      calculationDate: '2026-11-27',
    },
    fields: { ...me, ...client },
    team: false,
    today: '2026-11-27',
  },
  'pro-trois-factures-dont-une-payee-en-retard-equipe': {
    input: {
      client: 'professionnel',
      invoices: [
        { number: 'F-2026-031', amount: 1200, due: '2026-09-30', payments: [{ date: '2026-10-15', amount: 200 }] },
        { number: 'F-2026-038', amount: 450.5, due: '2026-10-31', payments: [{ date: '2026-11-02', amount: 450.5 }] },
        { number: 'F-2026-044', amount: 2300, due: '2026-11-15', payments: [] },
      ],
      calculationDate: '2026-11-27',
      contractRate: 12,
    },
    fields: { ...me, ...client },
    team: true,
    today: '2026-11-27',
  },
  'particulier-une-facture-seul-champs-vides': {
    input: {
      client: 'particulier',
      invoices: [{ number: '2026-17', amount: 900, due: '2026-09-30', payments: [] }],
      calculationDate: '2026-11-27',
    },
    fields: {},
    team: false,
    today: '2026-11-27',
  },
  'particulier-deux-factures-equipe': {
    input: {
      client: 'particulier',
      invoices: [
        { number: '2026-17', amount: 900, due: '2026-09-30', payments: [] },
        { number: '2026-21', amount: 350, due: '2026-10-30', payments: [{ date: '2026-11-10', amount: 100 }] },
      ],
      calculationDate: '2026-11-27',
    },
    fields: { ...me, clientName: 'Sophie', clientAddress: 'Mme Sophie Bernard, 8 rue Neuve, 69001 Lyon' },
    team: true,
    today: '2026-11-27',
  },
};

/** Every word the client would receive, as the calculator composes it. */
function lettersReport(c: Case): string {
  const statement = computeStatement(c.input, rates);
  const docs = composeRecoveryLetters(letters, statement, c.fields, c.team, c.today);
  const parts = docs.map((doc) =>
    [`## ${doc.title}`, '', `(courriel) Objet : ${doc.subject}`, '', printedLetter(doc, doc, c.fields, letters.layout)].join('\n'),
  );
  return `${parts.join('\n\n')}\n`;
}

describe('the recovery letters, as a client receives them', () => {
  for (const [name, c] of Object.entries(CASES)) {
    test(name, async () => {
      await expect(lettersReport(c)).toMatchFileSnapshot(`../fixtures/recovery-letters/${name}.txt`);
    });
  }
});
