// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { asciiHeadingIds } from './src/integrations/ascii-heading-ids.ts';
import { frenchTypographyText } from './src/integrations/french-typography.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

export default defineConfig({
  site: 'https://rompre-avec-un-client.fr',
  trailingSlash: 'always',
  markdown: { processor: satteri({ hastPlugins: [frenchTypographyText, asciiHeadingIds] }) },
  integrations: [mdx(), svelte(), sitemap(), pagefindIndex()],
});
