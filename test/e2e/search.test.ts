import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useSite } from '../support/site-session';

const site = useSite();

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
];

async function topUrls(page: Page, query: string): Promise<string[]> {
  // A string, not a function: Vitest would rewrite a function's dynamic import for Node.
  return page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const search = await pagefind.search(${JSON.stringify(query)});
    const top = await Promise.all(search.results.slice(0, 3).map((r) => r.data()));
    return top.map((d) => d.url);
  })()`);
}

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

  test('loads no search code until the reader starts to search', async () => {
    const { page, context } = await site.page();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${site.url}/signes/paie-en-retard/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => p.startsWith('/pagefind/') || /search-ui/.test(p))).toEqual([]);
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
    await dialog.locator('.search-hit').first().waitFor();
    expect(await dialog.locator('.search-status').textContent()).toMatch(/^\d+ résultats? pour « préavis »$/);
    expect(await dialog.locator('.search-hit__type').first().textContent()).toBe('Étape');
    const section = dialog.locator('.search-hit').first().locator('.search-hit__sections a').first();
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
    const section = page.locator('main .search-hit__sections a[href*="#"]').first();
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
    await expect.poll(() => page.locator('main .search-status').textContent()).toBe('0 résultat pour « xylophone »');
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
      await page.locator('dialog .search-hit').first().waitFor();
      for (let i = 0; i < 30; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(() => document.activeElement?.classList.contains('search-hit__link'))) break;
      }
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

  test.each(['light', 'dark'] as const)('axe finds nothing on the dialog and the search page (%s)', async (colorScheme) => {
    const { page, context } = await site.page({ colorScheme });
    await page.goto(`${site.url}/`);
    await page.keyboard.press('/');
    await page.keyboard.type('retard');
    await page.locator('dialog .search-hit').first().waitFor();
    const dialog = await new AxeBuilder({ page }).include('dialog').analyze();
    expect(dialog.violations.map((v) => v.id)).toEqual([]);
    await page.goto(`${site.url}/recherche/?q=retard`);
    await page.locator('main .search-hit').first().waitFor();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });
});
