import { emptyInvoice, MAX_INVOICES, MAX_PAYMENTS, type CalculatorForm, type InvoiceDraft } from '../../../lib/recovery/form';
import type { IsoDate } from '../../../lib/case/calendar';
import { halfYearLabel, legalPenaltyRate } from '../../../lib/recovery/format';
import type { RatesData } from '../../../schemas/rates';
import { h } from './dom';
import { fieldId, type Fields } from './fields';

/** The parts of the form drawn anew when their shape changes: never the field being typed in. */
export type Part = 'client' | 'invoices';

export interface FormContext {
  readonly form: CalculatorForm;
  readonly fields: Fields;
  /** The dated rates, for the legal rate as of today. */
  readonly rates: RatesData;
  readonly today: IsoDate;
  /** Applies a change to the form; `redraw` names the part whose shape it changes, `focus` the id to focus afterwards. */
  change(mutate: (form: CalculatorForm) => void, options?: { redraw?: Part; focus?: string }): void;
}

function radio(name: string, value: string, label: string, checked: boolean, onchange: () => void) {
  return h(
    'label',
    { class: 'quiz-option' },
    h('input', { type: 'radio', name, value, id: `calc-${name}-${value}`, checked, onchange }),
    ` ${label}`,
  );
}

/** A group of choices under a heading, and what the choice reveals. */
function choice(legend: string, ...children: (HTMLElement | false)[]) {
  return h('fieldset', {}, h('legend', {}, h('h2', {}, legend)), children);
}

export function clientChoice({ form, change }: FormContext) {
  const pick = (client: CalculatorForm['client']) => () => change((f) => (f.client = client), { redraw: 'client' });
  return choice(
    'Votre client',
    radio('client', 'professionnel', 'Une entreprise ou un professionnel', form.client === 'professionnel', pick('professionnel')),
    radio('client', 'particulier', 'Un particulier', form.client === 'particulier', pick('particulier')),
  );
}

/** What depends on the kind of client: the rate for a business, the date of the mise en demeure for a private person. */
export function clientDetails({ form, fields, change, rates, today }: FormContext): HTMLElement[] {
  if (form.client === 'particulier')
    return [
      h(
        'p',
        { class: 'hint' },
        'Face à un particulier, ni pénalités de retard ni indemnité de 40\u00a0€\u00a0: seuls des intérêts au taux légal courent, à partir de la mise en demeure.',
      ),
      fields.field({
        path: 'formalNoticeDate',
        label: 'Date de la mise en demeure',
        type: 'date',
        value: form.formalNoticeDate,
        hint: 'Sans mise en demeure, aucun intérêt ne court encore.',
        oninput: (v) => change((f) => (f.formalNoticeDate = v)),
      }),
    ];
  const pick = (rateMode: CalculatorForm['rateMode']) => () => change((f) => (f.rateMode = rateMode), { redraw: 'client' });
  const legalRate = legalPenaltyRate(rates, today);
  return [
    choice(
      'Le taux des pénalités',
      radio('taux', 'legal', `Aucun taux au contrat\u00a0: ${legalRate.label}`, form.rateMode === 'legal', pick('legal')),
      h('details', { class: 'hint' }, h('summary', {}, 'De quoi est fait ce taux\u202f?'), h('p', {}, legalRate.madeOf)),
      radio('taux', 'contract', 'Le taux prévu par mes conditions', form.rateMode === 'contract', pick('contract')),
      form.rateMode === 'contract' &&
        fields.field({
          path: 'contractRate',
          label: 'Taux annuel prévu (%)',
          inputmode: 'decimal',
          value: form.contractRate,
          oninput: (v) => change((f) => (f.contractRate = v)),
        }),
    ),
  ];
}

export function baseChoice({ form, change }: FormContext) {
  const pick = (base: CalculatorForm['base']) => () => change((f) => (f.base = base), { redraw: 'invoices' });
  return choice(
    'Les montants',
    radio('base', 'TTC', 'Toutes taxes comprises (TTC), le plus courant', form.base === 'TTC', pick('TTC')),
    radio('base', 'HT', 'Hors taxes (HT)', form.base === 'HT', pick('HT')),
  );
}

function invoiceView(ctx: FormContext, invoice: InvoiceDraft, i: number): HTMLElement {
  const { form, fields, change } = ctx;
  const at = `invoices.${i}`;
  const edit = (mutate: (invoice: InvoiceDraft) => void, options?: { redraw?: Part; focus?: string }) =>
    change((f) => mutate(f.invoices[i]!), options);
  const title = `${fieldId(at)}-titre`;
  const payments = invoice.payments.map((payment, j) =>
    h(
      'div',
      { class: 'calc-payment', role: 'group', 'aria-label': `Paiement ${j + 1} de la facture ${i + 1}` },
      fields.field({
        path: `${at}.payments.${j}.date`,
        label: `Paiement ${j + 1}\u00a0: date`,
        type: 'date',
        value: payment.date,
        oninput: (v) => edit((d) => (d.payments[j]!.date = v)),
      }),
      fields.field({
        path: `${at}.payments.${j}.amount`,
        label: `Paiement ${j + 1}\u00a0: montant (€)`,
        inputmode: 'decimal',
        value: payment.amount,
        oninput: (v) => edit((d) => (d.payments[j]!.amount = v)),
      }),
      h(
        'button',
        {
          type: 'button',
          class: 'link-button',
          onclick: () => {
            fields.forget(`${at}.payments.`);
            edit((d) => d.payments.splice(j, 1), { redraw: 'invoices', focus: fieldId(`${at}.add-payment`) });
          },
        },
        `Retirer le paiement ${j + 1}`,
      ),
    ),
  );
  return h(
    'fieldset',
    { class: 'calc-invoice' },
    h('legend', {}, h('h3', { id: title, tabindex: -1 }, `Facture ${i + 1}`)),
    fields.field({ path: `${at}.number`, label: 'Numéro', value: invoice.number, oninput: (v) => edit((d) => (d.number = v)) }),
    fields.field({
      path: `${at}.amount`,
      label: `Montant (${form.base}, €)`,
      inputmode: 'decimal',
      value: invoice.amount,
      oninput: (v) => edit((d) => (d.amount = v)),
    }),
    fields.field({
      path: `${at}.issued`,
      label: 'Date de la facture (facultatif)',
      type: 'date',
      value: invoice.issued,
      oninput: (v) => edit((d) => (d.issued = v)),
    }),
    fields.field({ path: `${at}.due`, label: 'Échéance', type: 'date', value: invoice.due, oninput: (v) => edit((d) => (d.due = v)) }),
    payments,
    h(
      'div',
      { class: 'quiz-actions' },
      invoice.payments.length < MAX_PAYMENTS &&
        h(
          'button',
          {
            type: 'button',
            class: 'secondary',
            id: fieldId(`${at}.add-payment`),
            onclick: () =>
              edit((d) => d.payments.push({ date: '', amount: '' }), {
                redraw: 'invoices',
                focus: fieldId(`${at}.payments.${invoice.payments.length}.date`),
              }),
          },
          'Ajouter un paiement partiel',
        ),
      form.invoices.length > 1 &&
        h(
          'button',
          {
            type: 'button',
            class: 'secondary',
            onclick: () => {
              fields.forget('invoices.');
              change((f) => f.invoices.splice(i, 1), { redraw: 'invoices', focus: `${fieldId(`invoices.${Math.max(0, i - 1)}`)}-titre` });
            },
          },
          `Retirer la facture ${i + 1}`,
        ),
    ),
  );
}

export function invoicesView(ctx: FormContext): HTMLElement[] {
  const { form, change } = ctx;
  return [
    ...form.invoices.map((invoice, i) => invoiceView(ctx, invoice, i)),
    ...(form.invoices.length < MAX_INVOICES
      ? [
          h(
            'div',
            { class: 'quiz-actions' },
            h(
              'button',
              {
                type: 'button',
                class: 'secondary',
                onclick: () =>
                  change((f) => f.invoices.push(emptyInvoice()), {
                    redraw: 'invoices',
                    focus: fieldId(`invoices.${form.invoices.length}.number`),
                  }),
              },
              'Ajouter une facture',
            ),
          ),
        ]
      : []),
  ];
}

/** A field per half-year whose rate is provisional or missing, for the official rate once published. */
export function typedRatesView({ form, fields, change }: FormContext, periods: string[]): HTMLElement[] {
  if (periods.length === 0) return [];
  const professional = form.client === 'professionnel';
  return [
    h('h2', {}, 'Des taux à confirmer'),
    h(
      'p',
      {},
      'Certains taux ne sont pas encore confirmés par un texte officiel, ou manquent\u00a0: le calcul les signale. Si vous connaissez le taux publié, indiquez-le ici.',
    ),
    ...periods.map((period) => {
      const typed = () => (form.typedRates[period] ??= { ecb: '', legalOther: '' });
      return professional
        ? fields.field({
            path: `typedRates.${period}.ecb`,
            label: `Taux de la BCE en vigueur au début du ${halfYearLabel(period)} (%)`,
            inputmode: 'decimal',
            value: form.typedRates[period]?.ecb ?? '',
            oninput: (v) => change(() => (typed().ecb = v)),
          })
        : fields.field({
            path: `typedRates.${period}.legalOther`,
            label: `Taux de l’intérêt légal, «\u00a0tous les autres cas\u00a0», ${halfYearLabel(period)} (%)`,
            inputmode: 'decimal',
            value: form.typedRates[period]?.legalOther ?? '',
            oninput: (v) => change(() => (typed().legalOther = v)),
          });
    }),
  ];
}
