import { describe, expect, test } from 'vitest';
import type { Case } from '../support/quiz';
import { answersWith } from '../support/quiz';
import { BUSINESS_CLIENT, SENDER } from '../support/people';
import { wordsReport } from '../support/words-report';

/**
 * Whole compositions for representative situations, compared with reviewed text fixtures in
 * test/fixtures/words/: any change of wording, date or figure shows in review. After a
 * deliberate change, run `npx vitest run --project unit -u` and read every changed fixture.
 */
const solo = { equipe: 'seul' };
const team = { equipe: 'equipe' };
const pro = { 'type-client': 'professionnel' };
const perso = { 'type-client': 'particulier' };
const me = SENDER;
const client = BUSINESS_CLIENT;
const twoInvoices = [
  { number: 'F-2026-031', amount: '1 200', due: '2026-09-30' },
  { number: 'F-2026-038', amount: '450,50', due: '2026-10-31' },
];

const CASES: Record<string, Case> = {
  'garder-tout-va-bien': { answers: answersWith({ ambiance: 'parfois', ...solo }) },
  'recadrer-retards-pro-solo-factures': {
    answers: answersWith({ retards: 'souvent', ...solo, ...pro, projet: 'oui', montant: 1650.5, 'deja-essaye': 'non' }),
    fields: { ...me, ...client, project: 'Site vitrine', deliverables: 'la page boutique' },
    invoices: twoInvoices,
  },
  'recadrer-demandes-particulier-equipe-deja-essaye': {
    answers: answersWith({
      demandes: 'souvent',
      disponibilite: 'souvent',
      ...team,
      ...perso,
      projet: 'non',
      montant: 0,
      'deja-essaye': 'oui',
    }),
    fields: { clientName: 'Marc' },
  },
  'preparer-cest-moi-pro-solo-projet-confrere': {
    answers: answersWith({
      demandes: 'toujours',
      plaintes: 'souvent',
      ...solo,
      ...pro,
      anciennete: 'un-a-deux-ans',
      projet: 'oui',
      'contrat-signe': 'sans-clause',
      montant: 0,
      'a-facturer': 'oui',
    }),
    fields: {
      ...me,
      ...client,
      project: 'Refonte du site',
      deliverables: 'les maquettes finales',
      referral: 'Marc Petit',
      referralContact: 'marc@exemple.fr',
    },
  },
  'preparer-cest-moi-particulier-equipe-sans-projet-dix-ans': {
    answers: answersWith({
      rentabilite: 'toujours',
      'rendez-vous': 'souvent',
      ...team,
      ...perso,
      anciennete: 'plus-de-dix-ans',
      projet: 'non',
      'contrat-signe': 'aucun',
      montant: 0,
      'a-facturer': 'non',
    }),
    fields: { clientName: 'Paul' },
  },
  'preparer-cest-moi-clause-six-mois-total-seul': {
    answers: answersWith({
      tarif: 'toujours',
      ...solo,
      ...pro,
      anciennete: 'deux-a-cinq-ans',
      projet: 'non',
      'contrat-signe': 'avec-clause',
      preavis: 'six-mois',
      montant: 800,
      'a-facturer': 'non',
    }),
  },
  'preparer-cest-moi-duree-determinee-date-connue': {
    answers: answersWith({
      expertise: 'toujours',
      ...solo,
      ...pro,
      projet: 'oui',
      'contrat-signe': 'duree-determinee',
      montant: 0,
      'a-facturer': 'oui',
    }),
    fields: { ...me, ...client, contractEnd: '2027-03-31', project: 'Identité visuelle', deliverables: 'la charte graphique' },
  },
  'preparer-cest-moi-duree-determinee-date-inconnue': {
    answers: answersWith({
      'delais-client': 'toujours',
      ...team,
      ...pro,
      projet: 'non',
      'contrat-signe': 'duree-determinee',
      montant: 0,
      'a-facturer': 'non',
    }),
  },
  'preparer-nos-chemins-equipe-pro-cinq-a-dix-ans': {
    answers: answersWith({
      evolution: 'toujours',
      ambiance: 'souvent',
      ...team,
      ...pro,
      anciennete: 'cinq-a-dix-ans',
      'part-du-ca': '30-a-50',
      projet: 'oui',
      'contrat-signe': 'sans-clause',
      montant: 0,
      'a-facturer': 'oui',
    }),
    fields: {
      ...me,
      ...client,
      project: 'Communication 2027',
      deliverables: 'le plan de publication',
      referral: 'Studio Nord',
      referralContact: '04 72 00 00 00',
    },
  },
  'preparer-apres-des-impayes-retards-pro-seul': {
    answers: answersWith({
      retards: 'toujours',
      ...solo,
      ...pro,
      anciennete: 'un-a-deux-ans',
      projet: 'non',
      'contrat-signe': 'aucun',
      montant: 1650.5,
      'a-facturer': 'oui',
    }),
    fields: { ...me, ...client },
    invoices: twoInvoices,
  },
  'partir-impayes-mise-en-demeure-pro-seul': {
    answers: answersWith({
      impayes: 'souvent',
      retards: 'toujours',
      ...solo,
      ...pro,
      anciennete: 'deux-a-cinq-ans',
      projet: 'oui',
      'contrat-signe': 'sans-clause',
      montant: 1650.5,
      'a-facturer': 'oui',
      'deja-essaye': 'oui',
    }),
    fields: { ...me, ...client, project: 'Boutique en ligne', deliverables: 'la recette finale' },
    invoices: twoInvoices,
  },
  'partir-impayes-particulier-total-seul': {
    answers: answersWith({
      impayes: 'parfois',
      ...solo,
      ...perso,
      projet: 'non',
      'contrat-signe': 'aucun',
      montant: 900,
      'a-facturer': 'non',
    }),
    fields: { clientName: 'Sophie' },
  },
  'partir-abus-mise-en-demeure-equipe-pro-projet': {
    answers: answersWith({
      respect: 'souvent',
      ...team,
      ...pro,
      projet: 'oui',
      'contrat-signe': 'sans-clause',
      montant: 0,
      'a-facturer': 'oui',
    }),
    fields: { ...me, ...client, project: 'Application mobile', deliverables: 'la version de test' },
  },
  'partir-abus-immediat-particulier-samedi': {
    answers: answersWith({
      respect: 'toujours',
      ...solo,
      ...perso,
      projet: 'non',
      'contrat-signe': 'aucun',
      montant: 0,
      'a-facturer': 'non',
    }),
    exitMode: 'immediat',
    today: '2026-11-28',
  },
  'partir-ethique-immediat-equipe-pro-factures': {
    answers: answersWith({
      ethique: 'parfois',
      ...team,
      ...pro,
      projet: 'oui',
      'contrat-signe': 'sans-clause',
      montant: 1650.5,
      'a-facturer': 'oui',
    }),
    fields: { ...me, ...client, project: 'Campagne de printemps', deliverables: 'les visuels déjà validés' },
    invoices: twoInvoices,
    exitMode: 'immediat',
  },
  'partir-mensonges-mise-en-demeure-particulier-seul': {
    answers: answersWith({
      mensonges: 'souvent',
      ...solo,
      ...perso,
      projet: 'non',
      'contrat-signe': 'aucun',
      montant: 0,
      'a-facturer': 'non',
    }),
    fields: { clientName: 'Julien' },
  },
  'partir-sans-manquement-grave-avec-preavis': {
    answers: answersWith({
      contrat: 'toujours',
      demandes: 'toujours',
      disponibilite: 'toujours',
      tarif: 'toujours',
      retards: 'toujours',
      plaintes: 'toujours',
      expertise: 'toujours',
      'delais-client': 'toujours',
      ambiance: 'toujours',
      ...solo,
      ...pro,
      anciennete: 'moins-d-un-an',
      projet: 'oui',
      'contrat-signe': 'aucun',
      montant: 0,
      'a-facturer': 'oui',
    }),
  },
  'noms-difficiles-tels-que-tapes': {
    answers: answersWith({ demandes: 'toujours', ...solo, ...pro, projet: 'oui', 'contrat-signe': 'aucun', montant: 300 }),
    fields: {
      yourName: 'Zoé Lefèvre-Ørsted',
      yourBusiness: 'Studio « L’Œil & la Main »',
      clientName: '[Montant dû]',
      clientCompany: 'Dupont & Fils <script>alert(1)</script>',
      project: 'Refonte $& $1 {je|nous}',
      deliverables: 'le logo d’O’Brien',
    },
  },
};

describe('composed words, as a user receives them', () => {
  test('cover every script, every verdict and every way to leave', () => {
    const reports = Object.values(CASES).map(wordsReport);
    const scripts = new Set(reports.map((r) => /script : (\S+)/.exec(r)?.[1]));
    const paths = new Set(reports.map((r) => /voie : (\S+)/.exec(r)?.[1]));
    expect([...scripts].sort()).toEqual([
      'apres-des-impayes',
      'aucun',
      'ce-nest-pas-vous-cest-moi',
      'face-a-un-comportement-abusif',
      'nos-chemins-se-separent',
      'poser-une-limite',
      'se-desolidariser',
    ]);
    expect([...paths].sort()).toEqual(['aucune', 'immediat', 'miseEnDemeure', 'preavis', 'recadrer']);
  });

  for (const [name, c] of Object.entries(CASES)) {
    test(name, async () => {
      await expect(wordsReport(c)).toMatchFileSnapshot(`../fixtures/words/${name}.txt`);
    });
  }
});
