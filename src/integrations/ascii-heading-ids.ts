import { toAnchor } from '../lib/anchors';
import { SECTION_LINK_TOUCH_LABEL, sectionLinkName } from '../lib/section-link';

// Minimal view of Sätteri's HAST visitor context: only what this plugin uses.
interface HastElement {
  type: 'element';
  tagName: string;
  properties?: Record<string, unknown>;
  children?: unknown[];
}
interface VisitContext {
  textContent(node: unknown): string;
  setProperty(node: unknown, key: string, value: unknown): void;
  replaceNode(node: unknown, replacement: unknown): void;
}

const text = (value: string) => ({ type: 'text', value });

/**
 * Sätteri HAST plugin for MDX headings: a readable ASCII id (Astro's own heading-ids step
 * keeps an existing id, so the DOM and `headings` agree) and the same visible self-link
 * as AnchorHeading.astro (src/lib/section-link.ts).
 */
export const asciiHeadingIds = {
  name: 'ascii-heading-ids',
  element: {
    filter: ['h2', 'h3', 'h4'],
    visit(node: HastElement, ctx: VisitContext) {
      const title = ctx.textContent(node);
      const id = typeof node.properties?.['id'] === 'string' ? (node.properties['id'] as string) : toAnchor(title);
      ctx.replaceNode(node, {
        type: 'element',
        tagName: 'div',
        properties: { className: ['heading-wrapper'] },
        children: [
          { ...node, properties: { ...node.properties, id } },
          {
            type: 'element',
            tagName: 'a',
            properties: { className: ['heading-link'], href: `#${id}`, dataPagefindIgnore: '' },
            children: [
              { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [text('#')] },
              {
                type: 'element',
                tagName: 'span',
                properties: { className: ['heading-link__touch'], ariaHidden: 'true' },
                children: [text(SECTION_LINK_TOUCH_LABEL)],
              },
              { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [text(sectionLinkName(title))] },
            ],
          },
        ],
      });
    },
  },
};
