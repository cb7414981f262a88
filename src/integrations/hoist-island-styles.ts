import { readFileSync, writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { builtHtmlFiles } from './built-pages';

/** Astro's one-line style for islands, which it writes in <body> where HTML does not allow <style>. */
const ISLAND_STYLE = /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/;

/**
 * Moves that style into <head>, so every page is valid HTML. Its content, hence its CSP
 * hash, is unchanged.
 */
export function hoistIslandStyles(): AstroIntegration {
  return {
    name: 'hoist-island-styles',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const path of builtHtmlFiles(dir)) {
          const html = readFileSync(path, 'utf8');
          const style = ISLAND_STYLE.exec(html)?.[0];
          if (style) writeFileSync(path, html.replace(style, '').replace('</head>', `${style}</head>`));
        }
      },
    },
  };
}
