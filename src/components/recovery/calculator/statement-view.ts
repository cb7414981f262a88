import { formatLongDateFr } from '../../../lib/case/calendar';
import {
  amountWithMissing,
  DUE_AFTER_NOTICE,
  dueWords,
  formatRate,
  halfYearLabel,
  halfYearsLabel,
  limitationWords,
  shortDate,
} from '../../../lib/recovery/format';
import { money } from '../../../lib/case/money';
import { interestStart } from '../../../lib/recovery/export';
import type { InvoiceStatement, Statement } from '../../../lib/recovery/penalties';
import { h } from './dom';

/** A claim near or past its limitation date. */
function limitationWarning(limitation: InvoiceStatement['limitation']): HTMLElement[] {
  const text = limitationWords(limitation);
  return text ? [h('p', { class: 'quiz-notice', role: 'status' }, text)] : [];
}

/** What the statement warns of before its figures: a contract rate under the floor, rates to confirm or missing. */
export function statementWarnings(statement: Statement): HTMLElement[] {
  const notice = (text: string) => h('p', { class: 'quiz-notice', role: 'status' }, text);
  return [
    ...statement.contractBelowFloor.map(({ period, floor }) =>
      notice(
        `Votre taux contractuel est inférieur au minimum que fixe la loi pour le ${halfYearLabel(period)}\u00a0: trois fois le taux de l’intérêt légal, soit ${formatRate(floor)}. Le relevé l’applique tel que vous l’avez saisi\u202f; vérifiez vos conditions avant de réclamer ce montant.`,
      ),
    ),
    ...(statement.provisionalPeriods.length > 0
      ? [
          notice(
            `Taux à confirmer pour ${halfYearsLabel(statement.provisionalPeriods)}\u00a0: le calcul utilise le dernier taux connu. Indiquez le taux officiel ci-dessus dès qu’il est publié.`,
          ),
        ]
      : []),
    ...(statement.missingPeriods.length > 0
      ? [
          notice(
            `Aucun taux connu pour ${halfYearsLabel(statement.missingPeriods)}\u00a0: ces jours ne sont pas comptés. Indiquez le taux officiel ci-dessus.`,
          ),
        ]
      : []),
  ];
}

/**
 * One invoice: its heading, a summary sentence with what it has earned, then each slice of days as
 * a line of text with its amount. Text rather than a six-column table, so that a phone shows every
 * amount without scrolling sideways.
 */
function invoiceLines(invoice: InvoiceStatement, i: number, what: string, professional: boolean, calculationDate: string): HTMLElement[] {
  const headingId = `releve-facture-${i}`;
  const earned = invoice.lines.length > 0 || invoice.missingPeriods.length > 0;
  const summary = [
    `${money(invoice.amount)}, ${dueWords(invoice.due, calculationDate)}\u202f; payée ${money(invoice.paid)}, reste due ${money(invoice.balance)}.`,
    earned && ` ${what}\u00a0: ${amountWithMissing(invoice.penalties, invoice.missingPeriods)}.`,
    professional && invoice.indemnity > 0 && ` Indemnité forfaitaire pour frais de recouvrement\u00a0: ${money(invoice.indemnity)}.`,
  ];
  return [
    h('h3', { id: headingId }, `Facture n°\u00a0${invoice.number}${invoice.issued ? ` du ${shortDate(invoice.issued)}` : ''}`),
    h('p', { class: 'calc-invoice-summary' }, summary),
    invoice.lines.length > 0 &&
      h(
        'ul',
        { class: 'calc-lines', 'aria-label': `Le calcul, période par période, de la facture n°\u00a0${invoice.number}` },
        invoice.lines.map((line) =>
          h(
            'li',
            {},
            `Du ${shortDate(line.from)} au ${shortDate(line.to)}\u00a0: ${line.days}\u00a0jours sur ${money(line.balance)} à ${formatRate(line.rate)}`,
            line.provisional && h('span', { class: 'tag' }, ' (taux à confirmer)'),
            line.typed && h('span', { class: 'tag' }, ' (taux saisi à la main)'),
            ' = ',
            h('strong', {}, money(line.amount)),
          ),
        ),
      ),
    invoice.dueAfterNotice && invoice.balance > 0 && h('p', { class: 'hint' }, DUE_AFTER_NOTICE),
    ...(invoice.balance > 0 ? limitationWarning(invoice.limitation) : []),
  ].filter((part): part is HTMLElement => part instanceof HTMLElement);
}

/** The statement of account: a table per invoice, the totals, the references and the date the rates were checked. */
export function statementView(statement: Statement, formalNoticeDate: string): HTMLElement {
  const professional = statement.client === 'professionnel';
  const what = professional ? 'Pénalités de retard' : 'Intérêts au taux légal';
  const { totals } = statement;
  const term = (label: string, value: Node | string) => [h('dt', {}, label), h('dd', {}, value)];
  return h(
    'section',
    { class: 'calc-statement', 'aria-labelledby': 'releve' },
    h('h2', { id: 'releve', tabindex: -1 }, `Relevé au ${formatLongDateFr(statement.calculationDate)}`),
    !professional && h('p', {}, interestStart(formalNoticeDate)),
    statement.invoices.flatMap((invoice, i) => invoiceLines(invoice, i, what, professional, statement.calculationDate)),
    h(
      'dl',
      { class: 'calc-totals' },
      term('Reste dû sur les factures échues', money(totals.balance)),
      term(what, amountWithMissing(totals.penalties, statement.missingPeriods)),
      professional && term('Indemnités forfaitaires', money(totals.indemnities)),
      term('Total', h('strong', {}, money(totals.total))),
      totals.notYetDue > 0 && term('À échoir, non compris dans le total', money(totals.notYetDue)),
    ),
    professional &&
      Math.abs(totals.frozen - totals.penalties) >= 0.005 &&
      h(
        'p',
        {},
        `Au taux du premier semestre de retard appliqué à toute la durée, les pénalités seraient de ${money(totals.frozen)}. La loi fixe le taux semestre par semestre\u202f; certains, comme les marchés publics, figent celui du début du retard. Le relevé ci-dessus suit le calcul semestre par semestre.`,
      ),
    h('h3', {}, 'Références'),
    h(
      'ul',
      {},
      statement.references.map((reference) => h('li', {}, reference)),
    ),
    statement.verifiedOn &&
      h(
        'p',
        { class: 'hint' },
        `Taux vérifiés le ${formatLongDateFr(statement.verifiedOn)}. Chaque ligne est arrondie au centime\u202f; les totaux sont calculés avant arrondi.`,
      ),
  );
}
