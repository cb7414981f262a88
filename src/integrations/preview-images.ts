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
import { previewCache, rendererFingerprint } from './preview-cache';

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

/** The versions of Satori and resvg: an upgrade may draw differently, so it redraws every image. */
function rendererVersions(): string[] {
  const resvg = join(dirname(require.resolve('@resvg/resvg-js')), 'package.json');
  return [`satori ${require('satori/package.json').version}`, `resvg ${JSON.parse(readFileSync(resvg, 'utf8')).version}`];
}

/** Images drawn at once: Satori lays out one card while resvg rasterises others on its own threads. */
const DRAWING_AT_ONCE = 4;

async function forEachAtMost<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: limit }, worker));
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
        const renderer = rendererFingerprint(
          rendererVersions(),
          fonts.map((font) => font.data),
        );
        const cache = previewCache(renderer);
        const started = performance.now();
        const pages = builtHtmlFiles(dir);
        let drawn = 0;
        await forEachAtMost(pages, DRAWING_AT_ONCE, async (file) => {
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
          const target = join(site, decodeURIComponent(url.pathname));
          mkdirSync(dirname(target), { recursive: true });
          if (cache.restore(card, target)) return;
          const svg = await satori(card, { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, fonts });
          const png = (await renderAsync(svg)).asPng();
          writeFileSync(target, png);
          cache.store(card, png);
          drawn += 1;
        });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`${pages.length} images d’aperçu en ${seconds} s (${drawn} dessinées, ${pages.length - drawn} reprises du cache)`);
      },
    },
  };
}
