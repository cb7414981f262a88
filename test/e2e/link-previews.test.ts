import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { builtPages, distDir, readPage } from '../support/built-site';
import { SITE_NAME } from '../../src/lib/seo';

const SITE = 'https://rompre-avec-un-client.fr/';
const pages = builtPages().map((page) => ({ ...page, doc: parse(readPage(page.file)) }));
const meta = (doc: ReturnType<typeof parse>, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? '';

/** Width and height from a PNG's header chunk (IHDR), which always comes first. */
function pngSize(file: Buffer): { width: number; height: number } {
  expect(file.subarray(1, 4).toString('latin1'), 'signature PNG').toBe('PNG');
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
}

describe('link previews', () => {
  test.each(pages.map((p) => [p.path, p] as const))('%s has a 1200×630 preview image under 80 kB, at an absolute URL', (_path, { doc }) => {
    const image = meta(doc, 'og:image');
    expect(image.startsWith(SITE), image).toBe(true);
    const file = join(distDir, decodeURIComponent(new URL(image).pathname));
    expect(existsSync(file), file).toBe(true);
    const png = readFileSync(file);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.length).toBeLessThan(80 * 1024);
    expect(meta(doc, 'og:image:width')).toBe('1200');
    expect(meta(doc, 'og:image:height')).toBe('630');
    expect(meta(doc, 'og:image:alt')).toContain(meta(doc, 'og:title'));
    expect(meta(doc, 'twitter:card')).toBe('summary_large_image');
  });

  test.each(pages.map((p) => [p.path, p] as const))('%s has a <title> that starts with its Open Graph title, whole', (_path, { doc }) => {
    const title = doc.querySelector('title')?.text ?? '';
    expect([meta(doc, 'og:title'), `${meta(doc, 'og:title')} · ${SITE_NAME}`]).toContain(title);
    expect(title).not.toContain('…');
  });

  test('a sign page names its kind, family and severity for its card', () => {
    const doc = pages.find((p) => p.path === '/signes/ne-paie-pas/')?.doc;
    expect(doc).toBeDefined();
    expect(meta(doc!, 'article:section')).toBe('Signe d’alerte');
    expect(doc!.querySelectorAll('meta[property="article:tag"]').map((m) => m.getAttribute('content'))).toEqual(['Argent', 'Grave']);
  });

  test('every page has its own image', () => {
    const images = pages.map((p) => meta(p.doc, 'og:image'));
    expect(new Set(images).size).toBe(images.length);
  });
});
