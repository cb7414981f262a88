/**
 * The attribute a text field carries while the reader types in it and it holds back another tab's
 * text (held-while-typing.ts). Apart, so that the page can ask without loading that code.
 */
export const HOLDING = 'data-holding';

/** Whether the reader is typing in this field while it holds back another tab's text. */
export const isHolding = (element: Element | null) => element?.hasAttribute(HOLDING) === true;
