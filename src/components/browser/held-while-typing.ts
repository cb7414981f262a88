/**
 * A text field that follows its value, except while the reader is typing in it. The value can
 * change under the reader's fingers when another tab changes the same text: it then waits until
 * the reader leaves the field (`overlap('held')`), so that no keystroke lands in someone else's
 * text. If the reader types on, their text is the later one and wins (`overlap('kept')`); if they
 * leave the field without typing, the other tab's later text replaces theirs (`overlap('replaced')`).
 *
 * The field's text is set here only: give the element no `value` attribute of its own. (An
 * action rather than an attachment: the Svelte runtime loaded with the first question has actions.)
 */
import { HOLDING } from './holding';

type TextField = HTMLInputElement | HTMLTextAreaElement;
export type Overlap = 'held' | 'kept' | 'replaced';

export interface Held {
  /** Another tab changed this text while the reader was typing in it: held back, then kept or replaced. */
  overlap?: ((overlap: Overlap) => void) | undefined;
  /** The field's text was set from the value (not typed): for a copy of it drawn elsewhere. */
  shown?: ((text: string) => void) | undefined;
}

// A field whose text differs from its value, because the reader is typing in it, carries HOLDING.
const holding = {
  has: (element: Element) => element.hasAttribute(HOLDING),
  add: (element: Element) => element.setAttribute(HOLDING, ''),
  delete: (element: Element) => {
    const had = element.hasAttribute(HOLDING);
    element.removeAttribute(HOLDING);
    return had;
  },
};

/** Sets the field's text to `value`, except while it has the focus (the value then waits until it is left). */
export function follow(element: TextField, value: string, { overlap, shown }: Held = {}) {
  // A field keeps its focus in a window the reader has left (another tab in front): it follows then.
  const typing = element.ownerDocument.hasFocus() && element.ownerDocument.activeElement === element;
  if (!typing && element.value !== value) {
    element.value = value;
    shown?.(value);
  }
  if (typing && element.value !== value) {
    if (!holding.has(element)) overlap?.('held');
    holding.add(element);
  } else holding.delete(element);

  const onInput = () => {
    if (holding.delete(element)) overlap?.('kept');
  };
  const onBlur = () => {
    if (!holding.delete(element) || element.value === value) return;
    element.value = value;
    shown?.(value);
    overlap?.('replaced');
  };
  element.addEventListener('input', onInput);
  element.addEventListener('blur', onBlur);
  return () => {
    element.removeEventListener('input', onInput);
    element.removeEventListener('blur', onBlur);
  };
}

/** `follow` as a Svelte action: `<input use:heldWhileTyping={{ value, overlap }} />`. */
export function heldWhileTyping(element: TextField, held: Held & { value: string }) {
  let stop = follow(element, held.value, held);
  return {
    update(next: Held & { value: string }) {
      stop();
      stop = follow(element, next.value, next);
    },
    destroy: () => stop(),
  };
}
