import type { FieldPath } from '../../../lib/recovery/form';
import { MAX_FIELD_TEXT } from '../../../lib/recovery/saved';
import { h } from './dom';

export interface FieldOptions {
  /** The field's path in the form, also its id: "invoices.0.amount". */
  path: FieldPath;
  label: string;
  value: string;
  type?: 'text' | 'date';
  inputmode?: 'text' | 'decimal';
  hint?: string;
  oninput: (value: string) => void;
}

interface Drawn {
  input: HTMLInputElement;
  error: HTMLElement;
  hintId: string | undefined;
}

export const fieldId = (path: FieldPath) => `calc-${path.replace(/\./g, '-')}`;

/**
 * The calculator's text and date fields, and the message beside each. A message shows once the
 * field holds something or was typed in: an empty form is not a form full of mistakes. Leaving
 * an empty field says nothing, since a message appearing then would move the button being clicked.
 */
export class Fields {
  #drawn = new Map<FieldPath, Drawn>();
  #touched = new Set<FieldPath>();

  field({ path, label, value, type = 'text', inputmode = 'text', hint, oninput }: FieldOptions): HTMLElement {
    const id = fieldId(path);
    const hintId = hint ? `${id}-aide` : undefined;
    const input = h('input', {
      id,
      type,
      inputmode,
      maxlength: type === 'text' ? MAX_FIELD_TEXT : undefined,
      autocomplete: 'off',
      value,
      'aria-describedby': hintId,
      oninput: () => {
        this.#touched.add(path);
        oninput(input.value);
      },
    });
    const error = h('span', { class: 'quiz-error', id: `${id}-erreur`, hidden: true });
    this.#drawn.set(path, { input, error, hintId });
    return h(
      'div',
      { class: 'calc-field' },
      h('label', { for: id }, label),
      hint && h('span', { class: 'calc-hint', id: hintId }, hint),
      input,
      error,
    );
  }

  /** Shows each field's message, and clears those fixed. */
  show(errors: Map<FieldPath, string>) {
    for (const [path, { input, error, hintId }] of this.#drawn) {
      if (!input.isConnected) {
        this.#drawn.delete(path);
        continue;
      }
      const message = this.#touched.has(path) || input.value.trim() !== '' ? errors.get(path) : undefined;
      error.textContent = message ?? '';
      error.hidden = message === undefined;
      if (message) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
      const described = [hintId, message ? error.id : undefined].filter(Boolean).join(' ');
      if (described) input.setAttribute('aria-describedby', described);
      else input.removeAttribute('aria-describedby');
    }
  }

  /** Forgets the fields of removed invoices or payments, whose paths now name others. */
  forget(prefix: FieldPath) {
    for (const path of this.#touched) if (path.startsWith(prefix)) this.#touched.delete(path);
  }
}
