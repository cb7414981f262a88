// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { asciiHeadingIds } from './src/integrations/ascii-heading-ids.ts';
import { headingSections } from './src/integrations/heading-sections.ts';
import { frenchTypographyText } from './src/integrations/french-typography.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { previewImages } from './src/integrations/preview-images.ts';
import { releaseChecks } from './src/integrations/release-checks.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { hoistIslandStyles } from './src/integrations/hoist-island-styles.ts';
import { lazyChunkUrl } from './src/integrations/lazy-chunk-url.ts';
import { CSP_DIRECTIVES } from './src/lib/security-headers.ts';

export default defineConfig({
  site: 'https://rompre-avec-un-client.fr',
  trailingSlash: 'always',
  markdown: {
    processor: satteri({ hastPlugins: [frenchTypographyText, asciiHeadingIds, headingSections] }),
    // The guide has no code blocks; a highlighter would only write inline styles the CSP refuses.
    syntaxHighlight: false,
  },
  integrations: [mdx(), svelte(), sitemap(), hoistIslandStyles(), pagefindIndex(), previewImages(), releaseChecks(), securityHeaders()],
  vite: {
    plugins: [lazyChunkUrl()],
    build: {
      // Astro inlines a small script that imports nothing. The header's search script is on every
      // page: linked, the browser keeps it once for the whole site instead of reading it again
      // in every page's HTML (which stays under its 12 kB budget).
      assetsInlineLimit: (file) => (file.includes('SiteSearch.astro') ? false : undefined),
      rolldownOptions: {
        // Astro's content-asset modules (one per MDX entry) open with "use astro:head-inject", which
        // Rolldown reports as a module-level directive (withastro/astro#18087). Drop that one warning
        // only; remove this filter once the issue is fixed upstream.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // Linked, not inlined: every stylesheet then falls under style-src 'self' (see the CSP below).
  build: { inlineStylesheets: 'never' },
  security: {
    // Astro writes a <meta> CSP with the hashes of its own scripts and styles on every page;
    // securityHeaders() repeats it, with what a <meta> cannot carry, in dist/_headers.
    csp: {
      directives: [...CSP_DIRECTIVES],
      // 'wasm-unsafe-eval' lets Pagefind run its WebAssembly; nothing may eval JavaScript.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
