import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'node-html-parser';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_FONT, previewCard } from '../lib/preview-card';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from '../lib/preview';
import { SITE_NAME } from '../lib/seo';
import { builtHtmlFiles } from './built-pages';

const require = createRequire(import.meta.url);

/** Satori reads TTF, OTF and WOFF (not WOFF2): the WOFF files of the @fontsource package, no network. */
function cardFonts() {
  const files = dirname(require.resolve('@fontsource/atkinson-hyperlegible/package.json'));
  return ([400, 700] as const).flatMap((weight) =>
    ['latin', 'latin-ext'].map((subset) => ({
      name: CARD_FONT,
      data: readFileSync(join(files, 'files', `atkinson-hyperlegible-${subset}-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
}

const content = (doc: ReturnType<typeof parse>, property: string) =>
  doc.querySelectorAll(`meta[property="${property}"]`).map((meta) => meta.getAttribute('content') ?? '');

/**
 * Draws each built page's link-preview image (see src/lib/preview-card.ts) where its og:image
 * points, from what the page's own <head> says: og:title, article:section (the kind of page) and
 * article:tag (a sign's family and severity). Every page gets its image or the build fails.
 */
export function previewImages(): AstroIntegration {
  return {
    name: 'preview-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const fonts = cardFonts();
        const started = performance.now();
        const pages = builtHtmlFiles(dir);
        for (const file of pages) {
          const doc = parse(readFileSync(file, 'utf8'));
          const [image] = content(doc, 'og:image');
          const [title] = content(doc, 'og:title');
          if (!image || !title) throw new Error(`${file} : og:image ou og:title manquant, l’aperçu ne peut pas être dessiné`);
          const url = new URL(image);
          const card = previewCard({
            title,
            kind: content(doc, 'article:section')[0] ?? '',
            tags: content(doc, 'article:tag'),
            siteName: SITE_NAME,
            host: url.host,
          });
          const svg = await satori(card, { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, fonts });
          const png = (await renderAsync(svg)).asPng();
          const target = join(site, decodeURIComponent(url.pathname));
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, png);
        }
        logger.info(`${pages.length} images d’aperçu en ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
