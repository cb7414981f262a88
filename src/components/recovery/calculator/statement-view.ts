import { formatLongDateFr } from '../../../lib/case/calendar';
import {
  amountWithMissing,
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

function invoiceTable(invoice: InvoiceStatement, i: number, what: string, professional: boolean, calculationDate: string): HTMLElement[] {
  const headingId = `releve-facture-${i}`;
  const head = h(
    'thead',
    {},
    h(
      'tr',
      {},
      ['Du', 'Au', 'Jours', 'Base', 'Taux', 'Montant'].map((label) => h('th', { scope: 'col' }, label)),
    ),
  );
  const body = h(
    'tbody',
    {},
    invoice.lines.map((line) =>
      h(
        'tr',
        {},
        h('td', {}, shortDate(line.from)),
        h('td', {}, shortDate(line.to)),
        h('td', {}, line.days),
        h('td', {}, money(line.balance)),
        h(
          'td',
          {},
          formatRate(line.rate),
          line.provisional && h('span', { class: 'tag' }, ' à confirmer'),
          line.typed && h('span', { class: 'tag' }, ' saisi à la main'),
        ),
        h('td', {}, money(line.amount)),
      ),
    ),
  );
  const total = (label: string, amount: string) => h('tr', {}, h('th', { scope: 'row', colspan: 5 }, label), h('td', {}, amount));
  const table = h(
    'table',
    { class: 'calc-table', 'aria-labelledby': headingId },
    invoice.lines.length > 0 && [head, body],
    h(
      'tfoot',
      {},
      total(what, amountWithMissing(invoice.penalties, invoice.missingPeriods)),
      professional && total('Indemnité forfaitaire pour frais de recouvrement', money(invoice.indemnity)),
    ),
  );
  return [
    // The invoice's heading and summary sit outside the table's box, so they wrap on a narrow screen.
    h('h3', { id: headingId }, `Facture n°\u00a0${invoice.number}${invoice.issued ? ` du ${shortDate(invoice.issued)}` : ''}`),
    h(
      'p',
      { class: 'calc-invoice-summary' },
      `${money(invoice.amount)}, ${dueWords(invoice.due, calculationDate)}\u202f; payée ${money(invoice.paid)}, reste due ${money(invoice.balance)}.`,
    ),
    // Six columns: on a narrow screen the table scrolls in its own box, never the page; a box
    // that scrolls must take the keyboard's focus so it can be scrolled without a mouse (WCAG 2.1.1).
    h('section', { class: 'table-scroll', 'aria-labelledby': headingId, tabindex: 0 }, table),
    ...(invoice.balance > 0 ? limitationWarning(invoice.limitation) : []),
  ];
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
    statement.invoices.flatMap((invoice, i) => invoiceTable(invoice, i, what, professional, statement.calculationDate)),
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
