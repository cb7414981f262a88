import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { SEARCH_RANKING } from '../../src/lib/search';
import { axeViolations } from '../support/axe';
import { useSite } from '../support/site-session';

const site = useSite();

/**
 * Waits for the results of the whole query: they come as it is typed ("p", "pr"…), so the
 * first result seen may belong to a shorter one.
 */
const resultsFor = (scope: Locator, query: string) =>
  expect
    .poll(() => scope.locator('.search-status').first().textContent())
    .toMatch(new RegExp(`^(\\d+ pages?|Aucune page) pour «\u00a0${query}\u00a0»$`));

// Real queries, typed as worried readers type them: with or without accents, colloquial,
// singular or plural, verb or noun. Each must bring the page (or step) in the top three.
const QUERIES: [string, string][] = [
  ['il ne me paie pas', '/signes/ne-paie-pas/'],
  ['il m’appelle le dimanche', '/signes/ne-respecte-pas-votre-temps/'],
  ["il m'appelle le soir", '/signes/ne-respecte-pas-votre-temps/'],
  ['préavis', '/rompre/donner-un-preavis/'],
  ['preavis', '/rompre/donner-un-preavis/'],
  ['delai de preavis', '/rompre/donner-un-preavis/'],
  ['payer', '/signes/ne-paie-pas/'],
  ['paiement en retard', '/signes/paie-en-retard/'],
  ['calculer pénalités', '/outils/penalites-de-retard/'],
  ['intérêts de retard', '/outils/penalites-de-retard/'],
  ['combien réclamer', '/outils/penalites-de-retard/'],
  ['mauvais payeur', '/signes/paie-en-retard/'],
  ['client radin', '/signes/paie-trop-peu/'],
  ['négocie toujours les prix', '/signes/paie-trop-peu/'],
  ['facture impayée', '/signes/ne-paie-pas/'],
  ['indemnite 40 €', '/rompre/facture-finale/'],
  ['mise en demeure', '/se-faire-payer/mise-en-demeure/'],
  ['il crie sur mon assistante', '/signes/comportement-abusif/'],
  ['insultes', '/signes/comportement-abusif/'],
  ['il me demande de mentir', '/signes/ment-ou-vous-fait-mentir/'],
  ['fraude', '/signes/pratiques-contraires-a-l-ethique/'],
  ['modifications sans fin', '/signes/en-demande-toujours-plus/'],
  ['il annule les rendez-vous', '/signes/annule-et-reporte/'],
  ['il ne veut pas signer le contrat', '/signes/refuse-le-contrat/'],
  ['jamais content', '/signes/jamais-satisfait/'],
  ['comment annoncer la fin', '/rompre/avoir-la-conversation/'],
  ['lettre de fin de collaboration', '/scripts/confirmation-ecrite/'],
  ['il veut que je reste', '/scripts/tenir-bon/'],
  ['rendre les mots de passe', '/rompre/organiser-la-transition/'],
  ['conserver les factures', '/rompre/archiver-le-dossier/'],
  ['on n’a plus rien en commun', '/scripts/nos-chemins-se-separent/'],
  ['faut-il garder ce client', '/diagnostic/'],
  ['relance facture impayée', '/se-faire-payer/relances/'],
  ['modèle mise en demeure', '/se-faire-payer/mise-en-demeure/'],
  ['médiateur des entreprises', '/se-faire-payer/mediation/'],
  ['petites créances', '/se-faire-payer/petites-creances/'],
  ['injonction de payer en ligne', '/se-faire-payer/injonction-de-payer/'],
  ['conciliation obligatoire avant le tribunal', '/se-faire-payer/tentative-amiable/'],
  ['prescription facture', '/se-faire-payer/prescription/'],
  ['client en liquidation', '/se-faire-payer/procedure-collective/'],
  ['mon client est un particulier', '/se-faire-payer/client-particulier/'],
  ['impayé d’un particulier', '/se-faire-payer/client-particulier/'],
  ['droit de rétractation', '/se-faire-payer/client-particulier/'],
  ['arrhes ou acompte', '/se-faire-payer/client-particulier/'],
  ['reconnaissance de dette', '/se-faire-payer/prescription/'],
  ['le client conteste la facture', '/se-faire-payer/quand-le-client-conteste/'],
  ['référé provision', '/se-faire-payer/quand-le-client-conteste/'],
  ['saisie sur compte bancaire', '/se-faire-payer/quand-le-client-conteste/'],
  ['arrêter de travailler tant qu’il ne paie pas', '/se-faire-payer/suspendre-le-travail/'],
  ['exception d’inexécution', '/se-faire-payer/suspendre-le-travail/'],
  ['l’agence ne me paie pas', '/se-faire-payer/sous-traitance-et-plateformes/'],
  ['portage salarial', '/se-faire-payer/sous-traitance-et-plateformes/'],
  ['clause de résiliation', '/rompre/ecrire-les-clauses/'],
  ['modele kill fee', '/rompre/ecrire-les-clauses/'],
  ['acompte avant de commencer', '/rompre/ecrire-les-clauses/'],
  ['le client menace de me demander des dommages et intérêts', '/rompre/si-le-client-reagit-mal/'],
  ['avis négatif d’un ancien client', '/rompre/si-le-client-reagit-mal/'],
  ['avocat gratuit', '/rompre/si-le-client-reagit-mal/'],
  ['transfert du nom de domaine', '/rompre/organiser-la-transition/'],
  ['qui garde les fichiers sources', '/rompre/organiser-la-transition/'],
  ['supprimer les données du client RGPD', '/rompre/organiser-la-transition/'],
  ['le client a toujours raison', '/rompre/decider-a-tete-reposee/'],
  // Phrasings the guide's own words lack, above all the letters and templates people look for:
  // the scripts and the self-assessment (which writes the letter) must come up.
  ['facture impayée depuis 3 mois', '/signes/ne-paie-pas/'],
  ['il ne paie plus depuis des mois', '/signes/ne-paie-pas/'],
  ['modèle mail fin de collaboration', '/scripts/confirmation-ecrite/'],
  ['modèle mail fin de collaboration', '/diagnostic/'],
  ['lettre de rupture', '/scripts/confirmation-ecrite/'],
  ['lettre de rupture', '/diagnostic/'],
  ['modèle lettre fin de contrat', '/scripts/confirmation-ecrite/'],
  ['modèle lettre fin de contrat', '/diagnostic/'],
  ['mail pour arrêter de travailler avec un client', '/scripts/ce-nest-pas-vous-cest-moi/'],
  ['modèle courrier fin de prestation', '/diagnostic/'],
  ['lettre de résiliation', '/scripts/confirmation-ecrite/'],
  ['email de rupture client', '/scripts/confirmation-ecrite/'],
  ['dois-je arrêter avec ce client', '/diagnostic/'],
  ['client qui crie au téléphone', '/signes/comportement-abusif/'],
  ['il veut toujours des modifications gratuites', '/signes/en-demande-toujours-plus/'],
  ['client qui m’envoie des messages le week-end', '/signes/ne-respecte-pas-votre-temps/'],
  ['augmenter mes prix', '/signes/paie-trop-peu/'],
  ['client qui me demande une fausse facture', '/signes/ment-ou-vous-fait-mentir/'],
  ['je n’ai plus envie de travailler avec lui', '/signes/relation-toujours-negative/'],
  ['client qui me fait perdre de l’argent', '/signes/pas-rentable/'],
  ['combien de temps de préavis', '/rompre/donner-un-preavis/'],
  ['comment dire à un client que j’arrête', '/rompre/avoir-la-conversation/'],
  // Everyday phrasings the UX review of 2026-12-07 typed: a client who pays late, reminders left
  // unanswered, and templates (the self-assessment and the calculator write the letters).
  ['client qui paie à 60 jours', '/signes/paie-en-retard/'],
  ['60 jours', '/signes/paie-en-retard/'],
  ['client ne répond plus', '/se-faire-payer/relances/'],
  ['ne répond plus', '/se-faire-payer/relances/'],
  ['relances sans réponse', '/se-faire-payer/mise-en-demeure/'],
  ['modèle', '/diagnostic/'],
  ['lettre', '/diagnostic/'],
  ['courrier type', '/diagnostic/'],
  ['courrier type', '/outils/penalites-de-retard/'],
  ['mise en demeure modèle', '/outils/penalites-de-retard/'],
  ['lettre de relance', '/se-faire-payer/relances/'],
];

/** The URLs of the pages a query finds, best first, ranked as the site's search ranks them. */
async function rankedUrls(page: Page, query: string, count = 3): Promise<string[]> {
  // A string, not a function: Vitest would rewrite a function's dynamic import for Node.
  return page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options({ ranking: ${JSON.stringify(SEARCH_RANKING)} });
    const search = await pagefind.search(${JSON.stringify(query)});
    const top = await Promise.all(search.results.slice(0, ${count}).map((r) => r.data()));
    return top.map((d) => d.url);
  })()`);
}

const topUrls = (page: Page, query: string) => rankedUrls(page, query);

describe('search', () => {
  test(`finds the right page in the top three for ${QUERIES.length} real-world queries`, async () => {
    const { page, context } = await site.page();
    await page.goto(`${site.url}/`);
    const misses: string[] = [];
    for (const [query, expected] of QUERIES) {
      const urls = await topUrls(page, query);
      if (!urls.includes(expected)) misses.push(`« ${query} » → ${urls.join(', ') || '(rien)'} ; attendu ${expected}`);
    }
    expect(misses).toEqual([]);
    await context.close();
  });

  test('puts first the page a query names by its title, and counts pages, not the sections under them', async () => {
    const { page, context } = await site.page();
    await page.goto(`${site.url}/recherche/`);
    const main = page.locator('main');
    const search = async (query: string) => {
      await main.locator('[data-search-input]').fill(query);
      await resultsFor(main, query);
    };
    for (const [query, titled] of [
      ['facture impayée particulier', '/se-faire-payer/client-particulier/'],
      ['intérêts de retard', '/outils/penalites-de-retard/'],
    ] as const) {
      await search(query);
      expect(await main.locator('.search-hit__link').first().getAttribute('href'), query).toBe(titled);
    }

    const query = 'client ne répond plus';
    await search(query);
    const pages = (await rankedUrls(page, query, 100)).length;
    expect(pages).toBeGreaterThan(5);
    expect(await main.locator('.search-status').textContent()).toBe(`${pages} pages pour «\u00a0${query}\u00a0»`);
    // Five pages shown, each with its matching sections: more options than pages.
    expect(await main.locator('.search-hit:not(.search-section)').count()).toBe(5);
    expect(await main.locator('.search-section').count()).toBeGreaterThan(0);
    expect(await main.locator('.search-more').textContent()).toBe('Afficher 5 pages de plus');
    await context.close();
  });

  test('loads no search code until the reader starts to search', async () => {
    const { page, context } = await site.page();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${site.url}/signes/paie-en-retard/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => p.startsWith('/pagefind/') || /connect-panels/.test(p))).toEqual([]);
    await page.getByRole('searchbox', { name: 'Rechercher dans le guide' }).first().click();
    await page.keyboard.type('retard');
    await page.locator('dialog .search-hit').first().waitFor();
    expect(requested.some((p) => p.startsWith('/pagefind/'))).toBe(true);
    await context.close();
  });

  test('typing in the header field opens the dialog; a section result lands on that section', async () => {
    const { page, context, errors } = await site.page({ viewport: { width: 1000, height: 800 } });
    await page.goto(`${site.url}/`);
    await page.locator('#header-q').click();
    await page.keyboard.type('préavis');
    const dialog = page.getByRole('dialog', { name: 'Rechercher' });
    await resultsFor(dialog, 'préavis');
    expect(await dialog.locator('.search-hit__type').first().textContent()).toBe('Étape');
    const section = dialog.locator('.search-section__link').first();
    const href = (await section.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/rompre\/donner-un-preavis\/#[a-z0-9-]+$/);
    await section.click();
    await page.waitForURL((url) => url.pathname === '/rompre/donner-un-preavis/' && url.hash !== '');
    const box = await page.locator(`[id="${href.split('#')[1]}"]`).boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(-1);
    expect(box!.y).toBeLessThan(120);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a result’s section link lands on the matching section of a sign', async () => {
    const { page, context } = await site.page();
    await page.goto(`${site.url}/recherche/?q=${encodeURIComponent('mise en demeure')}`);
    const section = page.locator('main .search-section__link[href*="#"]').first();
    await section.waitFor();
    const href = (await section.getAttribute('href')) ?? '';
    await section.click();
    await page.waitForURL((url) => url.hash !== '');
    const id = decodeURIComponent(new URL(href, site.url).hash.slice(1));
    expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
    await context.close();
  });

  test('/recherche/?q=préavis shows results on first load, and the URL follows the query', async () => {
    const { page, context } = await site.page();
    await page.goto(`${site.url}/recherche/?q=pr%C3%A9avis`);
    await page.locator('main .search-hit').first().waitFor();
    expect(await page.locator('main [data-search-input]').inputValue()).toBe('préavis');
    expect(await page.locator('main .search-hit__link').first().getAttribute('href')).toBe('/rompre/donner-un-preavis/');
    await page.locator('main [data-search-input]').fill('contrat');
    await expect.poll(() => new URL(page.url()).search).toBe('?q=contrat');
    await context.close();
  });

  test('filters by type and by family', async () => {
    const { page, context } = await site.page();
    await page.goto(`${site.url}/recherche/?q=client`);
    await page.locator('main .search-hit').first().waitFor();
    await page.locator('main').getByRole('checkbox', { name: 'Script' }).check();
    await expect.poll(async () => new Set(await page.locator('main .search-hit__type').allTextContents())).toEqual(new Set(['Script']));
    await page.locator('main').getByRole('checkbox', { name: 'Script' }).uncheck();
    await page.locator('main').getByRole('checkbox', { name: 'Argent' }).check();
    await expect
      .poll(async () =>
        (await page.locator('main .search-hit__link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).every((h) =>
          /\/signes\/(paie|ne-paie|pas-rentable)/.test(h ?? ''),
        ),
      )
      .toBe(true);
    await context.close();
  });

  test('filters the recovery ladder by its own type', async () => {
    const { page, context } = await site.page();
    await page.goto(`${site.url}/recherche/?q=${encodeURIComponent('facture impayée')}`);
    await page.locator('main .search-hit').first().waitFor();
    await page.locator('main').getByRole('checkbox', { name: 'Recouvrement' }).check();
    await expect
      .poll(async () => new Set(await page.locator('main .search-hit__type').allTextContents()))
      .toEqual(new Set(['Recouvrement']));
    const links = await page.locator('main .search-hit__link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.every((href) => href?.startsWith('/se-faire-payer/'))).toBe(true);
    await context.close();
  });

  test('never shows the hidden search terms as an excerpt', async () => {
    const { page, context } = await site.page();
    await page.goto(`${site.url}/recherche/?q=${encodeURIComponent('mauvais payeur')}`);
    await page.locator('main .search-hit').first().waitFor();
    const excerpts = await page.locator('main .search-hit__excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    expect(excerpts.filter((text) => text.includes(' · '))).toEqual([]);
    await context.close();
  });

  test('with no result, offers the signs and the self-assessment', async () => {
    const { page, context } = await site.page();
    await page.goto(`${site.url}/recherche/?q=xylophone`);
    await expect.poll(() => page.locator('main .search-status').textContent()).toBe('Aucune page pour «\u00a0xylophone\u00a0»');
    const empty = page.locator('main .search-empty');
    expect(await empty.isVisible()).toBe(true);
    expect(await empty.getByRole('link', { name: /signes/ }).getAttribute('href')).toBe('/signes/');
    expect(await empty.getByRole('link', { name: /diagnostic/ }).getAttribute('href')).toBe('/diagnostic/');
    await context.close();
  });

  test('works with the keyboard alone, from the shortcut to a result', async () => {
    for (const shortcut of ['/', 'Control+k']) {
      const { page, context } = await site.page();
      await page.goto(`${site.url}/scripts/`);
      await page.keyboard.press(shortcut);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-search-input'))).not.toBeNull();
      await page.keyboard.type('insultes');
      await resultsFor(page.locator('dialog'), 'insultes');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/signes\/comportement-abusif\/$/);
      await context.close();
    }
  });

  test('Escape closes the dialog and gives the focus back to the header field', async () => {
    const { page, context } = await site.page();
    await page.goto(`${site.url}/`);
    await page.locator('#header-q').click();
    expect(await page.getByRole('dialog').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-q');
    await context.close();
  });

  test('the first Escape closes the dialog even with text typed, and the focus goes back where it was', async () => {
    const { page, context } = await site.page();
    await page.goto(`${site.url}/signes/paie-en-retard/`);
    await page.getByRole('link', { name: 'Faire le diagnostic sur ce client' }).focus();
    await page.keyboard.press('Control+k');
    await page.keyboard.type('retard');
    await page.locator('dialog .search-hit').first().waitFor();
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Faire le diagnostic sur ce client');
    await context.close();
  });

  test('is a combobox: the arrow keys move through the results, Enter opens the chosen one', async () => {
    const { page, context, errors } = await site.page();
    await page.goto(`${site.url}/`);
    await page.keyboard.press('/');
    const field = page.getByRole('combobox', { name: 'Rechercher dans le guide' });
    expect(await field.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.type('préavis');
    const options = page.getByRole('dialog').getByRole('listbox').getByRole('option');
    await resultsFor(page.getByRole('dialog'), 'préavis');
    expect(await field.getAttribute('aria-expanded')).toBe('true');
    expect(await field.getAttribute('aria-activedescendant')).toBeNull();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = options.nth(1);
    expect(await second.getAttribute('aria-selected')).toBe('true');
    expect(await field.getAttribute('aria-activedescendant')).toBe(await second.getAttribute('id'));
    await page.keyboard.press('ArrowUp');
    expect(await options.first().getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowDown');
    // The focus stays in the field while choosing.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    const href = (await second.getAttribute('href')) ?? '';
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => `${url.pathname}${url.hash}` === href);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('Enter with nothing chosen opens the first result, not the search page', async () => {
    const { page, context } = await site.page();
    await page.goto(`${site.url}/`);
    await page.keyboard.press('/');
    await page.keyboard.type('insultes');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/signes\/comportement-abusif\/$/);
    await context.close();
  });

  test('on a small phone, the field keeps a usable width and the first result shows above the keyboard', async () => {
    const height = 667;
    const { page, context } = await site.page({ viewport: { width: 375, height }, hasTouch: true, isMobile: true });
    await page.goto(`${site.url}/`);
    await page.locator('#header-q').tap();
    const dialog = page.getByRole('dialog');
    const box = await dialog.getByRole('combobox').boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(280);
    await page.keyboard.type('préavis');
    await resultsFor(dialog, 'préavis');
    // An on-screen keyboard covers up to 45 % of a phone's height: the first result's title line
    // (48 px) must start above it, without the reader closing the keyboard to see it.
    const first = await dialog.locator('.search-hit').first().boundingBox();
    expect(first!.y + 48).toBeLessThanOrEqual(height * 0.55);
    // The filters wait under « Affiner », one tap away.
    expect(await dialog.getByRole('checkbox', { name: 'Signe' }).isVisible()).toBe(false);
    await dialog.locator('summary', { hasText: 'Affiner' }).tap();
    expect(await dialog.getByRole('checkbox', { name: 'Signe' }).isVisible()).toBe(true);
    await context.close();
  });

  test.each([
    ['the pointer reaches the field', (page: Page) => page.locator('#header-q').hover()],
    ['the field gets focus', (page: Page) => page.locator('#header-q').focus()],
  ])('starts loading Pagefind when %s, before the first keystroke', async (_intent, reach) => {
    const { page, context } = await site.page();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${site.url}/`);
    await page.waitForLoadState('networkidle');
    await reach(page);
    await expect.poll(() => requested.filter((p) => /^\/pagefind\/(pagefind\.js|pagefind-entry\.json|wasm\.fr)/.test(p)).length).toBe(3);
    await context.close();
  });

  test('asks for the first word’s index chunk while the engine is still on its way', async () => {
    const { page, context, errors } = await site.page();
    let chunkAsked: () => void = () => {};
    const chunkRequested = new Promise<void>((resolve) => (chunkAsked = resolve));
    page.on('request', (r) => {
      if (r.url().includes('/pagefind/index/')) chunkAsked();
    });
    let engineHeld = true;
    // The engine's response waits for the chunk's request (5 s at most): if the page asked for the
    // chunk only once the engine ran, the request would come after the wait.
    await context.route('**/pagefind/pagefind.js', async (route) => {
      await Promise.race([chunkRequested, new Promise((resolve) => setTimeout(resolve, 5000))]);
      engineHeld = false;
      await route.continue();
    });
    let chunkBeforeEngine = false;
    void chunkRequested.then(() => (chunkBeforeEngine = engineHeld));
    await page.goto(`${site.url}/`);
    await page.keyboard.press('/');
    await page.keyboard.type('préavis');
    await resultsFor(page.getByRole('dialog'), 'préavis');
    expect(chunkBeforeEngine).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  test.each(['light', 'dark'] as const)('axe finds nothing on the dialog and the search page (%s)', async (colorScheme) => {
    const { page, context } = await site.page({ colorScheme });
    await page.goto(`${site.url}/`);
    await page.keyboard.press('/');
    await page.keyboard.type('retard');
    await page.locator('dialog .search-hit').first().waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await axeViolations(page, 'dialog')).toEqual([]);
    await page.goto(`${site.url}/recherche/?q=retard`);
    await page.locator('main .search-hit').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('search that never fails silently', () => {
  const FAILURE = /^La recherche n’a pas pu se charger\s: la connexion a peut-être été interrompue\./;

  test.each([
    ['its WebAssembly', /\.pagefind$/],
    ['its entry file', /\/pagefind-entry\.json/],
    ['its result fragments', /\.pf_fragment$/],
  ])('says what happened in words when %s cannot be fetched', async (_what, pattern) => {
    const { page, context } = await site.page();
    const crashes: string[] = [];
    page.on('pageerror', (error) => crashes.push(error.message));
    await context.route(pattern, (route) => route.abort());
    await page.goto(`${site.url}/`);
    await page.keyboard.press('/');
    await page.keyboard.type('retard');
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByRole('status').first().textContent(), { timeout: 10_000 }).toMatch(FAILURE);
    expect(await dialog.getByRole('link', { name: 'Les signes qui doivent vous alerter' }).isVisible()).toBe(true);
    // The "no result" line would be untrue here: the status explains instead.
    expect(await dialog.getByText('Pas de résultat').isVisible()).toBe(false);
    expect(await dialog.locator('.search-hit').count()).toBe(0);
    expect(crashes).toEqual([]);
    await context.close();
  });

  test('recovers on the next keystroke after a network blip, without a reload', async () => {
    const { page, context } = await site.page();
    const crashes: string[] = [];
    page.on('pageerror', (error) => crashes.push(error.message));
    const blip = (route: import('playwright-core').Route) => route.abort('internetdisconnected');
    await context.route('**/pagefind/**', blip);
    await page.goto(`${site.url}/`);
    await page.keyboard.press('/');
    await page.keyboard.type('préavi');
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByRole('status').first().textContent(), { timeout: 10_000 }).toMatch(FAILURE);
    await context.unroute('**/pagefind/**', blip);
    await page.keyboard.type('s');
    await resultsFor(dialog, 'préavis');
    expect(await dialog.locator('.search-hit__link').first().getAttribute('href')).toBe('/rompre/donner-un-preavis/');
    expect(crashes).toEqual([]);
    await context.close();
  });

  test('offline once the page has loaded: says so in the results area, with no uncaught error, and finds again on the next keystroke once back online', async () => {
    const { page, context } = await site.page();
    const crashes: string[] = [];
    page.on('pageerror', (error) => crashes.push(error.message));
    await page.goto(`${site.url}/`);
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);
    await page.keyboard.press('/');
    await page.keyboard.type('préavi');
    const dialog = page.getByRole('dialog');
    // Said in the live region of the results, so a screen reader hears it too.
    await expect
      .poll(() => dialog.getByRole('status').first().textContent())
      .toBe('Pas de connexion\u00a0: tapez de nouveau une fois en ligne.');
    await context.setOffline(false);
    await page.keyboard.type('s');
    await resultsFor(dialog, 'préavis');
    expect(await dialog.locator('.search-hit__link').first().getAttribute('href')).toBe('/rompre/donner-un-preavis/');
    // Offline again, the search code is there: it says so too, and offers the index pages.
    await context.setOffline(true);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('insultes');
    await expect
      .poll(() => dialog.getByRole('status').first().textContent())
      .toMatch(/^Pas de connexion\s: la recherche ne peut pas charger son index\./);
    expect(await dialog.getByRole('link', { name: 'Les signes qui doivent vous alerter' }).isVisible()).toBe(true);
    expect(crashes).toEqual([]);
    await context.close();
  });

  test('/recherche/ without JavaScript says what to do instead, and shows no control that cannot work', async () => {
    const { page, context } = await site.page({ javaScriptEnabled: false });
    await page.goto(`${site.url}/recherche/?q=pr%C3%A9avis`);
    const main = page.locator('main');
    // Playwright's text engine skips <noscript>: read it through CSS selectors.
    const advice = main.locator('noscript .callout');
    expect(await advice.isVisible()).toBe(true);
    expect(await advice.textContent()).toContain('La recherche a besoin de JavaScript');
    for (const href of ['/signes/', '/scripts/', '/rompre/', '/se-faire-payer/', '/diagnostic/']) {
      expect(await advice.locator(`a[href="${href}"]`).isVisible()).toBe(true);
    }
    expect(await main.getByRole('combobox').isVisible()).toBe(false);
    expect(await main.getByRole('button', { name: 'Rechercher' }).isVisible()).toBe(false);
    expect(await main.getByRole('checkbox').first().isVisible()).toBe(false);
    await context.close();
  });
});
