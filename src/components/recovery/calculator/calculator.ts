import { localToday, type IsoDate } from '../../../lib/case/calendar';
import { ERASE_DEVICE, QUIZ_STORAGE_KEY } from '../../../lib/storage-keys';
import { money } from '../../../lib/case/money';
import { calculate } from '../../../lib/recovery/calculate';
import { recoveryLettersText, statementCsv, statementText } from '../../../lib/recovery/export';
import { emptyForm, emptyInvoice, newCalculation, type CalculatorForm, type LetterDetails } from '../../../lib/recovery/form';
import { composeRecoveryLetters, type RecoveryDocument, type RecoveryLetters } from '../../../lib/recovery/letters';
import { assessmentNoticeFor, assessmentNoticeWords, ladderBeside } from '../../../lib/recovery/assessment-notice';
import { readAssessedCase, type AssessedCase } from '../../../lib/case/assessment';
import type { Statement } from '../../../lib/recovery/penalties';
import {
  CALCULATOR_STORAGE_KEY,
  encodeFormShare,
  isCalculatorLink,
  LINK_NOTICE,
  openingOver,
  parseSavedForm,
  savedJson,
  serializeForm,
  type Opening,
  type SavedForm,
} from '../../../lib/recovery/saved';
import type { RatesData } from '../../../schemas/rates';
import { copyText } from '../../browser/copy-text';
import { downloadFile } from '../../browser/download-file';
import { eraseSiteData, savedLocally } from '../../browser/saved-locally';
import { printAlone } from '../../browser/print-alone';
import { dismissibleNotice, h, redraw } from './dom';
import { fromAssessmentNotice, linkChoice } from './link-choice';
import { fieldId, Fields } from './fields';
import { baseChoice, clientChoice, clientDetails, invoicesView, typedRatesView, type FormContext, type Part } from './form-view';
import { letterDetailsFields, lettersSection, letterView, plannedNoticeView } from './letters-view';
import { startOver } from './start-over';
import { statementView, statementWarnings } from './statement-view';
import tabSyncUrl from './tab-sync.ts?lazy-chunk-url';
import type { CalculatorTabs, Saved } from './tab-sync';

const storage = savedLocally(CALCULATOR_STORAGE_KEY);
const assessment = savedLocally(QUIZ_STORAGE_KEY);
let lastAssessment: { json: string | null; read: AssessedCase | undefined } | undefined;
/** The self-assessment's case as saved now (another tab may have changed it), read again only when it changed. */
function currentAssessment(today: IsoDate): AssessedCase | undefined {
  const json = assessment.read();
  if (lastAssessment?.json !== json) lastAssessment = { json, read: readAssessedCase(json, today) };
  return lastAssessment.read;
}

/** What this page last read from storage or wrote there: storage holding anything else means another tab saved. */
let seen: string | null = null;
/** The form the page opened on: the reader's own changes are counted from it. */
let opened: string | null = null;
/** The merge with another tab (tab-sync.ts), fetched once one shows up, and its steps, one after another. */
let tabs: Promise<CalculatorTabs> | undefined;
let merges: Promise<unknown> = Promise.resolve();
/** The form on screen and how to speak, for a change from another tab. */
let shown: { form: CalculatorForm; say: (message: string, role?: 'alert' | 'status') => void } | undefined;
/** Draws the calculator anew on a form from another tab, saying so; set once the page has started. */
let drawOn: (form: CalculatorForm) => void = () => {};
const OTHER_TAB = 'Votre calcul a été modifié dans un autre onglet\u00a0: cette page le reprend.';

const readForm = (raw: string | null) => {
  const form = parseSavedForm(raw);
  return form === 'illisible' ? undefined : form;
};

/**
 * Runs a step of the merge with another tab once its code is there, after the steps before it;
 * without that code (the network failed), `otherwise`, and the next step tries again. The code is
 * fetched by URL: a plain `import()` would load Vite's preload helper with the page.
 */
function merging(step: (tabs: CalculatorTabs) => void, otherwise: () => void) {
  if (!tabs) {
    const base = seen;
    tabs = (import(/* @vite-ignore */ tabSyncUrl) as Promise<typeof import('./tab-sync')>).then(
      ({ CalculatorTabs }) => new CalculatorTabs({ storage, read: readForm, text: serializeForm, emptyInvoice, fieldId }, base, opened),
    );
    tabs.catch(() => (tabs = undefined));
  }
  const loading = tabs;
  merges = merges.then(() => loading.then(step, otherwise));
}

/** Shows a form merged with another tab's, keeping the field being typed (tab-sync.ts). */
const takeUp = (tabs: CalculatorTabs, saved: Saved) => tabs.takeUp(saved, drawOn, (message) => shown?.say(message, 'status'));

/**
 * Writes the form (`json`, as saved.ts bounds it): alone, as is; once another tab has saved (or
 * did, merging, before this page opened), merged with it. `refused`: storage refused to save.
 */
function store(form: CalculatorForm, json: string, refused: () => void) {
  const plain = () => {
    if (storage.write(json)) seen = json;
    else refused();
  };
  if (!tabs && storage.read() === seen) return plain();
  merging((tabs) => {
    const saved = tabs.save(form);
    if (!saved.written) refused();
    if (saved.changed) takeUp(tabs, saved);
  }, plain);
}

/** What every drawing of the calculator shares: where it is drawn, its data, and how to draw it anew. */
interface Page {
  root: HTMLElement;
  rates: RatesData;
  letters: RecoveryLetters;
  today: string;
  show(opening: Opening): void;
  /** What this device holds now, as far as this page knows: the form it last saved (or tried to), nothing once erased. */
  hold(saved: SavedForm): void;
}

/**
 * The late-payment calculator, drawn into `root`. It holds the form as typed; everything shown
 * is derived from it by src/lib/recovery, and it is saved on this device at each change.
 */
export function startCalculator(root: HTMLElement, rates: RatesData, letters: RecoveryLetters) {
  const today = localToday();
  seen = storage.read();
  let held = parseSavedForm(seen);
  const page: Page = {
    root,
    rates,
    letters,
    today,
    show: (opening) => drawCalculator(page, opening),
    hold: (saved) => {
      held = saved;
      // Erased: what comes next starts afresh, alone until another tab saves again.
      if (saved === undefined) [seen, tabs] = [null, undefined];
    },
  };
  // Saved by tabs that merged: this one merges too, so that its changes count as theirs did. (A
  // quote typed in a field is saved escaped: only the key itself reads `"merge":{`.)
  const nothing = () => undefined;
  if (seen?.includes('"merge":{')) merging(nothing, nothing);
  drawOn = (form) => page.show({ form, notice: OTHER_TAB });
  /**
   * Opens the calculation a link in the address carries, or the self-assessment's invoices, over
   * what this device holds; then takes the link out of the address bar, so that a reload or a
   * bookmark shows the saved calculation.
   */
  const follow = () => {
    const hash = location.hash;
    if (isCalculatorLink(hash)) history.replaceState(null, '', location.pathname);
    const opening = openingOver(hash, held, today, assessment.read());
    opened ??= serializeForm(opening.form);
    page.show(opening);
  };
  follow();
  // A link pasted into this open page changes only the fragment: it is followed with the same guarantees as on opening.
  addEventListener('hashchange', () => {
    if (isCalculatorLink(location.hash)) follow();
  });
  // Another tab saved a change, or erased this device: follow it, so that this page's next save
  // does not undo it. A change is merged field by field (tab-sync.ts), so that neither tab undoes
  // the other, and the field being typed in keeps the reader's words.
  addEventListener('storage', (event) => {
    if (event.key !== CALCULATOR_STORAGE_KEY && event.key !== null) return;
    if (event.newValue === null) {
      page.hold(undefined);
      page.show({ form: emptyForm(today), notice: 'Votre calcul a été effacé dans un autre onglet.', leaveSaved: true });
      return;
    }
    const form = shown?.form;
    const theirs = readForm(event.newValue);
    if (!form || !theirs) return;
    merging(
      (tabs) => {
        const saved = tabs.save(form);
        if (saved.changed) takeUp(tabs, saved);
      },
      () => drawOn(theirs),
    );
  });
}

const TOO_LONG =
  'Ce calcul ne peut plus être enregistré sur cet appareil\u00a0: des textes très longs ont été collés dans ses champs. Raccourcissez-les pour qu’il le soit de nouveau\u202f; d’ici là, fermer la page ramènerait sa dernière version enregistrée.';

function drawCalculator(page: Page, { form, notice, link, fromAssessment, leaveSaved }: Opening) {
  const { root, rates, letters, today } = page;
  const fields = new Fields();

  // Each message stays until the reader closes it, whatever else the page says after it.
  const notices = h('div', {});
  const say = (message: string, role?: 'alert' | 'status') => {
    const note = dismissibleNotice(message, () => note.remove(), role);
    notices.append(note);
    return note;
  };
  shown = { form, say };
  if (notice) say(notice);
  if (fromAssessment !== undefined && !link) notices.append(fromAssessmentNotice(fromAssessment, form.client));
  if (link) {
    const choice = linkChoice(
      fromAssessment === undefined ? 'lien' : 'diagnostic',
      () => page.show(fromAssessment === undefined ? { form: link, notice: LINK_NOTICE } : { form: link, fromAssessment }),
      () => choice.remove(),
    );
    notices.append(choice);
  }
  const status = h('p', { class: 'quiz-status', role: 'status' });
  // The total, said once typing pauses: a screen reader hears the result without hearing every keystroke.
  const summary = h('p', { class: 'sr-only', role: 'status' });
  let summaryTimer: ReturnType<typeof setTimeout> | undefined;
  const copy = async (text: string, done: string) => (status.textContent = await copyText(text, done));

  const clientPart = h('div', {});
  const invoicesPart = h('div', {});
  const ratesPart = h('div', {});
  let shownRates = '';
  const results = h('div', {});
  const documents = h('div', {});
  const lettersPart = lettersSection(
    letterDetailsFields(fields, form.letter, (details: Partial<LetterDetails>) => change((f) => Object.assign(f.letter, details))),
    () => downloadFile('courriers-de-relance.txt', recoveryLettersText(shownLetters, form.letter, letters.layout), 'text/plain'),
    documents,
  );
  let shownLetters: RecoveryDocument[] = [];

  const context: FormContext = { form, fields, change, rates, today };
  const draw: Record<Part, () => void> = {
    client: () => redraw(clientPart, clientDetails(context)),
    invoices: () => redraw(invoicesPart, invoicesView(context)),
  };

  let storageRefused = false;
  let tooLong: HTMLElement | undefined;
  // What this device holds stays as it is until the reader changes something (see Opening).
  let writing = !leaveSaved;
  function change(mutate: (form: CalculatorForm) => void, options: { redraw?: Part; focus?: string } = {}) {
    writing = true;
    mutate(form);
    if (options.redraw) draw[options.redraw]();
    refresh();
    if (options.focus) document.getElementById(options.focus)?.focus();
  }

  function refresh() {
    const { errors, statement, ratesToType } = calculate(form, rates, today);
    const ratesKey = `${form.client}:${ratesToType.join()}`;
    if (ratesKey !== shownRates) {
      shownRates = ratesKey;
      redraw(ratesPart, typedRatesView(context, ratesToType));
    }
    fields.show(errors);
    clearTimeout(summaryTimer);
    if (statement) {
      const said = `Relevé mis à jour\u00a0: total ${money(statement.totals.total)}.`;
      if (said !== summary.textContent) summaryTimer = setTimeout(() => (summary.textContent = said), 1000);
    }
    results.replaceChildren(
      ...(statement
        ? [...statementWarnings(statement), statementView(statement, form.formalNoticeDate), statementActions(statement)]
        : [
            h(
              'p',
              { class: 'hint', role: 'status' },
              'Le relevé s’affiche dès que chaque facture a un numéro, un montant et une échéance valides.',
            ),
          ]),
    );
    const assessed = currentAssessment(today);
    // The self-assessment's mise en demeure of the same invoices is the one to send: no second one.
    const weighed = statement && assessmentNoticeFor(assessed?.notice, statement, form.formalNoticeDate);
    shownLetters = statement ? ladderBeside(composeRecoveryLetters(letters, statement, form.letter, form.letter.team, today), weighed) : [];
    lettersPart.hidden = shownLetters.length === 0 && !weighed;
    documents.replaceChildren(
      ...shownLetters.map((doc) => letterView(doc, form.letter, letters.layout, copy)),
      ...(weighed && statement
        ? [plannedNoticeView(assessmentNoticeWords(weighed, statement.client, assessed?.tried ?? false, today))]
        : []),
    );
    if (writing) save();
  }

  function save() {
    page.hold(form);
    const json = savedJson(form);
    if (json === undefined) {
      tooLong ??= say(TOO_LONG);
      return;
    }
    tooLong?.remove();
    tooLong = undefined;
    store(form, json, () => {
      if (storageRefused) return;
      storageRefused = true;
      say(
        'Ce navigateur refuse d’enregistrer\u00a0: votre calcul reste à l’écran, mais il sera perdu à la fermeture de la page. Pour le garder, copiez un lien vers ce calcul.',
      );
    });
  }

  function statementActions(statement: Statement) {
    const button = (label: string, onclick: () => void, primary = false) =>
      h('button', { type: 'button', class: primary ? undefined : 'secondary', onclick }, label);
    return h(
      'div',
      { class: 'quiz-actions' },
      button('Copier le relevé', () => copy(statementText(statement, form), 'Le relevé a été copié.'), true),
      button('Télécharger (.txt)', () => downloadFile('releve-de-compte.txt', statementText(statement, form), 'text/plain')),
      button('Télécharger (.csv)', () => downloadFile('releve-de-compte.csv', statementCsv(statement), 'text/csv')),
      button('Imprimer le relevé', () => printAlone(statementText(statement, form))),
      button('Copier un lien vers ce calcul', () => {
        const share = encodeFormShare(form);
        if (share)
          void copy(
            `${location.origin}${location.pathname}#${share}`,
            'Lien copié\u00a0: il contient vos montants et vos dates, dans la partie après le #, jamais envoyée à un serveur.',
          );
        else
          status.textContent =
            'Ce calcul est trop long pour tenir dans un lien\u00a0: raccourcissez les textes très longs de ses champs, puis copiez le lien de nouveau.';
      }),
    );
  }

  root.replaceChildren(
    notices,
    h(
      'form',
      { class: 'calc-form', novalidate: true, onsubmit: (event: Event) => event.preventDefault() },
      clientChoice(context),
      clientPart,
      baseChoice(context),
      fields.field({
        path: 'calculationDate',
        label: 'Calculer à la date du',
        type: 'date',
        value: form.calculationDate,
        oninput: (v) => change((f) => (f.calculationDate = v)),
      }),
      h('h2', {}, 'Les factures'),
      invoicesPart,
      ratesPart,
    ),
    results,
    lettersPart,
    startOver(
      () => {
        page.show({
          form: newCalculation(form, today),
          notice: 'Nouveau calcul\u00a0: le précédent a été effacé de cet appareil. Vos coordonnées sont gardées pour les courriers.',
        });
        root.querySelector<HTMLElement>('.calc-form input')?.focus();
      },
      () => {
        eraseSiteData();
        page.hold(undefined);
        page.show({ form: emptyForm(today), notice: ERASE_DEVICE.done, leaveSaved: true });
        root.querySelector<HTMLElement>('.calc-form input')?.focus();
      },
    ),
    status,
    summary,
  );
  draw.client();
  draw.invoices();
  refresh();
}
