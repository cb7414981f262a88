/** The part of a HAST node this module reads: enough to find headings among a page's blocks. */
export interface BlockNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: BlockNode[];
}

const HEADING = /^h([2-4])$/;

const isElement = (node: BlockNode, tagName: string) => node.type === 'element' && node.tagName === tagName;

/**
 * The level of a block that opens a section: a heading (h2 to h4), or the wrapper that
 * src/integrations/ascii-heading-ids.ts puts around one with its self-link.
 */
export function headingLevel(node: BlockNode): number | undefined {
  if (node.type !== 'element') return undefined;
  const own = HEADING.exec(node.tagName ?? '');
  if (own) return Number(own[1]);
  const className = node.properties?.['className'];
  if (!isElement(node, 'div') || !Array.isArray(className) || !className.includes('heading-wrapper')) return undefined;
  const heading = node.children?.find((child) => child.type === 'element');
  return heading ? headingLevel(heading) : undefined;
}

/**
 * Gives each heading of a flat run of blocks (an MDX body) its own section, holding the heading
 * and what follows it up to the next heading of the same or a higher level; a lower heading opens
 * a section inside it. A deep link then lands on an element that has a whole section to mark
 * (`section:has(> .heading-wrapper > :target)`), as the sections the layouts write do.
 * Blocks before the first heading stay where they are, and so do ES module statements, which
 * must remain at the top of an MDX document.
 */
export function sectionsFromHeadings(blocks: readonly BlockNode[]): BlockNode[] {
  const top: BlockNode[] = [];
  const open: { level: number; section: BlockNode & { children: BlockNode[] } }[] = [];
  for (const block of blocks) {
    const level = headingLevel(block);
    if (level === undefined) {
      const parent = block.type === 'mdxjsEsm' ? undefined : open.at(-1);
      (parent ? parent.section.children : top).push(block);
      continue;
    }
    while ((open.at(-1)?.level ?? 0) >= level) open.pop();
    const section = { type: 'element', tagName: 'section', properties: {}, children: [block] };
    (open.at(-1)?.section.children ?? top).push(section);
    open.push({ level, section });
  }
  return top;
}
