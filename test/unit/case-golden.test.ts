import { describe, expect, test } from 'vitest';
import { answersWith } from '../support/quiz';
import { BUSINESS_CLIENT, SENDER } from '../support/people';
import { caseReport, runCase, type CaseStory } from '../support/case-report';
import { formatLongDateFr } from '../../src/lib/case/calendar';
import { money } from '../../src/lib/case/money';

/**
 * One client's whole case, end to end, through the functions both pages use: the answers, the
 * verdict and its letters, then the calculator opened from the result, its statement and its
 * ladder. Compared with reviewed text in test/fixtures/cases/; after a deliberate change run
 * `npx vitest run --project unit test/unit/case-golden.test.ts -u` and read every changed file.
 */
const solo = { equipe: 'seul' };
const team = { equipe: 'equipe' };
const pro = { 'type-client': 'professionnel' };
const perso = { 'type-client': 'particulier' };
const person = { clientName: 'Marc Petit', clientAddress: '8 rue Neuve, 69001 Lyon' };
const unpaidClient = {
  impayes: 'souvent',
  'impayes-intention': 'silence',
  retards: 'toujours',
  'deja-essaye': 'oui',
  projet: 'non',
  'a-facturer': 'non',
};
const sixtyDaysLate = [
  { number: 'F-2026-031', amount: '1 200', due: '2026-10-01' },
  { number: 'F-2026-038', amount: '450,50', due: '2026-10-02' },
];

const STORIES: Record<string, CaseStory> = {
  'pro-deux-factures-a-60-jours-seul': {
    assessment: {
      answers: answersWith({ ...unpaidClient, ...solo, ...pro, montant: 1650.5 }),
      fields: { ...SENDER, ...BUSINESS_CLIENT },
      invoices: sixtyDaysLate,
      today: '2026-11-30',
    },
  },
  'pro-paie-a-60-jours-mais-finit-toujours-par-payer': {
    assessment: {
      answers: answersWith({ ...unpaidClient, 'impayes-intention': 'retard', ...solo, ...pro, montant: 1650.5 }),
      fields: { ...SENDER, ...BUSINESS_CLIENT },
      invoices: sixtyDaysLate,
      today: '2026-11-30',
    },
  },
  'pro-une-facture-pas-encore-echue': {
    assessment: {
      answers: answersWith({ ...unpaidClient, ...solo, ...pro, montant: 1200 }),
      fields: { ...SENDER, ...BUSINESS_CLIENT },
      invoices: [sixtyDaysLate[0]!],
      today: '2026-11-30',
    },
    calculator: { more: [{ number: 'F-2026-044', issued: '2026-11-15', amount: '900', due: '2026-12-15', payments: [] }] },
  },
  'pro-paiements-partiels-equipe': {
    assessment: {
      answers: answersWith({ ...unpaidClient, ...team, ...pro, montant: 1650.5 }),
      fields: { ...SENDER, ...BUSINESS_CLIENT },
      invoices: sixtyDaysLate,
      today: '2026-11-30',
    },
    calculator: { payments: { 'F-2026-031': [{ date: '2026-10-20', amount: '500' }] } },
  },
  'pro-facture-payee-en-retard-et-une-impayee': {
    assessment: {
      answers: answersWith({ ...unpaidClient, ...solo, ...pro, montant: 450.5 }),
      fields: { ...SENDER, ...BUSINESS_CLIENT },
      invoices: [sixtyDaysLate[1]!],
      today: '2026-11-30',
    },
    calculator: {
      more: [{ number: 'F-2026-020', issued: '', amount: '800', due: '2026-08-31', payments: [{ date: '2026-10-15', amount: '800' }] }],
    },
  },
  'pro-semestre-provisoire-janvier': {
    assessment: {
      answers: answersWith({ ...unpaidClient, ...solo, ...pro, montant: 1650.5 }),
      fields: { ...SENDER, ...BUSINESS_CLIENT },
      invoices: sixtyDaysLate,
      today: '2027-01-11',
    },
  },
  'pro-calcul-repris-apres-le-delai-semestre-manquant': {
    assessment: {
      answers: answersWith({ ...unpaidClient, ...solo, ...pro, montant: 1650.5 }),
      fields: { ...SENDER, ...BUSINESS_CLIENT },
      invoices: sixtyDaysLate,
      today: '2026-11-30',
    },
    calculator: { today: '2027-08-02' },
  },
  'pro-pres-de-la-prescription': {
    assessment: {
      answers: answersWith({ ...unpaidClient, ...solo, ...pro, montant: 2400 }),
      fields: { ...SENDER, ...BUSINESS_CLIENT },
      invoices: [{ number: 'F-2021-112', amount: '2 400', due: '2021-12-15' }],
      today: '2026-11-30',
    },
  },
  'pro-facture-peut-etre-prescrite': {
    assessment: {
      answers: answersWith({ ...unpaidClient, ...solo, ...pro, montant: 3000 }),
      fields: { ...SENDER, ...BUSINESS_CLIENT },
      invoices: [
        { number: 'F-2021-044', amount: '1 800', due: '2021-06-30' },
        { number: 'F-2026-031', amount: '1 200', due: '2026-10-01' },
      ],
      today: '2026-11-30',
    },
  },
  'pro-preparer-avec-preavis-factures': {
    assessment: {
      answers: answersWith({ retards: 'souvent', tarif: 'souvent', ...solo, ...pro, projet: 'non', montant: 1650.5, 'deja-essaye': 'oui' }),
      fields: { ...SENDER, ...BUSINESS_CLIENT },
      invoices: sixtyDaysLate,
      today: '2026-11-30',
    },
  },
  'pro-conduite-depart-immediat-factures': {
    assessment: {
      answers: answersWith({
        respect: 'toujours',
        ...team,
        ...pro,
        projet: 'non',
        'contrat-signe': 'aucun',
        montant: 1650.5,
        'a-facturer': 'non',
      }),
      fields: { ...SENDER, ...BUSINESS_CLIENT },
      invoices: sixtyDaysLate,
      exitMode: 'immediat',
      today: '2026-11-30',
    },
  },
  'particulier-sans-mise-en-demeure-seul': {
    assessment: {
      answers: answersWith({ ...unpaidClient, ...solo, ...perso, montant: 1650.5 }),
      fields: { ...SENDER, ...person },
      invoices: sixtyDaysLate,
      today: '2026-11-30',
    },
  },
  'particulier-mise-en-demeure-deja-envoyee-equipe': {
    assessment: {
      answers: answersWith({ ...unpaidClient, ...team, ...perso, montant: 1650.5 }),
      fields: { ...SENDER, ...person },
      invoices: sixtyDaysLate,
      today: '2026-11-30',
    },
    calculator: { formalNoticeDate: '2026-10-20' },
  },
  'particulier-mise-en-demeure-avant-une-echeance': {
    assessment: {
      answers: answersWith({ ...unpaidClient, ...solo, ...perso, montant: 1650.5 }),
      fields: { ...SENDER, ...person },
      invoices: [sixtyDaysLate[0]!, { number: 'F-2026-041', amount: '450,50', due: '2026-11-10' }],
      today: '2026-11-30',
    },
    calculator: { formalNoticeDate: '2026-10-20' },
  },
};

describe('one client, one case: golden text from the answers to the last letter', () => {
  for (const [name, story] of Object.entries(STORIES))
    test(name, async () => {
      await expect(caseReport(story)).toMatchFileSnapshot(`../fixtures/cases/${name}.txt`);
    });
});

describe('what holds in every case', () => {
  const runs = Object.entries(STORIES).map(([name, story]) => ({ name, story, run: runCase(story) }));
  const allText = (run: ReturnType<typeof runCase>) =>
    [...(run.result.words?.documents ?? []), ...run.ladder].map((d) => `${d.subject}\n${d.body}`).join('\n');

  test.each(runs)('$name: never two mises en demeure for one debt, and one deadline', ({ run }) => {
    const own = run.ladder.find((d) => d.id === 'miseEnDemeure');
    if (run.result.path === 'miseEnDemeure' && !run.form.formalNoticeDate) {
      // The self-assessment's is the one to send, with its deadline; the ladder sends nothing beside it.
      expect(run.ladder).toEqual([]);
      expect(run.planned?.deadline).toBe(run.result.dates.deadline);
      expect(run.plannedWords.join(' ')).toContain(formatLongDateFr(run.result.dates.deadline!));
    } else {
      expect(run.planned).toBeUndefined();
      expect(own === undefined || !run.result.words?.documents.some((d) => d.id === 'miseEnDemeure')).toBe(true);
    }
  });

  test.each(runs)('$name: no invoice claimed before its due date', ({ run }) => {
    const notYetDue = run.statement?.invoices.filter((i) => i.due >= run.statement!.calculationDate) ?? [];
    for (const i of notYetDue) for (const doc of run.ladder) expect(doc.body).not.toContain(`n°\u00a0${i.number}`);
  });

  test.each(runs)('$name: the statement’s total is the sum every letter shown with it claims', ({ story, run }) => {
    // The self-assessment's notice is shown as the one to send only for the same claim; on its own day, it names the same total.
    const sameDay = run.sameClaim && run.form.calculationDate === story.assessment.today;
    const shown = [...(sameDay ? (run.result.words?.documents ?? []) : []), ...run.ladder];
    const claimed = shown.flatMap((d) => /s’élève (?:donc|ainsi) à (\d[\d\u202f]*(?:,\d{2})?\u00a0€)/.exec(d.body)?.[1] ?? []);
    if (run.statement?.client === 'professionnel' && shown.length > 0) expect(claimed.length).toBeGreaterThan(0);
    for (const amount of claimed) expect(amount).toBe(money(run.statement!.totals.total));
  });

  test.each(runs)('$name: a claim that may have lapsed is asked for, never threatened with a court', ({ run }) => {
    const lapsed = run.statement?.invoices.some((i) => i.balance > 0 && i.limitation.status === 'prescrite') ?? false;
    if (lapsed) expect(allText(run)).not.toMatch(/injonction de payer|tribunal|voies de droit|en justice/);
  });

  test.each(runs)('$name: no « 0 € » for a rate not yet known; no penalties for a private client', ({ run }) => {
    expect(allText(run)).not.toMatch(/(^|\s)0\u00a0€ de pénalités/);
    if (run.statement?.client === 'particulier') expect(allText(run)).not.toMatch(/pénalités|indemnité forfaitaire/);
  });
});
