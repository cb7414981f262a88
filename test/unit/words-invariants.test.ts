import { describe, expect, test } from 'vitest';
import { PLACEHOLDERS } from '../../src/lib/placeholders';
import type { ExitMode } from '../../src/lib/quiz/compose';
import { printedLetter } from '../../src/lib/quiz/export';
import type { Answers, LetterFields } from '../../src/lib/quiz/model';
import { formatLongDateFr, frenchPublicHolidays, type IsoDate } from '../../src/lib/case/calendar';
import { answersWith, model, resultFor, type Case } from '../support/quiz';
import { BUSINESS_CLIENT, SENDER } from '../support/people';

/**
 * Properties every composition must have, over every combination of the context answers and
 * of empty or filled letter details, for each script and each way to leave.
 */
const TODAYS: IsoDate[] = ['2026-11-26', '2026-12-24', '2027-04-30']; // a Thursday, Christmas Eve, before the 1st of May weekend

/** Sign answers that lead to each script and path. */
const BASES: { name: string; signs: Answers; modes: (ExitMode | undefined)[] }[] = [
  { name: 'c’est moi', signs: { demandes: 'toujours' }, modes: [undefined] },
  { name: 'chemins', signs: { evolution: 'toujours' }, modes: [undefined] },
  { name: 'retards', signs: { retards: 'toujours' }, modes: [undefined] },
  { name: 'impayés', signs: { impayes: 'souvent' }, modes: [undefined, 'immediat'] },
  { name: 'abus', signs: { respect: 'parfois' }, modes: ['miseEnDemeure', 'immediat'] },
  { name: 'éthique', signs: { ethique: 'souvent' }, modes: ['miseEnDemeure', 'immediat'] },
  { name: 'mensonges', signs: { mensonges: 'toujours' }, modes: ['miseEnDemeure', 'immediat'] },
  { name: 'limite retards', signs: { retards: 'souvent' }, modes: [undefined] },
  { name: 'limite temps', signs: { disponibilite: 'souvent', 'rendez-vous': 'parfois' }, modes: [undefined] },
  { name: 'limite contrat', signs: { contrat: 'souvent' }, modes: [undefined] },
];

const CONTRACTS: Answers[] = [
  { 'contrat-signe': 'aucun' },
  { 'contrat-signe': 'sans-clause' },
  { 'contrat-signe': 'avec-clause', preavis: 'un-mois' },
  { 'contrat-signe': 'avec-clause', preavis: 'six-mois' },
  { 'contrat-signe': 'duree-determinee' },
];

const FILLED: LetterFields = {
  ...SENDER,
  ...BUSINESS_CLIENT,
  project: 'Projet Alpha',
  deliverables: 'les maquettes',
  facts: 'le 12 novembre, au téléphone',
  contractEnd: '2027-06-30',
  referral: 'Marc Confrère',
  referralContact: 'marc@exemple.fr',
};

function* cases(): Generator<{ label: string; c: Case }> {
  for (const base of BASES)
    for (const mode of base.modes)
      for (const equipe of ['seul', 'equipe'])
        for (const anciennete of ['moins-d-un-an', 'deux-a-cinq-ans', 'plus-de-dix-ans'])
          for (const projet of ['oui', 'non'])
            for (const contract of CONTRACTS)
              for (const montant of [0, 1500])
                for (const aFacturer of ['oui', 'non'])
                  for (const type of ['professionnel', 'particulier'])
                    for (const tried of ['oui', 'non'])
                      for (const filled of [false, true]) {
                        const answers = answersWith({
                          ...base.signs,
                          equipe,
                          anciennete,
                          projet,
                          ...contract,
                          montant,
                          'a-facturer': aFacturer,
                          'type-client': type,
                          'deja-essaye': tried,
                        });
                        const today = TODAYS[(projet === 'oui' ? 1 : 0) + (filled ? 1 : 0)] ?? '2026-11-26';
                        yield {
                          label: `${base.name}/${mode ?? '-'}/${equipe}/${anciennete}/${projet}/${JSON.stringify(contract)}/${montant}/${aFacturer}/${type}/${tried}/${filled}`,
                          c: {
                            answers,
                            fields: filled ? FILLED : {},
                            invoices: filled && montant > 0 ? [{ number: 'F-12', amount: '1 500', due: '2026-09-30' }] : [],
                            exitMode: mode,
                            today,
                          },
                        };
                      }
}

const isWorkingDay = (date: IsoDate) => {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6 && !frenchPublicHolidays(Number(date.slice(0, 4))).has(date);
};

/** Every problem found in one composition, in words. */
function problemsOf(c: Case): string[] {
  const r = resultFor(c);
  const problems: string[] = [];
  const fail = (message: string) => problems.push(message);
  const fields = c.fields ?? {};
  if (r.verdict.level === 'garder') {
    if (r.words) fail('un client à garder ne reçoit aucun courrier');
    return problems;
  }
  const words = r.words;
  if (!words || !r.path) return ['aucun mot composé'];
  const conversation = words.conversation.map((l) => l.say).join('\n');
  const documents = words.documents.map((d) => `${d.subject}\n${d.body}`);
  const printed = words.documents.map((d) => printedLetter(d, d, fields, model.letters.layout));
  const all = [conversation, ...documents, ...printed].join('\n');
  const atFault = r.script?.clientAtFault === true;
  // What the answers say, read from the answers themselves (never from the composer's own flags).
  const given = {
    privateClient: c.answers['type-client'] === 'particulier',
    team: c.answers['equipe'] === 'equipe',
    project: c.answers['projet'] === 'oui',
    owed: (c.answers['montant'] as number) > 0,
    tried: c.answers['deja-essaye'] === 'oui',
    latePayments: (c.answers['retards'] ?? 'jamais') !== 'jamais',
    fixedTerm: c.answers['contrat-signe'] === 'duree-determinee',
  };

  // The decision is never lost: an exit states its end and its date in the conversation and in every letter.
  if (r.path !== 'recadrer') {
    const end = r.dates.lastDay ? formatLongDateFr(r.dates.lastDay.date) : PLACEHOLDERS.lastDay;
    const deadline = r.dates.deadline ? formatLongDateFr(r.dates.deadline) : '';
    const announced = r.path === 'miseEnDemeure' ? deadline : end;
    if (!conversation.includes(announced)) fail(`la conversation ne donne pas la date ${announced}`);
    if (r.path === 'miseEnDemeure') {
      if (!documents[0]?.includes(deadline)) fail('la mise en demeure ne donne pas de délai');
      if (!documents[1]?.includes(end)) fail('la notification ne donne pas la date de fin');
    } else if (!documents[0]?.includes(end)) fail(`le courrier ne donne pas la date de fin ${end}`);
    if (!r.dates.lastDay && !(given.fixedTerm && !fields.contractEnd)) fail('pas de dernier jour');
  }
  // Dates fall on working days.
  const dates = [
    r.dates.announce,
    r.dates.lastDay?.date,
    r.dates.deadline,
    r.dates.termination,
    r.dates.recheck,
    ...r.checklist.map((i) => i.date),
  ];
  for (const date of dates) if (date && !isWorkingDay(date)) fail(`${date} n’est pas un jour ouvré`);
  if (r.dates.announce < (c.today ?? '')) fail('annonce dans le passé');
  // Blanks: a filled field never leaves its blank; the composer's own values are always there.
  for (const [field, value] of Object.entries(fields)) {
    const blank = (PLACEHOLDERS as Record<string, string>)[field];
    if (value && blank && all.includes(blank)) fail(`le blanc ${blank} reste alors que le champ est rempli`);
  }
  for (const blank of [
    PLACEHOLDERS.notice,
    PLACEHOLDERS.deadline,
    PLACEHOLDERS.amountDue,
    PLACEHOLDERS.invoices,
    PLACEHOLDERS.recheck,
    PLACEHOLDERS.demand,
    PLACEHOLDERS.formalNoticeDate,
    PLACEHOLDERS.letterDate,
    PLACEHOLDERS.indemnity,
    PLACEHOLDERS.limitationProfessional,
    PLACEHOLDERS.limitationConsumer,
  ])
    if (all.includes(blank)) fail(`le blanc ${blank} n’a pas été rempli`);
  // French joins.
  // "de le faire" is right (a pronoun before a verb); "de le site" is not.
  const join = /(?<!\p{L})(?:(?:de|à) (?:le|les)(?! \p{L}+(?:er|ir|re|oir)(?!\p{L}))|que ils?|si il|de une?)(?!\p{L})/iu.exec(
    all.replace(/[’']/g, ' '),
  );
  if (join) fail(`jonction fautive : « ${join[0]} »`);
  if (/\{|\}|\bundefined\b|\bnull\b|NaN| {2}| ,| \.(?!\.)/.test(all)) fail('accolade, valeur vide ou espace en trop');
  const plan = [...r.notes.map((n) => n.text), ...r.checklist.map((i) => i.label)];
  // The plan's blanks are all computed: none is ever left for the reader.
  const planBlank = plan.join('\n').match(/\[[^\]\n]+\]/);
  if (planBlank) fail(`le blanc ${planBlank[0]} reste dans le plan`);
  if (/ [:;!?»€]|« |n° /.test([...documents, ...printed, ...plan].join('\n')))
    fail('espace ordinaire là où le français veut une espace insécable');
  // One invoice listed: « la facture suivante », never « les factures suivantes, chacune… ».
  if ((c.invoices ?? []).length === 1 && /factures suivantes|chacune avec sa propre échéance|de les régler/.test(documents.join('\n')))
    fail('pluriel pour une seule facture');
  // Consumer law for private clients.
  if (given.privateClient && /pénalités|40 €|40\u00a0€|L441-10|D441-5/.test(all)) fail('pénalités ou 40 € face à un particulier');
  if (given.privateClient && r.notes.some((n) => n.id === 'relation-ancienne')) fail('note L442-1 pour un particulier');
  // A client at fault is never thanked nor sent to a colleague.
  if (atFault && /\bmerci\b|remerci/i.test([conversation, ...documents].join('\n'))) fail('remerciement à un client en faute');
  if (atFault && all.includes(FILLED.referral ?? '')) fail('confrère recommandé à un client en faute');
  // Nothing the answers did not give.
  if (!given.project && all.includes(FILLED.deliverables ?? '')) fail('livrables cités sans projet en cours');
  if (!given.project && all.includes(PLACEHOLDERS.deliverables)) fail('blanc des livrables sans projet en cours');
  if (!given.owed && /€|impayée|factures suivantes/.test([conversation, ...documents].join('\n'))) fail('argent réclamé sans impayé');
  if (!given.tried && /plusieurs arrangements|déjà essayé|encore une fois|une nouvelle fois/i.test(all)) fail('tentative passée inventée');
  if (!given.latePayments && /(réglées|payées|réglé|payé) en retard/i.test(all)) fail('retards de paiement inventés');
  if (!given.team && /\bmon équipe\b|\bnotre équipe\b|\bnous avons\b/i.test([conversation, ...documents].join('\n')))
    fail('« nous » ou équipe pour qui travaille seul');
  if (given.team && /\bj’ai\b|\bje\b/i.test([conversation, ...documents].join('\n'))) fail('« je » pour une équipe');
  if (r.path === 'recadrer' && /facture finale|dernière facture|dernier jour/i.test(all)) fail('une limite n’est pas une sortie');
  return problems;
}

describe('every composition, over every combination of answers', () => {
  test('states the end and its date, on working days, with right French, right law and only the facts given', { timeout: 120_000 }, () => {
    const failures = new Map<string, string>();
    let count = 0;
    for (const { label, c } of cases()) {
      count++;
      for (const problem of problemsOf(c)) if (!failures.has(problem)) failures.set(problem, label);
    }
    expect(count).toBeGreaterThan(10_000);
    expect(Object.fromEntries(failures)).toEqual({});
  });
});
