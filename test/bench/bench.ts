/**
 * `npm run bench`: the site's figures, printed as a Markdown table (not part of `npm test`:
 * timings on a shared 2-core machine are too noisy to assert).
 *
 * - build time (a fresh `astro build`);
 * - per page type, what a first visit downloads: HTML, CSS and JS, raw and gzip, as Chromium
 *   actually requests them (so the island's chunks and the quiz data are counted);
 * - a first search from the header: the bytes it downloads (results code, Pagefind, its wasm,
 *   index and fragments) and the time until results show;
 * - Lighthouse 13 mobile scores (median of three runs) for four pages;
 * - a scale run: 1,000 synthetic signs built in a temporary copy, to show how build time, index
 *   size and first-search bytes grow;
 * - per page type, the layout shift (CLS) of a phone-sized load, and the time of a first search
 *   on a slow connection (150 ms latency, 1.6 Mbit/s), from the first keystroke to results shown.
 *
 * `npm run bench -- --reading` prints only the last two (under a minute).
 */
import { execSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { cpus, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../support/browser.ts';
import { distDir } from '../support/built-site.ts';
import { serveStatic } from '../support/static-server.ts';
import { measureTransfer } from '../support/transfer.ts';
import { runLighthouse, type LighthouseScores } from '../support/lighthouse.ts';
import { layoutShift } from '../support/layout-shift.ts';

const PAGES: [string, string][] = [
  ['Accueil', '/'],
  ['Index des signes', '/signes/'],
  ['Signe', '/signes/paie-en-retard/'],
  ['Script', '/scripts/apres-des-impayes/'],
  ['Étapes', '/rompre/'],
  ['Sources', '/sources/'],
  ['Diagnostic', '/diagnostic/'],
  ['Calculateur de pénalités', '/outils/penalites-de-retard/'],
];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

function timeBuild(cwd = process.cwd()): number {
  const start = performance.now();
  execSync('npx astro build', { stdio: 'ignore', cwd });
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

async function firstSearch(query: string, site = distDir) {
  const server = await serveStatic(site);
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

const folderSize = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, e) => sum + (e.isDirectory() ? folderSize(join(dir, e.name)) : statSync(join(dir, e.name)).size),
    0,
  );

/** Words of the real guide, to write synthetic signs whose index grows like the real one. */
function vocabulary(): string[] {
  const dir = join('content', 'signes');
  const text = readdirSync(dir)
    .map((f) => readFileSync(join(dir, f), 'utf8').split('\n---\n')[1] ?? '')
    .join(' ');
  return text.split(/\s+/).filter((w) => /^[\p{L}’'-]{3,}$/u.test(w));
}

/** Builds a copy of the site with `count` synthetic signs (each with its quiz question). */
async function scaleRun(count: number) {
  const dir = mkdtempSync(join(tmpdir(), 'rompre-bench-'));
  try {
    for (const entry of ['src', 'public', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
      cpSync(entry, join(dir, entry), { recursive: true });
    symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'), 'dir');
    const words = vocabulary();
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const sentence = (n: number) => {
      const picked = Array.from({ length: n }, () => words[Math.floor(next() * words.length)]).join(' ');
      return `${picked.charAt(0).toUpperCase()}${picked.slice(1)}.`;
    };
    const families = ['argent', 'temps', 'comportement', 'ethique', 'adequation'];
    const quizPath = join(dir, 'content', 'diagnostic.yaml');
    let quiz = readFileSync(quizPath, 'utf8');
    for (let i = 1; i <= count; i++) {
      const id = `synthetique-${String(i).padStart(4, '0')}`;
      const data = {
        title: `Signe synthétique n° ${i}`,
        description: sentence(14).slice(0, 160).padEnd(60, ' .'),
        updatedOn: '2026-01-15',
        summary: sentence(18),
        now: sentence(20),
        family: families[i % families.length],
        severity: 'vigilance',
        dealBreaker: false,
        order: 100 + i,
        symptoms: [sentence(12), sentence(12), sentence(12)],
        remedies: [sentence(12), sentence(12)],
        leaveWhen: [sentence(12)],
        words: sentence(15),
        script: 'ce-nest-pas-vous-cest-moi',
        related: [],
        sources: ['moment-de-rompre'],
      };
      const body = Array.from({ length: 3 }, () => Array.from({ length: 4 }, () => sentence(16)).join(' ')).join('\n\n');
      // Dates stay quoted, as the schema asks (unquoted, YAML would read a date object).
      const frontmatter = dump(data, { lineWidth: -1 }).replace(/^updatedOn: (.+)$/m, 'updatedOn: "$1"');
      writeFileSync(join(dir, 'content', 'signes', `${id}.mdx`), `---\n${frontmatter}---\n\n${body}\n`);
      quiz += `  q-${id}:\n    kind: "signe"\n    order: ${1000 + i}\n    sign: "${id}"\n    weight: 1\n    text: "Question synthétique ${i} ?"\n    why: "Pour mesurer la montée en charge."\n`;
    }
    writeFileSync(quizPath, quiz);
    const seconds = timeBuild(dir);
    const site = join(dir, 'dist');
    const pages = readFileSync(join(site, 'sitemap-0.xml'), 'utf8').match(/<loc>/g)?.length ?? 0;
    const search = await firstSearch('préavis', site);
    return { count, seconds, pages, index: folderSize(join(site, 'pagefind')), search };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function lighthouseMedians(paths: string[]) {
  const server = await serveStatic(distDir);
  try {
    const rows: string[] = [];
    for (const path of paths) {
      const runs: LighthouseScores[] = [];
      for (let i = 0; i < 3; i++) runs.push(await runLighthouse(`${server.url}${path}`));
      const m = (key: 'performance' | 'accessibility' | 'best-practices' | 'seo') => median(runs.map((r) => r[key]));
      rows.push(`| ${path} | ${m('performance')} | ${m('accessibility')} | ${m('best-practices')} | ${m('seo')} |`);
    }
    return rows;
  } finally {
    await server.close();
  }
}

/** Cumulative layout shift of a first load on a phone-sized screen, once the page has settled. */
async function layoutShifts() {
  const server = await serveStatic(distDir);
  const browser = await launchBrowser();
  const rows: string[] = [];
  try {
    for (const [label, path] of PAGES) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
      const page = await context.newPage();
      const cls = await layoutShift(page, `${server.url}${path}`, { settleMs: 500 });
      rows.push(`| ${label} | ${cls.toFixed(3)} |`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

/** The slow connection of the issue: 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up. */
const SLOW = { offline: false, latency: 150, downloadThroughput: (1.6 * 1e6) / 8, uploadThroughput: (750 * 1e3) / 8 };

/**
 * A first search on the slow connection, from the home page: "/" opens the dialog, then, after
 * `pauseMs` (0: typing at once; 1000: the reader's usual second to think), the query is typed.
 * Timed from the first keystroke to the first result shown.
 */
async function throttledFirstSearch(query: string, pauseMs: number) {
  const server = await serveStatic(distDir);
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW);
    await page.keyboard.press('/');
    await page.waitForTimeout(pauseMs);
    const start = performance.now();
    await page.keyboard.type(query);
    await page.locator('dialog .search-hit').first().waitFor({ timeout: 30_000 });
    return performance.now() - start;
  } finally {
    await browser.close();
    await server.close();
  }
}

async function readingFigures() {
  const cls = await layoutShifts();
  const runs = async (pause: number) => {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) times.push(await throttledFirstSearch('préavis', pause));
    return median(times);
  };
  const atOnce = await runs(0);
  const afterPause = await runs(1000);
  console.log('Décalage de mise en page (CLS), chargement sur un écran de téléphone (390 × 844) :\n');
  console.log('| Page | CLS |');
  console.log('| --- | --- |');
  for (const row of cls) console.log(row);
  console.log(
    `\nPremière recherche sur connexion lente (150 ms, 1,6 Mbit/s ; « préavis », depuis l’accueil, médiane de trois) : ` +
      `${Math.round(atOnce)} ms en tapant dès l’ouverture, ${Math.round(afterPause)} ms en tapant une seconde après (de la première frappe aux résultats).`,
  );
}

if (process.argv.includes('--reading')) {
  execSync('npx astro build', { stdio: 'ignore' });
  await readingFigures();
  process.exit(0);
}

const buildSeconds = timeBuild();
const rows = await pageWeights();
const search = await firstSearch('préavis');
const index = folderSize(join(distDir, 'pagefind'));
const scores = await lighthouseMedians(['/', '/signes/paie-en-retard/', '/diagnostic/', '/outils/penalites-de-retard/', '/recherche/']);
const scaled = await scaleRun(1000);
const pages = readFileSync(`${distDir}/sitemap-0.xml`, 'utf8').match(/<loc>/g)?.length ?? 0;

console.log(
  `Mesuré le ${new Date().toISOString().slice(0, 10)} sur ${cpus().length} cœurs (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} Gio, Node ${process.version}.\n`,
);
console.log(`Construction : ${buildSeconds.toFixed(1)} s pour ${pages} pages.\n`);
console.log('| Page | HTML (brut / gzip) | CSS (brut / gzip) | JS (brut / gzip) | Données |');
console.log('| --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
console.log('\nLighthouse 13, mobile, médiane de trois passages :\n');
console.log('| Page | Performance | Accessibilité | Bonnes pratiques | SEO |');
console.log('| --- | --- | --- | --- | --- |');
for (const row of scores) console.log(row);
console.log('\nMontée en charge (copie temporaire du site) :\n');
console.log('| Signes | Pages | Construction | Index Pagefind | Première recherche (gzip) |');
console.log('| --- | --- | --- | --- | --- |');
console.log(`| 16 (le guide) | ${pages} | ${buildSeconds.toFixed(1)} s | ${kb(index)} | ${kb(search.gzip)} |`);
console.log(
  `| ${scaled.count + 16} | ${scaled.pages} | ${scaled.seconds.toFixed(1)} s | ${kb(scaled.index)} | ${kb(scaled.search.gzip)} |`,
);
console.log('');
await readingFigures();
console.log(
  `\nPremière recherche (« préavis », depuis l’accueil) : ${search.requests} requêtes, ${kb(search.raw)} brut / ${kb(search.gzip)} gzip, résultats affichés en ${Math.round(search.ms)} ms (frappe comprise).`,
);
