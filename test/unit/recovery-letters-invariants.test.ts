import { describe, expect, test } from 'vitest';
import { PLACEHOLDERS } from '../../src/lib/placeholders';
import { printedLetter } from '../../src/lib/quiz/export';
import type { LetterFields } from '../../src/lib/quiz/model';
import { addDays, formatLongDateFr, frenchPublicHolidays, type IsoDate } from '../../src/lib/case/calendar';
import { composeRecoveryLetters } from '../../src/lib/recovery/letters';
import type { ClientKind } from '../../src/lib/case/assessment';
import { computeStatement, type Invoice } from '../../src/lib/recovery/penalties';
import { toCents } from '../../src/lib/case/money';
import { BUSINESS_CLIENT, SENDER } from '../support/people';
import { ladderLetters as letters, rates } from '../support/recovery';

/**
 * Properties every letter of the recovery ladder must have, over every combination of client,
 * voice, invoices (one, several, part-paid, paid late) and empty or filled details: the law
 * that applies to that client, agreement with the number of invoices, French typography, and
 * figures that add up on paper.
 */

const INVOICE_SETS: { name: string; invoices: Invoice[] }[] = [
  { name: 'une facture', invoices: [{ number: 'F-1', amount: 1200, due: '2026-09-30', payments: [] }] },
  {
    name: 'une facture réglée en partie',
    invoices: [{ number: 'F-1', amount: 1200, due: '2026-09-30', payments: [{ date: '2026-10-20', amount: 450.5 }] }],
  },
  {
    name: 'une impayée, une payée en retard',
    invoices: [
      { number: 'F-1', amount: 1200, due: '2026-09-30', payments: [] },
      { number: 'F-2', amount: 450.5, due: '2026-10-15', payments: [{ date: '2026-10-29', amount: 450.5 }] },
    ],
  },
  {
    name: 'trois impayées',
    invoices: [
      { number: 'F-1', amount: 1200, due: '2026-06-30', payments: [] },
      { number: 'F-2', amount: 333.33, due: '2026-08-31', payments: [{ date: '2026-09-10', amount: 100 }] },
      { number: 'F-3', amount: 99.99, due: '2026-10-31', payments: [] },
    ],
  },
];

const FILLED: LetterFields = { ...SENDER, ...BUSINESS_CLIENT };
const TODAYS: IsoDate[] = ['2026-11-26', '2026-12-24', '2027-04-30'];

const isWorkingDay = (date: IsoDate) => {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6 && !frenchPublicHolidays(Number(date.slice(0, 4))).has(date);
};
/** "1 234,56 €" → 1234.56 */
const euros = (text: string) => Number(text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.'));
const MONEY = String.raw`(\d{1,3}(?:\u202f\d{3})*(?:,\d{2})?\u00a0€)`;
/** What a penalty figure may carry when its rate is not final: never a bare figure presented as final. */
const QUALIFIED = '(?: \\(taux à confirmer\\))?(?:, sans compter [^\\n]+? pas encore publiés?)?';

function problemsOf(client: ClientKind, invoices: Invoice[], team: boolean, fields: LetterFields, today: IsoDate): string[] {
  const problems: string[] = [];
  const fail = (message: string) => problems.push(message);
  const statement = computeStatement({ client, invoices, calculationDate: today }, rates);
  const docs = composeRecoveryLetters(letters, statement, fields, team, today);
  const [courteous, firm, formal] = docs;
  if (!courteous || !firm || !formal) return ['trois courriers attendus'];
  const texts = docs.map((d) => `${d.subject}\n${d.body}`);
  const all = texts.join('\n');
  const printed = docs.map((d) => printedLetter(d, d, fields, letters.layout));
  const unpaid = statement.invoices.filter((i) => i.balance > 0);
  const late = statement.invoices.filter((i) => i.penalties > 0 || i.indemnity > 0);
  const consumer = client === 'particulier';

  // The law that applies to this client.
  if (consumer) {
    if (/pénalités|indemnité|40\u00a0€|L441-10|D441-5/.test(all)) fail('pénalités, 40 € ou Code de commerce face à un particulier');
    if (!formal.body.includes('porte intérêt au taux légal')) fail('la mise en demeure d’un particulier ne fait pas courir les intérêts');
    if (!/compter de la présente mise en demeure/.test(formal.body)) fail('les intérêts doivent courir à compter de la mise en demeure');
    if (!formal.body.includes('article 1231-6 du Code civil')) fail('1231-6 absent de la mise en demeure d’un particulier');
    if (!formal.body.includes('conciliateur de justice') || !formal.body.includes('tribunal judiciaire'))
      fail('la suite face à un particulier : conciliateur, puis tribunal judiciaire');
    if (/Médiateur des entreprises|tribunal de commerce|injonction de payer/.test(all))
      fail('recours réservé aux professionnels face à un particulier');
  } else {
    for (const article of ['L441-10', 'D441-5', 'article 1344 du Code civil'])
      if (!formal.body.includes(article)) fail(`la mise en demeure ne cite pas ${article}`);
    if (!formal.body.includes('injonction de payer')) fail('la mise en demeure ne nomme pas la suite');
    // Every late invoice, even one paid since, has its line with its penalties and its 40 €.
    for (const body of [firm.body, formal.body]) {
      for (const i of late)
        if (
          !new RegExp(
            `– facture n°\u00a0${i.number}[^\n]*\u00a0: ${MONEY} de pénalités de retard${QUALIFIED}, 40\u00a0€ d’indemnité forfaitaire`,
          ).test(body)
        )
          fail(`la facture ${i.number} n’a pas sa ligne de pénalités et d’indemnité`);
      // The figures add up as printed: balance + penalties + indemnities = the sum claimed.
      const lines = [
        ...body.matchAll(new RegExp(`\u00a0: ${MONEY} de pénalités de retard${QUALIFIED}, ${MONEY} d’indemnité forfaitaire`, 'g')),
      ];
      const penalties = lines.reduce((sum, m) => sum + euros(m[1] ?? ''), 0);
      const indemnities = lines.reduce((sum, m) => sum + euros(m[2] ?? ''), 0);
      const balance = unpaid.reduce((sum, i) => sum + toCents(i.balance), 0);
      const claimed = new RegExp(`La somme due s’élève (?:donc|ainsi) à ${MONEY}`).exec(body)?.[1];
      if (!claimed || toCents(euros(claimed)) !== toCents(balance + penalties + indemnities))
        fail('le total réclamé ne fait pas la somme des lignes');
      if (late.length > 1 && !body.includes(`${late.length * 40}\u00a0€ d’indemnités forfaitaires`)) fail('le total des indemnités manque');
    }
  }

  // One invoice or several: the words agree.
  if (unpaid.length === 1) {
    if (/factures suivantes|les régler|Factures en attente|vous les joins|nous les joignons/.test(all))
      fail('pluriel pour une seule facture');
    if (/Total restant à payer/.test(all)) fail('un total pour une seule facture');
  } else {
    if (/la facture suivante|Facture en attente|vous la joins|nous la joignons/.test(all)) fail('singulier pour plusieurs factures');
    if (!all.includes('Total restant à payer')) fail('pas de total pour plusieurs factures');
  }
  // A part-paid invoice shows what remains out of how much, never the balance as if it were the invoice.
  for (const i of unpaid)
    if (i.paid > 0 && !all.includes(`${formatMoney(i.balance)} restant à payer sur ${formatMoney(i.amount)}`))
      fail(`la facture ${i.number}, réglée en partie, ne dit pas ce qui reste à payer`);

  // Who writes.
  const voice = docs
    .map((d) => d.body.replace(/\n(?:Claire Martin|Atelier Martin|\[Votre prénom\]|\[Votre entreprise\])$/gm, ''))
    .join('\n');
  // Word edges that know accented letters: « même » does not end with the pronoun « me ».
  const word = (words: string) => new RegExp(`(?<!\\p{L})(?:${words})(?!\\p{L})`, 'iu');
  if (team && word('je|me|moi|ma|mon|mes').test(voice.replace(/([jm])’/gi, '$1e '))) fail('« je » pour une équipe');
  if (!team && word('nous|notre|nos').test(voice)) fail('« nous » pour qui travaille seul');

  // The deadline: at least eight days after sending, on a working day, the same in every letter.
  const sent = courteous.date;
  const deadlines = new Set(docs.map((d) => /au plus tard le (\S+ \S+ \S+ \d{4})/.exec(d.body)?.[1]));
  if (deadlines.size !== 1) fail('les courriers ne donnent pas la même date limite');
  const firstPossible = addDays(sent, letters.deadlineDays);
  let ok = false;
  for (let d = firstPossible, n = 0; n < 7; d = addDays(d, 1), n++) if (isWorkingDay(d) && deadlines.has(formatLongDateFr(d))) ok = true;
  if (!ok) fail('la date limite n’est pas un jour ouvré au moins huit jours après l’envoi');

  // The registered letter.
  if (formal.subject !== 'Mise en demeure de payer' || !formal.registered) fail('la mise en demeure n’a pas son objet ou son recommandé');
  if (courteous.registered || firm.registered) fail('une relance n’est pas un recommandé');
  if (!printed[2]?.includes('Lettre recommandée avec accusé de réception')) fail('la mise en page du recommandé manque');
  if (!/^Madame, Monsieur,/.test(formal.body)) fail('la mise en demeure ne commence pas par « Madame, Monsieur, »');

  // Blanks the composer always fills.
  for (const blank of [
    PLACEHOLDERS.deadline,
    PLACEHOLDERS.amountDue,
    PLACEHOLDERS.invoices,
    PLACEHOLDERS.penalties,
    PLACEHOLDERS.totalClaimed,
    PLACEHOLDERS.calculationDate,
    PLACEHOLDERS.letterDate,
  ])
    if ([all, ...printed].some((t) => t.includes(blank))) fail(`le blanc ${blank} n’a pas été rempli`);
  for (const [field, value] of Object.entries(fields)) {
    const blank = (PLACEHOLDERS as Record<string, string>)[field];
    if (value && blank && [all, ...printed].some((t) => t.includes(blank))) fail(`le blanc ${blank} reste alors que le champ est rempli`);
  }

  // French typography and joins.
  for (const text of [all, ...printed]) {
    if (/ [:;!?»]|« |n° /.test(text)) fail('espace ordinaire là où le français veut une espace insécable');
    if (/\{|\}|\bundefined\b|\bnull\b|NaN| {2}| ,| \.(?!\.)|\n{3}/.test(text)) fail('accolade, valeur vide ou espace en trop');
    const join = /(?<!\p{L})(?:(?:de|à) (?:le|les)(?! \p{L}+(?:er|ir|re|oir)(?!\p{L}))|que ils?|si il|de une?)(?!\p{L})/iu.exec(
      text.replace(/[’']/g, ' '),
    );
    if (join) fail(`jonction fautive : « ${join[0]} »`);
  }
  return problems;
}

const formatMoney = (amount: number) => {
  const whole = toCents(amount) % 1 === 0;
  return new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: whole ? 0 : 2 }).format(
    toCents(amount),
  );
};

describe('every recovery letter, over every combination', () => {
  test('applies the right law, agrees with the number of invoices, adds up, and is set in French typography', () => {
    const failures = new Map<string, string>();
    let count = 0;
    for (const client of ['professionnel', 'particulier'] as const)
      for (const set of INVOICE_SETS)
        for (const team of [false, true])
          for (const filled of [false, true])
            for (const today of TODAYS) {
              count++;
              const label = `${client}/${set.name}/${team ? 'équipe' : 'seul'}/${filled ? 'rempli' : 'vide'}/${today}`;
              for (const problem of problemsOf(client, set.invoices, team, filled ? FILLED : {}, today))
                if (!failures.has(problem)) failures.set(problem, label);
            }
    expect(count).toBe(96);
    expect(Object.fromEntries(failures)).toEqual({});
  });
});
