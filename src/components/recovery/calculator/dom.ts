/**
 * A few lines of DOM building for the calculator, which runs without a framework so its page
 * stays light. Text always goes in as text nodes: what the reader typed is never parsed as markup.
 */
type Child = Node | string | number | false | null | undefined;
type Attributes = Record<string, string | number | boolean | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'function') element.addEventListener(name.slice(2), value);
    // Properties, not attributes: what the reader sees and what the element reports must agree.
    else if (name === 'value' || name === 'checked') Object.assign(element, { [name]: value });
    else if (value === true) element.setAttribute(name, '');
    else if (value !== false && value !== undefined) element.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child instanceof Node) element.append(child);
    else if (child !== false && child !== null && child !== undefined) element.append(String(child));
  }
  return element;
}

/**
 * A part of the page drawn anew when its shape changes. If the focus was inside, it goes back to
 * the element with the same id; a change that removes it says where the focus goes instead.
 */
export function redraw(region: HTMLElement, children: Node[]) {
  const active = document.activeElement;
  const id = active instanceof HTMLElement && region.contains(active) ? active.id : '';
  region.replaceChildren(...children);
  if (id) document.getElementById(id)?.focus({ preventScroll: true });
}

/**
 * A message the page owes the reader (a link it could not read, storage that refused) until they
 * close it; `status` for news said when the reader pauses (a change from another tab).
 */
export function dismissibleNotice(message: string, onclose: () => void, role: 'alert' | 'status' = 'alert'): HTMLElement {
  return h(
    'div',
    { class: 'quiz-notice', role },
    h('p', {}, message),
    h('button', { type: 'button', class: 'link-button', onclick: onclose }, 'Fermer ce message'),
  );
}
