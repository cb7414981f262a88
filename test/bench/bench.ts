/**
 * `npm run bench`: the site's figures, printed as a Markdown table (not part of `npm test`:
 * timings on a shared 2-core machine are too noisy to assert).
 *
 * - build time (a fresh `astro build`);
 * - per page type, what a first visit downloads: HTML, CSS and JS, raw and gzip, as Chromium
 *   actually requests them (so the island's chunks and the quiz data are counted);
 * - a first search from the header: the bytes it downloads (results code, Pagefind, its wasm,
 *   index and fragments) and the time until results show.
 */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../support/browser.ts';
import { distDir } from '../support/built-site.ts';
import { serveStatic } from '../support/static-server.ts';
import { measureTransfer } from '../support/transfer.ts';

const PAGES: [string, string][] = [
  ['Accueil', '/'],
  ['Index des signes', '/signes/'],
  ['Signe', '/signes/paie-en-retard/'],
  ['Script', '/scripts/apres-des-impayes/'],
  ['Étapes', '/rompre/'],
  ['Sources', '/sources/'],
  ['Diagnostic', '/diagnostic/'],
];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

function timeBuild(): number {
  const start = performance.now();
  execSync('npx astro build', { stdio: 'ignore' });
  return (performance.now() - start) / 1000;
}

interface Weight {
  raw: number;
  gzip: number;
}
const add = (w: Weight, body: Buffer) => {
  w.raw += body.length;
  w.gzip += gzipSync(body, { level: 9 }).length;
};

async function pageWeights() {
  const server = await serveStatic(distDir);
  const browser = await launchBrowser();
  const rows: string[] = [];
  try {
    for (const [label, path] of PAGES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const weights = { html: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, js: { raw: 0, gzip: 0 }, data: { raw: 0, gzip: 0 } };
      page.on('response', async (response) => {
        const type = response.request().resourceType();
        const body = await response.body().catch(() => undefined);
        if (!body) return;
        if (type === 'document') add(weights.html, body);
        else if (type === 'stylesheet') add(weights.css, body);
        else if (type === 'script') add(weights.js, body);
        else if (type === 'fetch' || type === 'xhr') add(weights.data, body);
      });
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
      // Inline <style> and <script> travel inside the HTML; count them there, and note them apart.
      const inline = await page.evaluate(() => ({
        css: [...document.querySelectorAll('style')].map((s) => s.textContent ?? '').join(''),
        js: [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join(''),
      }));
      const inlineCss = gzipSync(inline.css).length;
      const inlineJs = gzipSync(inline.js).length;
      rows.push(
        `| ${label} | ${kb(weights.html.raw)} / ${kb(weights.html.gzip)} | ${kb(weights.css.raw)} / ${kb(weights.css.gzip)} (+${kb(inlineCss)} inline) | ${kb(weights.js.raw)} / ${kb(weights.js.gzip)} (+${kb(inlineJs)} inline) | ${weights.data.raw ? `${kb(weights.data.raw)} / ${kb(weights.data.gzip)}` : '–'} |`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

async function firstSearch(query: string) {
  const server = await serveStatic(distDir);
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
    let ms = 0;
    const transfer = await measureTransfer(page, async () => {
      const start = performance.now();
      await page.keyboard.press('/');
      await page.keyboard.type(query);
      await page.locator('dialog .search-hit').first().waitFor();
      ms = performance.now() - start;
    });
    return { ...transfer, ms };
  } finally {
    await browser.close();
    await server.close();
  }
}

const buildSeconds = timeBuild();
const rows = await pageWeights();
const search = await firstSearch('préavis');
const pages = readFileSync(`${distDir}/sitemap-0.xml`, 'utf8').match(/<loc>/g)?.length ?? 0;

console.log(
  `Mesuré le ${new Date().toISOString().slice(0, 10)} sur ${cpus().length} cœurs (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} Gio, Node ${process.version}.\n`,
);
console.log(`Construction : ${buildSeconds.toFixed(1)} s pour ${pages} pages.\n`);
console.log('| Page | HTML (brut / gzip) | CSS (brut / gzip) | JS (brut / gzip) | Données |');
console.log('| --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
console.log(
  `\nPremière recherche (« préavis », depuis l’accueil) : ${search.requests} requêtes, ${kb(search.raw)} brut / ${kb(search.gzip)} gzip, résultats affichés en ${Math.round(search.ms)} ms (frappe comprise).`,
);
