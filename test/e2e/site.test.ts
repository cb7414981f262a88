import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { builtPages, distDir, readPage } from '../support/built-site';

const pages = builtPages().map((page) => ({ ...page, doc: parse(readPage(page.file)) }));
const byPath = new Map(pages.map((p) => [p.path, p]));
const ids = (doc: HTMLElement) => doc.querySelectorAll('[id]').map((el) => el.id);

describe('the built site', () => {
  test('has the pages a reader expects', () => {
    const paths = pages.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/',
        '/signes/',
        '/scripts/',
        '/rompre/',
        '/sources/',
        '/404.html',
        '/signes/ne-paie-pas/',
        '/scripts/apres-des-impayes/',
      ]),
    );
    expect(paths.filter((p) => p.startsWith('/signes/') && p !== '/signes/').length).toBeGreaterThanOrEqual(15);
  });

  test.each(pages.map((p) => [p.path, p] as const))('%s has lang, title, description, canonical and Open Graph tags', (path, { doc }) => {
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('fr');
    expect(doc.querySelector('title')?.text.trim().length).toBeGreaterThan(5);
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThanOrEqual(50);
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
    if (path === '/404.html') {
      // The 404 has no address of its own: no canonical, and kept out of search engines.
      expect(canonical).toBe('');
      expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    } else {
      expect(new URL(canonical).pathname).toBe(path);
      expect(canonical).toMatch(/^https:\/\//);
      expect(doc.querySelector('meta[name="robots"]')).toBeNull();
    }
    for (const property of ['og:title', 'og:description', 'og:type', 'og:locale', ...(path === '/404.html' ? [] : ['og:url'])]) {
      expect(doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content'), property).toBeTruthy();
    }
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
  });

  test('publishes .nojekyll, so GitHub Pages serves the /_astro/ folder', () => {
    expect(existsSync(join(distDir, '.nojekyll'))).toBe(true);
  });

  test('gives every page a unique title', () => {
    const titles = pages.map((p) => p.doc.querySelector('title')?.text);
    expect(new Set(titles).size).toBe(titles.length);
  });

  test.each(pages.map((p) => [p.path, p] as const))('%s has no duplicate id', (_path, { doc }) => {
    const all = ids(doc);
    expect(all.filter((id, i) => all.indexOf(id) !== i)).toEqual([]);
  });

  test('resolves every internal link and #anchor to a built page and an existing id', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const a of page.doc.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href') ?? '';
        if (/^(https?:|mailto:)/.test(href)) continue;
        const url = new URL(href, `https://site${page.path}`);
        const target = byPath.get(url.pathname);
        if (!target && !existsSync(join(distDir, url.pathname))) {
          broken.push(`${page.path} → ${href} (page absente)`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && target && !ids(target.doc).includes(anchor)) broken.push(`${page.path} → ${href} (ancre absente)`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('uses readable ASCII anchors on every heading, each with a visible link to itself', () => {
    for (const page of pages.filter((p) => p.path !== '/' && p.path !== '/404.html')) {
      for (const heading of page.doc.querySelectorAll('main h2, main h3')) {
        if (heading.closest('.card') || heading.closest('.toc')) continue;
        expect(heading.id, `${page.path}: ${heading.text}`).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        const link = heading.parentNode?.querySelector(`a.heading-link[href="#${heading.id}"]`);
        expect(link, `${page.path} #${heading.id}`).not.toBeNull();
      }
    }
  });

  test('ships no framework JavaScript anywhere but the self-assessment, and under 3 kB of script on content pages', () => {
    for (const page of pages.filter((p) => p.path !== '/diagnostic/' && p.path !== '/outils/penalites-de-retard/')) {
      const html = readPage(page.file);
      expect(html, page.path).not.toContain('astro-island');
      const code = page.doc
        .querySelectorAll('script')
        .map((script) => {
          const src = script.getAttribute('src');
          return src ? readFileSync(join(distDir, src), 'utf8') : script.text;
        })
        .join('\n');
      expect(code, page.path).not.toMatch(/svelte|hydrate/i);
      // Content pages carry only a few bytes of plain script (copy, print, opening the search);
      // the search page also carries the results code.
      if (page.path !== '/recherche/') expect(gzipSync(code).length, page.path).toBeLessThan(3000);
    }
  });

  test('loads the late-payment calculator as a plain script, on its own page only', () => {
    const scriptsOf = (page: (typeof pages)[number]) => page.doc.querySelectorAll('script[src]').map((s) => s.getAttribute('src') ?? '');
    const calculator = pages.find((p) => p.path === '/outils/penalites-de-retard/')!;
    const own = scriptsOf(calculator).filter((src) => src.includes('PenaltyCalculator'));
    expect(own).toHaveLength(1);
    expect(readPage(calculator.file)).not.toContain('astro-island');
    // No Svelte runtime among what it imports: the page stays light (its budget is checked in the browser).
    const imported = readFileSync(join(distDir, own[0]!), 'utf8');
    expect(imported).not.toMatch(/hydrate|svelte/i);
    for (const page of pages.filter((p) => p !== calculator)) expect(scriptsOf(page).join(), page.path).not.toContain('PenaltyCalculator');
  });

  test('loads the self-assessment island on its own page', () => {
    const quiz = pages.find((p) => p.path === '/diagnostic/');
    expect(quiz?.doc.querySelector('astro-island[client="only"]')?.getAttribute('component-url')).toMatch(/SelfAssessment/);
  });

  test('lists every page but the 404 in the sitemap', () => {
    const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
    expect(listed.sort()).toEqual(
      pages
        .map((p) => p.path)
        .filter((p) => p !== '/404.html')
        .sort(),
    );
  });

  test('marks every placeholder of every script so the reader sees what to fill in', () => {
    for (const page of pages.filter((p) => /^\/scripts\/.+/.test(p.path))) {
      for (const selector of ['#texte-lettre', '#texte-conversation']) {
        const block = page.doc.querySelector(selector);
        expect(block, `${page.path} ${selector}`).not.toBeNull();
        const marks = block!.querySelectorAll('mark.placeholder');
        for (const mark of marks) expect(mark.text).toMatch(/^\[.+\]$/);
        const unmarked = parse(block!.outerHTML);
        for (const mark of unmarked.querySelectorAll('mark.placeholder')) mark.remove();
        expect(unmarked.text, `${page.path} ${selector}`).not.toMatch(/\[[^\]]+\]/);
      }
    }
  });

  test('has a favicon and a web manifest whose icons exist, so no browser request 404s', () => {
    const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.webmanifest'), 'utf8')) as { lang: string; icons: { src: string }[] };
    expect(manifest.lang).toBe('fr');
    for (const icon of manifest.icons) expect(existsSync(join(distDir, icon.src))).toBe(true);
    for (const page of pages) {
      for (const link of page.doc.querySelectorAll('link[rel="icon"], link[rel="manifest"], link[rel="stylesheet"]')) {
        expect(existsSync(join(distDir, link.getAttribute('href') ?? '')), `${page.path} ${link.getAttribute('href')}`).toBe(true);
      }
    }
  });
});
