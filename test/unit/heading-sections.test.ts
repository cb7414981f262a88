import { describe, expect, test } from 'vitest';
import { headingLevel, sectionsFromHeadings, type BlockNode } from '../../src/lib/heading-sections';

const el = (tagName: string, children: BlockNode[] = [], properties: Record<string, unknown> = {}): BlockNode => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string) => ({ type: 'text', value }) as BlockNode;
/** A heading as src/integrations/ascii-heading-ids.ts leaves it: wrapped with its self-link. */
const wrapped = (level: number, title: string) =>
  el('div', [el(`h${level}`, [text(title)]), el('a', [text('#')], { className: ['heading-link'] })], { className: ['heading-wrapper'] });

/** The tree as tag names, a section as [its blocks]: short enough to read in an assertion. */
const shape = (nodes: BlockNode[]): unknown[] =>
  nodes.map((node) => {
    if (node.tagName === 'section') return shape(node.children ?? []);
    const level = headingLevel(node);
    return level ? `h${level}` : (node.tagName ?? node.type);
  });

describe('headingLevel', () => {
  test('reads a heading, bare or in its self-link wrapper', () => {
    expect(headingLevel(el('h2'))).toBe(2);
    expect(headingLevel(wrapped(3, 'Coût'))).toBe(3);
  });
  test('ignores other blocks, the page title and an empty wrapper', () => {
    expect(headingLevel(el('p'))).toBeUndefined();
    expect(headingLevel(el('h1'))).toBeUndefined();
    expect(headingLevel(el('div', [], { className: ['heading-wrapper'] }))).toBeUndefined();
    expect(headingLevel(text('h2'))).toBeUndefined();
  });
});

describe('sectionsFromHeadings', () => {
  test('puts each heading and what follows it, up to the next heading, in a section', () => {
    const blocks = [el('p'), wrapped(2, 'Un'), el('p'), el('ul'), wrapped(2, 'Deux'), el('p')];
    expect(shape(sectionsFromHeadings(blocks))).toEqual(['p', ['h2', 'p', 'ul'], ['h2', 'p']]);
  });

  test('nests lower-level headings in the section above them, h2 => h3 => h4', () => {
    const blocks = [wrapped(2, 'A'), el('p'), wrapped(3, 'A.1'), el('p'), wrapped(4, 'A.1.a'), el('p'), wrapped(3, 'A.2'), wrapped(2, 'B')];
    expect(shape(sectionsFromHeadings(blocks))).toEqual([['h2', 'p', ['h3', 'p', ['h4', 'p']], ['h3']], ['h2']]);
  });

  test('a body that opens on an h3 keeps it in a section of its own', () => {
    expect(shape(sectionsFromHeadings([wrapped(3, 'A'), el('p'), wrapped(2, 'B'), el('p')]))).toEqual([
      ['h3', 'p'],
      ['h2', 'p'],
    ]);
  });

  test('keeps ES module statements at the top of the document, and leaves a body without headings alone', () => {
    const esm = { type: 'mdxjsEsm' } as BlockNode;
    expect(shape(sectionsFromHeadings([wrapped(2, 'A'), esm, el('p')]))).toEqual([['h2', 'p'], 'mdxjsEsm']);
    const flat = [el('p'), text('\n'), el('p')];
    expect(sectionsFromHeadings(flat)).toEqual(flat);
  });
});
