import type { CalculatorForm, InvoiceDraft } from '../../../lib/recovery/form';
import { isRecord, newTabId, readMergeInfo, TabMerge, type Merged } from '../../../lib/tab-merge';
import { follow, type Overlap } from '../../browser/held-while-typing';
import { isHolding } from '../../browser/holding';
import { OVERLAP_MESSAGES } from '../../browser/overlap-messages';
import type { savedLocally } from '../../browser/saved-locally';

/**
 * The calculator open in two tabs, fetched once a second tab shows up (a single tab saves as it
 * always did): each change is saved merged with what the other tab saved, field by field
 * (src/lib/tab-merge.ts), so that two tabs editing different fields keep both, and the field
 * being typed in keeps its focus and the reader's words until they leave it.
 *
 * It imports nothing the page's first script holds (that would split it out into a request of its
 * own): what it needs of the page is given (`CalculatorPage`).
 */
export interface CalculatorPage {
  storage: ReturnType<typeof savedLocally>;
  /** A saved form read back and checked (saved.ts); undefined when it does not read. */
  read(raw: string | null): CalculatorForm | undefined;
  text(form: CalculatorForm): string;
  emptyInvoice(): InvoiceDraft;
  /** A field's element id from its path in the form (fields.ts). */
  fieldId(path: string): string;
}

export type Saved = Merged & { written: boolean; form: CalculatorForm };

export class CalculatorTabs {
  readonly #merge = new TabMerge(newTabId());
  readonly #page: CalculatorPage;

  /**
   * `base`: what this page last read from storage or wrote there, which its own changes are counted
   * from; `opened`: the state the page opened on (it has saved alone since: its changes since are its own).
   */
  constructor(page: CalculatorPage, base: string | null, opened: string | null) {
    this.#page = page;
    const stored = this.#stored(base);
    this.#merge.start(stored?.value, stored?.info, { value: this.#page.read(opened) });
  }

  #stored(raw: string | null) {
    const form = this.#page.read(raw);
    return form && { value: form, info: readMergeInfo((JSON.parse(raw!) as { merge?: unknown }).merge) };
  }

  /** A merged value as a form, checked like anything read back; a row merged without all its cells starts them empty. */
  #asForm(value: unknown): CalculatorForm | undefined {
    if (!isRecord(value)) return undefined;
    const { emptyInvoice } = this.#page;
    const rows = Array.isArray(value['invoices']) ? value['invoices'] : [];
    const invoices = rows.map((row: unknown) => {
      const invoice = isRecord(row) ? row : {};
      const payments = Array.isArray(invoice['payments']) ? invoice['payments'] : [];
      return {
        ...emptyInvoice(),
        ...invoice,
        payments: payments.map((p: unknown) => ({ date: '', amount: '', ...(isRecord(p) ? p : {}) })),
      };
    });
    const rates = isRecord(value['typedRates']) ? value['typedRates'] : {};
    const typedRates = Object.fromEntries(
      Object.entries(rates).map(([period, rate]) => [period, { ecb: '', legalOther: '', ...(isRecord(rate) ? rate : {}) }]),
    );
    const form = { ...(value as unknown as CalculatorForm), invoices: invoices.length > 0 ? invoices : [emptyInvoice()], typedRates };
    return this.#page.read(this.#page.text(form));
  }

  /**
   * Merges the form with what storage holds and saves the result if storage lacks it (`written`:
   * false when storage refused). `form` is the merged form, to show when `changed`.
   */
  save(form: CalculatorForm): Saved {
    const { storage, text } = this.#page;
    const merged = this.#merge.merge(form, this.#stored(storage.read()));
    const value = this.#asForm(merged.value) ?? form;
    const written = !merged.save || storage.write(JSON.stringify({ ...(JSON.parse(text(value)) as object), merge: merged.save }));
    return { ...merged, written, form: value };
  }

  /**
   * Shows a form merged with another tab's: `draw` draws the calculator anew on it. The focus comes
   * back to the field the reader was in, and that field keeps the reader's text until they leave
   * it when it differs from the other tab's; `say` tells the reader, politely, of a field they had
   * changed that the other tab changed after them.
   */
  takeUp(merged: Saved, draw: (form: CalculatorForm) => void, say: (message: string) => void) {
    const active = document.hasFocus() ? document.activeElement : null;
    const typing =
      active instanceof HTMLInputElement && active.id ? { id: active.id, text: active.value, start: active.selectionStart } : undefined;
    draw(merged.form);
    const input = typing && document.getElementById(typing.id);
    if (typing && input instanceof HTMLInputElement) {
      input.focus({ preventScroll: true });
      const drawn = input.value;
      if (input.type !== 'radio' && input.type !== 'checkbox' && drawn !== typing.text) {
        input.value = typing.text;
        if (typing.start !== null && input.type === 'text') input.setSelectionRange(typing.start, typing.start);
        follow(input, drawn, { overlap: (overlap) => say(overlapMessage(input, overlap)) });
      }
    }
    const replaced = merged.replaced[0];
    if (replaced && !isHolding(document.activeElement)) {
      const path = (JSON.parse(replaced) as (string | number)[]).join('.');
      say(overlapMessage(document.getElementById(this.#page.fieldId(path)), 'replaced'));
    }
  }
}

/** The message for a field changed in two tabs, naming it as the page does: « le champ « Numéro » ». */
function overlapMessage(input: Element | null, overlap: Overlap) {
  const label = input?.id ? input.ownerDocument.querySelector(`label[for="${input.id}"]`)?.textContent?.trim() : undefined;
  return OVERLAP_MESSAGES[overlap](label ? `le champ «\u00a0${label}\u00a0»` : 'un champ');
}
