/**
 * The words of the elements matching `selector` that a line break cuts in two (« maintenan / t »,
 * « repousse-t- / il »): each word's boxes, measured through a Range, sit on more than one line.
 * A word may span text nodes (« repousse-t-il » in its own span); a block boundary ends one.
 * Self-contained, to run in the page: `page.evaluate(brokenWords, selector)`.
 */
export function brokenWords(selector: string): string[] {
  const blockOf = (node: Node): Element | null => {
    let element = node.parentElement;
    while (element && getComputedStyle(element).display.startsWith('inline')) element = element.parentElement;
    return element;
  };
  const broken: string[] = [];
  for (const root of document.querySelectorAll(selector)) {
    // The element's text, with a line break wherever the block changes; each character maps back to its node.
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const map: { node: Text; offset: number }[] = [];
    let text = '';
    let block: Element | null = null;
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      if (blockOf(node) !== block) text += '\n';
      if (map.length < text.length) map.push(map[map.length - 1] ?? { node, offset: 0 });
      block = blockOf(node);
      for (let i = 0; i < node.data.length; i++) map.push({ node, offset: i });
      text += node.data;
    }
    for (const match of text.matchAll(/[^\s\u00a0\u202f]+/g)) {
      const first = map[match.index]!;
      const last = map[match.index + match[0].length - 1]!;
      const range = document.createRange();
      range.setStart(first.node, first.offset);
      range.setEnd(last.node, last.offset + 1);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (lines.size > 1) broken.push(match[0]);
    }
  }
  return broken;
}
