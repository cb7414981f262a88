import { frenchTypography } from '../lib/typography';

/** Sätteri HAST plugin: the same French spacing in MDX bodies as in frontmatter (see src/lib/typography.ts). */
export const frenchTypographyText = {
  name: 'french-typography',
  text(node: { type: 'text'; value: string }) {
    const value = frenchTypography(node.value);
    return value === node.value ? undefined : { type: 'text' as const, value };
  },
};
