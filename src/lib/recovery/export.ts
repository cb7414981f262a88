import { printedLetter, type LetterLayout } from '../quiz/export';
import { formatLongDateFr, isIsoDate } from '../case/calendar';
import type { CalculatorForm, LetterDetails } from './form';
import type { RecoveryDocument } from './letters';
import { amountWithMissing, DUE_AFTER_NOTICE, dueWords, formatRate, halfYearsLabel, limitationWords, shortDate } from './format';
import { money, toCents } from '../case/money';
import { frenchTypography } from '../typography';
import type { Statement } from './penalties';

/** For a private client, when interest started: only a mise en demeure makes it run (Code civil 1231-6). */
export const interestStart = (formalNoticeDate: string | undefined) =>
  formalNoticeDate !== undefined && isIsoDate(formalNoticeDate)
    ? `Mise en demeure du ${formatLongDateFr(formalNoticeDate)}\u00a0: les intérêts courent depuis le lendemain.`
    : 'Aucune mise en demeure envoyée\u00a0: les intérêts au taux légal ne courent pas encore.';

/** The statement as plain text, for copying, saving as .txt and printing. */
export function statementText(
  statement: Statement,
  form: Pick<CalculatorForm, 'base'> & Partial<Pick<CalculatorForm, 'formalNoticeDate' | 'letter'>>,
): string {
  const professional = statement.client === 'professionnel';
  // Who issues it and to whom, when typed: the statement can then go out as it is, beside a letter.
  const joined = (...parts: (string | undefined)[]) =>
    parts
      .map((p) => p?.trim())
      .filter(Boolean)
      .join(', ');
  const from = joined(form.letter?.yourName, form.letter?.yourBusiness);
  const to = joined(form.letter?.clientCompany || form.letter?.clientName);
  const lines = [
    `Relevé de compte au ${formatLongDateFr(statement.calculationDate)}`,
    ...(from ? [`Émis par : ${from}`] : []),
    `${to ? `Client : ${to} (${professional ? 'professionnel' : 'particulier'})` : `Client ${professional ? 'professionnel' : 'particulier'}`} · montants ${form.base}`,
    ...(professional ? [] : [interestStart(form.formalNoticeDate)]),
    // A figure left out must say so: a statement read without the calculator's warnings would look complete.
    ...(statement.missingPeriods.length > 0
      ? [
          `Aucun taux connu pour ${halfYearsLabel(statement.missingPeriods)} : les jours de retard de ${statement.missingPeriods.length === 1 ? 'cette période ne sont' : 'ces périodes ne sont'} pas comptés.`,
        ]
      : []),
    '',
  ];
  for (const invoice of statement.invoices) {
    lines.push(
      `Facture n° ${invoice.number}${invoice.issued ? ` du ${shortDate(invoice.issued)}` : ''} : ${money(invoice.amount)}, ${dueWords(invoice.due, statement.calculationDate)}, payée ${money(invoice.paid)}, reste due ${money(invoice.balance)}`,
    );
    for (const l of invoice.lines)
      lines.push(
        `  du ${shortDate(l.from)} au ${shortDate(l.to)} : ${l.days} jours sur ${money(l.balance)} à ${formatRate(l.rate)} = ${money(l.amount)}${l.provisional ? ' (taux à confirmer)' : l.typed ? ' (taux saisi à la main)' : ''}`,
      );
    if (invoice.lines.length > 0 || invoice.missingPeriods.length > 0)
      lines.push(
        `  ${professional ? 'Pénalités de retard' : 'Intérêts au taux légal'} : ${amountWithMissing(invoice.penalties, invoice.missingPeriods)}`,
      );
    if (invoice.indemnity > 0) lines.push(`  Indemnité forfaitaire pour frais de recouvrement : ${money(invoice.indemnity)}`);
    if (invoice.dueAfterNotice && invoice.balance > 0) lines.push(`  ${DUE_AFTER_NOTICE}`);
    // On paper too: a statement sent or filed without the calculator must not hide a claim that may have lapsed.
    const limitation = invoice.balance > 0 ? limitationWords(invoice.limitation) : undefined;
    if (limitation) lines.push(`  ${limitation}`);
    lines.push('');
  }
  const t = statement.totals;
  lines.push(
    `Reste dû sur les factures échues : ${money(t.balance)}`,
    `${professional ? 'Pénalités de retard' : 'Intérêts au taux légal'} : ${amountWithMissing(t.penalties, statement.missingPeriods)}`,
    ...(professional
      ? [
          `${statement.invoices.filter((i) => i.indemnity > 0).length === 1 ? 'Indemnité forfaitaire' : 'Indemnités forfaitaires'} : ${money(t.indemnities)}`,
        ]
      : []),
    `Total : ${money(t.total)}${statement.missingPeriods.length > 0 ? `, sans compter ${halfYearsLabel(statement.missingPeriods)}` : ''}`,
    ...(t.notYetDue > 0 ? [`À échoir, pas encore exigible et non compris dans le total : ${money(t.notYetDue)}`] : []),
    '',
    professional
      ? 'Calcul : chaque jour après l’échéance, jusqu’au paiement ou à la date de calcul, compte pour un jour de retard ; montant × taux annuel × jours / 365, semestre par semestre. Les pénalités et l’indemnité ne sont pas soumises à la TVA.'
      : 'Calcul : chaque jour après la mise en demeure, jusqu’au paiement ou à la date de calcul, compte pour un jour de retard ; montant × taux de l’intérêt légal × jours / 365, semestre par semestre. Les intérêts ne sont pas soumis à la TVA.',
    '',
    'Références :',
    ...statement.references.map((r) => `– ${r}`),
    ...(statement.verifiedOn ? ['', `Taux vérifiés le ${formatLongDateFr(statement.verifiedOn)}.`] : []),
  );
  // Typeset like the letters it goes with: no colon, euro sign or « n° » stranded at a line's start.
  return frenchTypography(lines.join('\n')).replace(/n° /g, 'n°\u00a0');
}

/**
 * A cell as text: quoted when it holds a separator, and never read as a formula, since an invoice
 * number may come from a shared link (=, +, -, @ would start one in a spreadsheet).
 */
function csvCell(value: string) {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
const csvNumber = (n: number) => toCents(n).toFixed(2).replace('.', ',');

/** One row per slice of each invoice, semicolon-separated with decimal commas, as French spreadsheets expect. */
export function statementCsv(statement: Statement): string {
  const rows = [['Facture', 'Semestre', 'Du', 'Au', 'Jours', 'Base (€)', 'Taux annuel (%)', 'Montant (€)', 'Référence']];
  for (const invoice of statement.invoices) {
    for (const l of invoice.lines)
      rows.push([
        l.invoice,
        l.period,
        l.from,
        l.to,
        String(l.days),
        csvNumber(l.balance),
        l.rate.toFixed(2).replace('.', ','),
        csvNumber(l.amount),
        l.reference,
      ]);
    if (invoice.indemnity > 0) rows.push([invoice.number, '', '', '', '', '', '', csvNumber(invoice.indemnity), 'Indemnité forfaitaire']);
  }
  // A byte-order mark so that spreadsheet software reads the accents right.
  return `\ufeff${rows.map((r) => r.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

/** The ladder's letters as one text file, each laid out for the post, in the order they are sent. */
export function recoveryLettersText(docs: RecoveryDocument[], details: LetterDetails, layout: LetterLayout): string {
  return docs.map((doc) => [doc.title.toUpperCase(), doc.sendWhen, '', printedLetter(doc, doc, details, layout)].join('\n')).join('\n\n\n');
}
