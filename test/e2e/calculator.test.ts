import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { emptyForm, type CalculatorForm } from '../../src/lib/recovery/form';
import { CALCULATOR_STORAGE_KEY, encodeFormShare, MAX_FIELD_TEXT, MAX_FORM_BYTES, serializeForm } from '../../src/lib/recovery/saved';
import { serializeState, STORAGE_KEY as QUIZ_STORAGE_KEY } from '../../src/lib/quiz/state';
import { builtModel } from '../support/quiz-driver';
import { activeDescription, tabTo, typeDate } from '../support/keyboard';
import { axeViolations } from '../support/axe';
import { useSite } from '../support/site-session';
import { downloadedText } from '../support/download';
import { privateClipboard } from '../support/clipboard';

const site = useSite();
const path = '/outils/penalites-de-retard/';

/** The first invoice's number, amount and due date, as a reader types them. */
async function fillInvoice(page: Page, number: string, amount: string, due: string) {
  await page.getByLabel('Numéro').fill(number);
  await page.getByLabel(/^Montant \(TTC/).fill(amount);
  await page.getByLabel('Échéance').fill(due);
}

/** The known answer: 5 000 € due 15/06/2025, paid 15/01/2026. */
async function fillKnownCase(page: Page) {
  await page.getByLabel('Calculer à la date du').fill('2026-11-29');
  await fillInvoice(page, 'F-2025-07', '5 000', '2025-06-15');
  await page.getByRole('button', { name: 'Ajouter un paiement partiel' }).click();
  await page.getByLabel('Paiement 1 : date').fill('2026-01-15');
  await page.getByLabel('Paiement 1 : montant (€)').fill('5 000');
}

/** A calculator link's fragment as the page writes one (base64url of the form's JSON), whatever its length. */
const linkData = (form: CalculatorForm) => `f=${Buffer.from(serializeForm(form)).toString('base64url')}`;

describe('the late-payment calculator', () => {
  test('computes the known case half-year by half-year, with the frozen-rate comparison and the references', async () => {
    const { page, context, errors } = await site.page();
    await page.goto(`${site.url}${path}`);
    await fillKnownCase(page);
    const statement = page.locator('.calc-statement');
    await expect.poll(() => statement.textContent()).toContain('358,24');
    expect(await statement.locator('.calc-lines li').count()).toBe(3);
    expect(await statement.textContent()).toContain('385,49');
    expect(await statement.textContent()).toContain('L441-10');
    expect(await statement.textContent()).toMatch(/Taux vérifiés le/);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('bad input gets a message next to the field and loses nothing typed', async () => {
    const { page, context } = await site.page();
    await page.goto(`${site.url}${path}`);
    await fillKnownCase(page);
    await page.getByLabel('Paiement 1 : montant (€)').fill('9 000');
    expect(await page.getByLabel('Paiement 1 : montant (€)').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.calc-payment').textContent()).toContain('dépassent le montant');
    await page.getByLabel(/^Montant \(TTC/).fill('-5');
    expect(await page.locator('.calc-invoice').textContent()).toContain('sans signe moins');
    await page.getByLabel('Numéro').fill('F'.repeat(10_000));
    expect(await page.locator('.calc-invoice').textContent()).toContain('40 caractères au plus');
    await page.reload();
    expect(await page.getByLabel('Numéro').inputValue()).toHaveLength(10_000);
    expect(await page.locator('.calc-invoice').textContent()).toContain('40 caractères au plus');
    expect(await page.getByLabel(/^Montant \(TTC/).inputValue()).toBe('-5');
    expect(await page.getByLabel('Paiement 1 : montant (€)').inputValue()).toBe('9 000');
    // Figures no invoice holds: refused beside the field, never shown as a sum, never counted from the year 24.
    await page.getByLabel(/^Montant \(TTC/).fill('1234567890123456789012345');
    expect(await page.locator('.calc-invoice').textContent()).toMatch(/ne peut pas dépasser 10\s000\s000\s€/);
    await page.getByLabel('Échéance').fill('0024-06-15');
    expect(await page.locator('.calc-invoice').textContent()).toContain(
      'Vérifiez l’année\u00a0: la date doit se situer entre le 1er janvier 2000',
    );
    expect(await page.getByLabel(/^Taux de la BCE/).count()).toBe(0);
    expect(await page.locator('.calc-mount').textContent()).not.toMatch(/∞|1\s234\s567/);
    await context.close();
  });

  test('a private client: interest from the mise en demeure, no 40 €', async () => {
    const { page, context } = await site.page();
    await page.goto(`${site.url}${path}`);
    await page.getByRole('radio', { name: 'Un particulier' }).check();
    await page.getByLabel('Date de la mise en demeure').fill('2025-02-01');
    await page.getByLabel('Calculer à la date du').fill('2025-03-03');
    await fillInvoice(page, 'F-9', '1000', '2025-01-15');
    const statement = page.locator('.calc-statement');
    await expect.poll(() => statement.textContent()).toContain('3,05');
    expect(await statement.textContent()).not.toContain('Indemnité');
    await context.close();
  });

  test('a contractual rate under the legal floor is applied as typed, with the floor named beside it', async () => {
    const { page, context } = await site.page();
    await page.goto(`${site.url}${path}`);
    await page.getByRole('radio', { name: 'Le taux prévu par mes conditions' }).check();
    await page.getByLabel('Taux annuel prévu (%)').fill('5');
    await page.getByLabel('Calculer à la date du').fill('2026-03-02');
    await fillInvoice(page, 'F-3', '1000', '2026-01-31');
    await expect.poll(() => page.locator('.calc-statement').textContent()).toContain('5,00\u00a0%');
    expect(await page.locator('.calc-mount').textContent()).toContain('soit 7,86\u00a0%. Le relevé l’applique tel que vous l’avez saisi');
    await context.close();
  });

  test('a shared link opens the same calculation in a fresh browser; a tampered one says so and keeps saved work', async () => {
    const first = await site.page();
    await privateClipboard(first.context);
    await first.page.goto(`${site.url}${path}`);
    await fillKnownCase(first.page);
    await first.page.getByRole('button', { name: 'Copier un lien vers ce calcul' }).click();
    const link = await first.page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain(`${path}#f=`);
    await first.page.goto(`${site.url}${path}#f=abc`);
    await first.page.reload();
    await first.page.goto(`${site.url}${path}#f=garbage`);
    await expect.poll(() => first.page.getByRole('alert').textContent()).toContain('modifié');
    expect(await first.page.getByLabel('Numéro').inputValue()).toBe('F-2025-07');
    await first.context.close();

    const fresh = await site.page();
    await fresh.page.goto(link);
    await expect.poll(() => fresh.page.locator('.calc-statement').textContent()).toContain('358,24');
    expect(new URL(fresh.page.url()).hash).toBe('');
    await fresh.context.close();
  });

  test('a link with other figures than those saved asks which to show, and replaces nothing unasked', async () => {
    const { page, context } = await site.page();
    await page.goto(`${site.url}${path}`);
    await fillInvoice(page, 'F-2025-07', '5 000', '2025-06-15');
    await page.getByLabel('Votre prénom et votre nom').fill('Claire Martin');
    const theirs = {
      ...emptyForm('2026-11-29'),
      invoices: [{ number: 'F-77', issued: '', amount: '90', due: '2026-03-31', payments: [] }],
    };
    // Pasted into the open page, the link is read at once, and asks.
    await page.goto(`${site.url}${path}#${encodeFormShare(theirs)}`);
    await page.getByRole('button', { name: 'Garder mon calcul' }).click();
    expect(await page.getByLabel('Numéro').inputValue()).toBe('F-2025-07');
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(new URL(page.url()).hash).toBe('');

    await page.goto(`${site.url}/`);
    await page.goto(`${site.url}${path}#${encodeFormShare(theirs)}`);
    expect(await page.getByLabel('Numéro').inputValue()).toBe('F-2025-07');
    await page.getByRole('button', { name: 'Ouvrir le calcul du lien' }).click();
    expect(await page.getByLabel('Numéro').inputValue()).toBe('F-77');
    expect(await page.getByLabel('Votre prénom et votre nom').inputValue()).toBe('Claire Martin');
    expect(await page.getByRole('alert').textContent()).toContain('vient d’un lien');
    await page.reload();
    expect(await page.getByLabel('Numéro').inputValue()).toBe('F-77');
    // Pasted again into the open page, another link is followed once the reader says so.
    const mine = { ...theirs, invoices: [{ ...theirs.invoices[0]!, number: 'F-78' }] };
    await page.goto(`${site.url}${path}#${encodeFormShare(mine)}`);
    await page.getByRole('button', { name: 'Ouvrir le calcul du lien' }).click();
    expect(await page.getByLabel('Numéro').inputValue()).toBe('F-78');
    expect(await page.getByLabel('Votre prénom et votre nom').inputValue()).toBe('Claire Martin');
    await context.close();
  });

  test('three fields pasted full, then the self-assessment’s link, then a link carrying them: the calculator starts, asks, and opens them whole', async () => {
    const { page, context, errors } = await site.page();
    // 20 000 characters, the most a field takes, of three bytes each in UTF-8.
    const pasted = '€'.repeat(MAX_FIELD_TEXT);
    const mine: CalculatorForm = {
      ...emptyForm('2026-12-07'),
      contractRate: pasted,
      invoices: [{ number: pasted, issued: '', amount: pasted, due: '2026-10-30', payments: [] }],
    };
    const assessment = serializeState(builtModel(), {
      answers: {},
      fields: {},
      invoices: [{ number: 'F-12', amount: '1 500', due: '2026-09-30' }],
      position: 0,
    });
    await page.goto(`${site.url}/mentions-legales/`);
    await page.evaluate((entries) => entries.forEach(([key, value]) => localStorage.setItem(key, value)), [
      [CALCULATOR_STORAGE_KEY, serializeForm(mine)],
      [QUIZ_STORAGE_KEY, assessment],
    ] as const);
    await page.goto(`${site.url}${path}#depuis-diagnostic`);
    await page.getByRole('button', { name: 'Garder mon calcul' }).click();
    expect(await page.getByLabel('Numéro').inputValue()).toBe(pasted);

    await page.goto(`${site.url}/`);
    await page.goto(`${site.url}${path}#${linkData({ ...mine, invoices: [{ ...mine.invoices[0]!, due: '2026-09-15' }] })}`);
    await page.getByRole('button', { name: 'Ouvrir le calcul du lien' }).click();
    expect(await page.getByLabel('Échéance').inputValue()).toBe('2026-09-15');
    expect(await page.getByLabel('Numéro').inputValue()).toBe(pasted);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a link longer than any this calculator makes is refused unread: with no saved work, nothing is stored; saved work, readable or not, stays', async () => {
    const huge: CalculatorForm = {
      ...emptyForm('2026-12-07'),
      invoices: Array.from({ length: 14 }, () => ({
        number: 'x'.repeat(MAX_FIELD_TEXT),
        issued: '',
        amount: '100',
        due: '2026-10-30',
        payments: [],
      })),
    };
    // Well formed, as a link of this calculator, but 280 kB of data (the bound is 256 kB).
    const oversized = `${site.url}${path}#${linkData(huge)}`;
    const { page, context, errors } = await site.page();
    // The longest text the page ever decodes or parses.
    await context.addInitScript(() => {
      const seen = { longest: 0 };
      Object.assign(window, { seen });
      const [atob, parse] = [window.atob, JSON.parse];
      window.atob = (data) => ((seen.longest = Math.max(seen.longest, data.length)), atob(data));
      JSON.parse = (text: string, ...rest) => ((seen.longest = Math.max(seen.longest, text.length)), parse(text, ...rest));
    });
    const stored = () => page.evaluate(() => JSON.stringify({ ...localStorage }));
    const longest = () => page.evaluate(() => (window as unknown as { seen: { longest: number } }).seen.longest);

    await page.goto(oversized);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('ne peut pas être relu');
    expect(await longest()).toBeLessThan(MAX_FORM_BYTES);
    expect(await stored()).toBe('{}');
    await fillInvoice(page, 'F-1', '100', '2026-09-30');
    const mine = await stored();

    await page.goto(`${site.url}/`);
    await page.goto(oversized);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('est intact');
    expect(await page.getByLabel('Numéro').inputValue()).toBe('F-1');
    expect(await stored()).toBe(mine);

    // A save it cannot read: said, left as it is, and replaced only by what the reader types.
    await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"client":'), CALCULATOR_STORAGE_KEY);
    await page.goto(`${site.url}/`);
    await page.goto(oversized);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('n’a pas pu être relu');
    expect(await page.evaluate((key) => localStorage.getItem(key), CALCULATOR_STORAGE_KEY)).toBe('{"version":1,"client":');
    await page.getByLabel('Numéro').fill('F-2');
    expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), CALCULATOR_STORAGE_KEY)) ?? '{}').invoices[0].number).toBe(
      'F-2',
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  test('two tabs: a change saved in one is taken up by the other, so neither undoes it', async () => {
    const { page, context } = await site.page();
    await page.goto(`${site.url}${path}`);
    await page.getByLabel('Numéro').fill('F-1');
    // The reader moves on: a field they are still in would keep their words until they leave it.
    await page.keyboard.press('Tab');
    const other = await context.newPage();
    await other.goto(`${site.url}${path}`);
    await other.bringToFront();
    await other.getByLabel('Numéro').fill('F-2');
    await page.bringToFront();
    await expect.poll(() => page.getByLabel('Numéro').inputValue()).toBe('F-2');
    // The number typed here was changed there, later: said politely, naming the field.
    expect(await page.getByRole('status').filter({ hasText: 'autre onglet' }).textContent()).toMatch(/le champ «\sNuméro\s» après vous/);
    await page.getByLabel(/^Montant \(TTC/).fill('100');
    await other.reload();
    expect(await other.getByLabel('Numéro').inputValue()).toBe('F-2');
    expect(await other.getByLabel(/^Montant \(TTC/).inputValue()).toBe('100');
    // An erase in one is followed by the other, which then writes nothing back.
    await other.getByRole('button', { name: 'Tout effacer de cet appareil' }).click();
    await other.getByRole('button', { name: 'Oui, tout effacer' }).click();
    await expect.poll(() => page.getByLabel('Numéro').inputValue()).toBe('');
    expect(await page.getByRole('alert').textContent()).toContain('effacé dans un autre onglet');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await context.close();
  });

  test('two tabs typing: the field being typed is never taken away, different fields merge, the same field keeps the later text and says so', async () => {
    const { page: first, context, errors } = await site.page();
    await first.goto(`${site.url}${path}`);
    const second = await context.newPage();
    await second.goto(`${site.url}${path}`);
    await first.bringToFront();
    const number = (page: Page) => page.getByLabel('Numéro');
    const amount = (page: Page) => page.getByLabel(/^Montant \(TTC/);
    await number(first).focus();
    await first.keyboard.type('F-12', { delay: 200 });
    await expect.poll(() => number(second).inputValue()).toBe('F-12');

    // The number completed in one tab while the amount is typed in the other: both kept, in both.
    await number(second).focus();
    await second.keyboard.press('End');
    await amount(first).focus();
    await Promise.all([second.keyboard.type('-b', { delay: 200 }), first.keyboard.type('1500', { delay: 200 })]);
    for (const page of [first, second]) {
      await expect.poll(() => number(page).inputValue()).toBe('F-12-b');
      await expect.poll(() => amount(page).inputValue()).toBe('1500');
    }
    expect(await first.evaluate(() => document.activeElement?.id)).toBe('calc-invoices-0-amount');

    // The same field typed in both: the later text wins whole, and each tab says so.
    // Each message stays until closed: the latest is the last.
    const news = (page: Page) => page.getByRole('status').filter({ hasText: 'Un autre onglet' }).last();
    await amount(second).focus();
    await second.keyboard.press('End');
    await first.keyboard.type('0', { delay: 200 });
    await expect
      .poll(async () => (await news(second).textContent()) ?? '')
      .toMatch(/^Un autre onglet vient de modifier le champ «\sMontant/);
    expect(await amount(second).inputValue()).toBe('1500');
    await second.keyboard.type('9', { delay: 200 });
    expect(await news(second).textContent()).toMatch(
      /^Un autre onglet modifiait aussi le champ «\sMontant .+ votre version, écrite en dernier, est gardée/,
    );
    await expect.poll(async () => (await news(first).textContent()) ?? '').toMatch(/^Un autre onglet vient de modifier/);
    expect(await amount(first).inputValue()).toBe('15000');
    await first.keyboard.press('Tab');
    expect(await amount(first).inputValue()).toBe('15009');
    expect(await news(first).textContent()).toMatch(/^Un autre onglet a modifié le champ «\sMontant .+ après vous/);
    await first.reload();
    expect(await amount(first).inputValue()).toBe('15009');
    expect(await number(first).inputValue()).toBe('F-12-b');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a new calculation, asked first, erases the client and keeps the reader’s own details', async () => {
    const { page, context } = await site.page();
    await page.goto(`${site.url}${path}`);
    await fillInvoice(page, 'F-1', '100', '2026-09-30');
    await page.getByLabel('Votre prénom et votre nom').fill('Claire Martin');
    await page.getByLabel('Le prénom de votre client, ou de votre contact dans l’entreprise').fill('Hélène');
    await page.getByRole('button', { name: 'Commencer un nouveau calcul' }).click();
    await page.getByRole('button', { name: 'Annuler' }).click();
    expect(await page.getByLabel('Numéro').inputValue()).toBe('F-1');
    expect((await activeDescription(page)).text).toBe('Commencer un nouveau calcul');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Effacer et recommencer' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('Nouveau calcul');
    expect(await page.getByLabel('Numéro').inputValue()).toBe('');
    await page.reload();
    expect(await page.getByLabel('Numéro').inputValue()).toBe('');
    await fillInvoice(page, 'F-2', '100', '2026-09-30');
    expect(await page.getByLabel('Votre prénom et votre nom').inputValue()).toBe('Claire Martin');
    expect(await page.getByLabel('Le prénom de votre client, ou de votre contact dans l’entreprise').inputValue()).toBe('');

    // The device's erase, here as in the self-assessment: what both tools saved, asked first.
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [QUIZ_STORAGE_KEY, '{"fields":{"place":"Lyon"}}'] as const);
    await page.getByRole('button', { name: 'Tout effacer de cet appareil' }).click();
    expect(await page.getByRole('alert').filter({ hasText: 'Rien ne pourra' }).textContent()).toContain('votre diagnostic');
    await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('a été effacé');
    expect(await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }]))).toBe('[{},{}]');
    expect(await page.getByLabel('Votre prénom et votre nom').inputValue()).toBe('');
    await context.close();
  });

  test('takes an invoice typed field after field with Tab, and exports the statement as .txt and .csv', async () => {
    const { page, context } = await site.page({ acceptDownloads: true });
    await page.goto(`${site.url}${path}`);
    await page.getByLabel('Numéro').focus();
    await page.keyboard.type('F-1');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1000');
    // A date field's segment order follows the browser's language: fill it, then carry on with the keyboard.
    await page.getByLabel('Échéance').fill('2025-01-15');
    await page.getByLabel('Calculer à la date du').fill('2025-02-14');
    await expect.poll(() => page.locator('.calc-statement').textContent()).toContain('10,81');
    const [txt] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger (.txt)' }).click()]);
    expect(await downloadedText(txt)).toContain('Pénalités de retard\u00a0: 10,81');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger (.csv)' }).click()]);
    expect(await downloadedText(csv)).toContain('F-1;2025-S1;2025-01-16;2025-02-14;30;1000,00;13,15;10,81');
    await context.close();
  });

  test('reads without JavaScript: the method and the dated rates', async () => {
    const { page, context } = await site.page({ javaScriptEnabled: false });
    await page.goto(`${site.url}${path}`);
    expect(await page.getByRole('heading', { name: 'La méthode' }).isVisible()).toBe(true);
    expect(await page.locator('section[aria-labelledby="taux"] table tbody tr').count()).toBeGreaterThanOrEqual(6);
    expect(await page.locator('main').textContent()).toContain('à confirmer');
    await context.close();
  });

  test('« Imprimer le relevé » prints the statement alone, on one page; « Imprimer ce courrier », that letter alone', async () => {
    const { page, context } = await site.page();
    await page.goto(`${site.url}${path}`);
    await fillKnownCase(page);
    await page.locator('.calc-statement').waitFor();
    // The print dialog is the browser's: here it returns at once, and the sheet stays for the PDF.
    await page.evaluate(() => (window.print = () => undefined));
    const pages = async () => ((await page.pdf({ format: 'A4' })).toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    await page.getByRole('button', { name: 'Imprimer le relevé' }).click();
    await page.emulateMedia({ media: 'print' });
    const sheet = page.locator('.print-sheet');
    expect(await sheet.textContent()).toMatch(/^Relevé de compte au /);
    expect(await page.locator('main').isVisible()).toBe(false);
    expect(await pages()).toBe(1);
    await page.emulateMedia({ media: 'screen' });
    // Part of it still unpaid: the letters appear.
    await page.getByLabel('Paiement 1 : montant (€)').fill('1 000');
    const firm = page.locator('.calc-letters .quiz-document').filter({ has: page.getByRole('heading', { name: /relance ferme/ }) });
    await firm.getByRole('button', { name: 'Imprimer ce courrier' }).click();
    await page.emulateMedia({ media: 'print' });
    expect(await sheet.count()).toBe(1);
    expect(await sheet.textContent()).toContain('Dernière relance avant mise en demeure');
    expect(await sheet.textContent()).not.toContain('Relevé de compte');
    expect(await pages()).toBe(1);
    await context.close();
  });

  test.each(['light', 'dark'] as const)('axe finds nothing, with a statement and with errors (%s)', async (colorScheme) => {
    const { page, context } = await site.page({ colorScheme });
    await page.goto(`${site.url}${path}`);
    await fillKnownCase(page);
    await page.locator('.calc-statement').waitFor();
    const check = () => axeViolations(page);
    expect(await check()).toEqual([]);
    await page.getByLabel('Paiement 1 : montant (€)').fill('x');
    expect(await check()).toEqual([]);
    await page.evaluate((key) => localStorage.removeItem(key), CALCULATOR_STORAGE_KEY);
    await context.close();
  });
});

describe('the letters of the recovery ladder', () => {
  test('from the statement: courteous and firm reminders, then a registered mise en demeure, with the names typed', async () => {
    const { page, context } = await site.page();
    await privateClipboard(context);
    await page.goto(`${site.url}${path}`);
    await fillInvoice(page, 'F-1', '1 200', '2026-09-30');
    // The letters' code loads once there is something to claim.
    await page.locator('.calc-letters').waitFor();
    await page.getByLabel('Votre prénom et votre nom').fill('Claire Martin');
    await page.getByLabel('Le prénom de votre client, ou de votre contact dans l’entreprise').fill('Hélène <b>&</b>');
    const titles = await page.locator('.calc-letters h3').allTextContents();
    expect(titles).toEqual(['La relance courtoise', 'La relance ferme, chiffres à l’appui', 'La mise en demeure de payer']);
    expect(await page.locator('#texte-relanceCourtoise').inputValue()).toContain('Bonjour Hélène <b>&</b>,');
    expect(await page.locator('#texte-miseEnDemeure').inputValue()).toContain('article 1344 du Code civil');
    expect(await page.locator('.calc-letters .quiz-document').last().textContent()).toContain(
      'lettre recommandée avec accusé de réception',
    );
    await page.locator('.calc-letters').getByRole('button', { name: 'Copier en lettre' }).last().click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Claire Martin\n/);
    // The names stay on this device: a shared link carries the figures only.
    await page.getByRole('button', { name: 'Copier un lien vers ce calcul' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(Buffer.from(link.split('#f=')[1] ?? '', 'base64url').toString()).not.toContain('Claire');
    await context.close();
  });
});

describe('with the keyboard alone', () => {
  test('the calculator, its statement and each letter: Tab, arrows, typing and Enter', async () => {
    const { page, context, errors } = await site.page({ acceptDownloads: true });
    await privateClipboard(context);
    await page.goto(`${site.url}${path}`);
    await page.locator('.calc-form').waitFor();
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

    await tabTo(page, (el) => el.type === 'radio', 'le choix du client');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('Date de la mise en demeure').isVisible()).toBe(true);
    await page.keyboard.press('ArrowUp');
    expect((await activeDescription(page)).id).toBe('calc-client-professionnel');

    await tabTo(page, (el) => el.label === 'Calculer à la date du');
    await typeDate(page, '2025-02-14');
    await tabTo(page, (el) => el.label === 'Numéro');
    await page.keyboard.type('F-1');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1000');
    await tabTo(page, (el) => el.label === 'Échéance');
    await typeDate(page, '2025-01-15');
    await expect.poll(() => page.locator('.calc-statement').textContent()).toContain('10,81');

    // An added payment takes the focus; once removed, the focus returns to the button that adds one.
    await tabTo(page, (el) => el.text === 'Ajouter un paiement partiel');
    await page.keyboard.press('Enter');
    expect((await activeDescription(page)).label).toBe('Paiement 1\u00a0: date');
    await typeDate(page, '2025-02-01');
    // Past the year, Tab first reaches the date picker's button, inside the field.
    await tabTo(page, (el) => el.label === 'Paiement 1\u00a0: montant (€)');
    await page.keyboard.type('400');
    await expect.poll(() => page.locator('.calc-statement .calc-invoice-summary').textContent()).toContain('payée 400');
    await tabTo(page, (el) => el.text === 'Retirer le paiement 1');
    await page.keyboard.press('Enter');
    expect((await activeDescription(page)).text).toBe('Ajouter un paiement partiel');

    await tabTo(page, (el) => el.text === 'Copier le relevé');
    await page.keyboard.press('Enter');
    await expect.poll(clipboard).toContain('Pénalités de retard\u00a0: 10,81');

    await tabTo(page, (el) => el.label === 'Votre prénom et votre nom');
    await page.keyboard.type('Claire Martin');
    const copied: string[] = [];
    for (let i = 0; i < 3; i++) {
      await tabTo(page, (el) => el.text === 'Copier en courriel', `le bouton « Copier en courriel » du courrier ${i + 1}`);
      await page.keyboard.press('Enter');
      await expect.poll(clipboard).not.toBe(copied.at(-1) ?? '');
      copied.push(await clipboard());
      if (i > 0) continue;
      // The courteous reminder still has a blank, the client's first name: the mail app waits for a word from the reader.
      await tabTo(page, (el) => el.text === 'Ouvrir dans ma messagerie');
      await page.keyboard.press('Enter');
      const warning = page.locator('.calc-letters [role="alert"]');
      expect(await warning.textContent()).toContain('un blanc entre crochets');
      await tabTo(page, (el) => el.text === 'Annuler');
      await page.keyboard.press('Enter');
      expect(await warning.count()).toBe(0);
      expect((await activeDescription(page)).text).toBe('Ouvrir dans ma messagerie');
    }
    expect(copied.map((text) => text.split('\n')[0])).toEqual([
      expect.stringMatching(/^Objet/),
      expect.stringMatching(/^Objet/),
      'Objet\u00a0: Mise en demeure de payer',
    ]);
    // A name typed without a business signs alone.
    expect(copied[2]).toMatch(/\nClaire Martin$/);

    await tabTo(page, (el) => el.text === 'Copier en lettre');
    await page.keyboard.press('Enter');
    await expect.poll(clipboard).toContain('Lettre recommandée avec accusé de réception');

    await page.keyboard.press('Shift+Tab');
    for (let i = 0; i < 60 && (await activeDescription(page)).text !== 'Télécharger les courriers (.txt)'; i++)
      await page.keyboard.press('Shift+Tab');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const letters = await downloadedText(download);
    expect(letters).toContain('LA RELANCE COURTOISE');
    expect(letters).toContain('LA MISE EN DEMEURE DE PAYER');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a message waits until its field is typed in; focus follows the invoices added and removed', async () => {
    const { page, context } = await site.page();
    await page.goto(`${site.url}${path}`);
    await page.locator('.calc-form').waitFor();
    expect(await page.locator('.quiz-error:visible').count()).toBe(0);
    expect(await page.getByLabel('Numéro').getAttribute('aria-invalid')).toBeNull();
    await page.getByLabel('Numéro').focus();
    await page.keyboard.press('Tab');
    expect(await page.locator('.quiz-error:visible').count()).toBe(0);
    await page.getByLabel('Numéro').focus();
    await page.keyboard.type('F');
    await page.keyboard.press('Backspace');
    expect(await page.locator('#calc-invoices-0-number-erreur').textContent()).toBe('Indiquez le numéro de la facture.');
    expect(await page.getByLabel('Numéro').getAttribute('aria-describedby')).toBe('calc-invoices-0-number-erreur');

    await page.getByRole('button', { name: 'Ajouter une facture' }).click();
    expect((await activeDescription(page)).id).toBe('calc-invoices-1-number');
    expect(await page.locator('#calc-invoices-1-number-erreur').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Retirer la facture 2' }).click();
    expect((await activeDescription(page)).id).toBe('calc-invoices-0-titre');
    await context.close();
  });

  test('a screen reader hears the total once typing pauses', async () => {
    const { page, context } = await site.page();
    await page.goto(`${site.url}${path}`);
    await fillKnownCase(page);
    await expect
      .poll(() => page.locator('.calc-mount .sr-only[role="status"]').textContent(), { timeout: 5000 })
      .toBe('Relevé mis à jour\u00a0: total 398,24\u00a0€.');
    await context.close();
  });

  test('a calculator that cannot start says so, above the method and the rates', async () => {
    const { page, context } = await site.page();
    await page.route(`${site.url}${path}`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/data-calculator="[^"]*"/, 'data-calculator="{"');
      await route.fulfill({ response, body: html });
    });
    await page.goto(`${site.url}${path}`);
    await expect.poll(() => page.locator('.calc-mount [role="alert"]').textContent()).toContain('n’a pas pu démarrer');
    expect(await page.getByRole('heading', { name: 'La méthode' }).isVisible()).toBe(true);
    await context.close();
  });
});
