import { headingLevel, sectionsFromHeadings, type BlockNode } from '../lib/heading-sections';

// Minimal view of Sätteri's HAST context: only what this plugin uses.
interface RootContext {
  replaceNode(node: unknown, replacement: unknown): void;
}

/**
 * Sätteri HAST plugin, after ascii-heading-ids: the headings of an MDX body each open a
 * `<section>` (src/lib/heading-sections.ts), so that a deep link into a step or a rung marks its
 * whole section, as on the pages whose sections the layouts write. The sections have no name:
 * they add no landmark to those screen readers list.
 */
export const headingSections = {
  name: 'heading-sections',
  after(root: { children: BlockNode[] }, ctx: RootContext) {
    if (root.children.some((block) => headingLevel(block) !== undefined))
      ctx.replaceNode(root, { type: 'root', children: sectionsFromHeadings(root.children) });
  },
};
