import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { questionnaireLength } from '../../src/lib/quiz/model';
import { STORAGE_KEY } from '../../src/lib/quiz/state';
import { emptyForm, emptyLetterDetails } from '../../src/lib/recovery/form';
import { CALCULATOR_STORAGE_KEY, serializeForm } from '../../src/lib/recovery/saved';
import {
  answerCurrent,
  builtModel,
  completeQuiz,
  openResult,
  currentQuestion,
  optionLabel,
  plain,
  visibleControls,
} from '../support/quiz-driver';
import { activeDescription, tabTo } from '../support/keyboard';
import { useSite } from '../support/site-session';
import { downloadedText } from '../support/download';
import { privateClipboard } from '../support/clipboard';

const site = useSite();
const model = builtModel();
const verdictTitle = (level: keyof typeof model.levels) => model.levels[level].title;
/** The questions with an item of their own on paper: all but the follow-ups. */
const asked = model.questions.filter((q) => q.kind !== 'confirmation');
const tricky = { clientName: 'Zoé <b>Ørsted</b> & "Fils"', yourName: '<script>alert(1)</script>' };

/** Answers the whole quiz with the keyboard alone: Tab, arrows, Space, Enter. */
async function completeWithKeyboard(page: Page, answers: Record<string, string>) {
  await page.locator('.quiz-screen').waitFor();
  await tabTo(page, (el) => el.type === 'radio');
  for (;;) {
    const q = await currentQuestion(page, model);
    if (q.kind === 'nombre') {
      await tabTo(page, (el) => el.tag === 'INPUT' && el.type === 'text');
      await page.keyboard.type('0');
    } else {
      if (!(await page.evaluate(() => (document.activeElement as HTMLInputElement).type === 'radio')))
        await tabTo(page, (el) => el.type === 'radio');
      const values = q.kind === 'signe' ? ['jamais', 'parfois', 'souvent', 'toujours'] : q.options.map((o) => o.value);
      const wanted = values.indexOf(answers[q.id] ?? values[0]!);
      // Focus lands on the first radio unchecked: Space checks it, each ArrowDown moves and checks the next.
      await page.keyboard.press('Space');
      for (let i = 0; i < wanted; i++) await page.keyboard.press('ArrowDown');
    }
    await tabTo(page, (el) => el.text === 'Question suivante');
    await page.keyboard.press('Enter');
    // The next screen's heading takes the focus: a question, or, after the last, the check screen (loaded when reached).
    await expect.poll(async () => (await activeDescription(page)).tag).toBe('H2');
    if ((await activeDescription(page)).id === 'verification') break;
  }
  await tabTo(page, (el) => el.text === 'Voir mon résultat');
  await page.keyboard.press('Enter');
}

describe('the self-assessment', () => {
  test.each([
    ['a client for whom late payment is the rule', { retards: 'toujours' }, 'preparer'],
    ['a client who insults your staff', { respect: 'souvent', plaintes: 'parfois' }, 'partir'],
  ] as const)('works with the keyboard alone, from the first question to the copied letter: %s', async (_who, answers, level) => {
    const { page, context, errors } = await site.page();
    await privateClipboard(context);
    await page.goto(`${site.url}/diagnostic/`);
    await completeWithKeyboard(page, answers);

    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('verdict');
    expect(await page.locator('#verdict').textContent()).toBe(verdictTitle(level));
    // Announced to screen readers through a live region, not only shown.
    expect(plain(await page.locator('.self-assessment > [role="status"]').textContent())).toBe(`Votre résultat : ${verdictTitle(level)}`);

    await tabTo(page, (el) => el.text === 'Copier en courriel');
    await page.keyboard.press('Enter');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Objet\u00a0: /);
    expect(copied).toContain(await page.locator('.quiz-document textarea >> nth=0').inputValue());
    expect(errors).toEqual([]);
    await context.close();
  });

  test('keeps the answers through a reload', async () => {
    const { page, context } = await site.page();
    await page.goto(`${site.url}/diagnostic/`);
    await page.getByRole('radio', { name: 'Souvent' }).check();
    await page.getByRole('button', { name: 'Question suivante' }).click();
    await page.getByRole('radio', { name: 'Parfois' }).check();
    await page.getByRole('button', { name: 'Question suivante' }).click();
    await page.reload();
    expect(await page.locator('.quiz-progress').textContent()).toContain('Question 3');
    // Back is a small link above the question, as on GOV.UK, not a button beside « Question suivante ».
    const back = page.getByRole('button', { name: 'Retour', exact: true });
    expect((await back.boundingBox())!.y).toBeLessThan((await page.locator('.quiz-screen legend h2').boundingBox())!.y);
    expect(await page.locator('.quiz-nav button').count()).toBe(1);
    await back.click();
    expect(await page.getByRole('radio', { name: 'Parfois' }).isChecked()).toBe(true);
    await context.close();
  });

  test('restores a shared result in a fresh browser, without the names typed for the letter', async () => {
    const first = await site.page();
    await first.page.goto(`${site.url}/diagnostic/`);
    await completeQuiz(first.page, { evolution: 'toujours', anciennete: 'plus-de-dix-ans' }, tricky);
    const link = await first.page.locator('#lien-resultat').inputValue();
    expect(link).toMatch(/\/diagnostic\/#r=/);
    expect(link).not.toContain('Zo');
    await first.context.close();

    const fresh = await site.page();
    await fresh.page.goto(link);
    await fresh.page.locator('#verdict').waitFor();
    expect(await fresh.page.locator('#verdict').textContent()).toBe(verdictTitle('preparer'));
    expect(await fresh.page.locator('.quiz-reasons a').first().textContent()).toBe(model.signs['chemins-separes']?.title);
    expect(new URL(fresh.page.url()).hash).toBe('');
    expect(await fresh.page.locator('.quiz-document textarea >> nth=0').inputValue()).toContain('[Prénom du client]');
    await fresh.context.close();
  });

  test('a tampered link shows a message and a fresh start, never a blank page', async () => {
    const { page, context, errors } = await site.page();
    await page.goto(`${site.url}/diagnostic/#r=1.abcd.99zz.`);
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/ancienne version|modifié/);
    expect(await page.locator('.quiz-progress').textContent()).toContain('Question 1');

    // Same page, new fragment: the page reads it without a reload.
    await page.goto(`${site.url}/diagnostic/#r=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('incomplet ou a été modifié');
    expect(await page.locator('.quiz-screen').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a link never silently replaces saved work: a broken one leaves it alone, a different one asks first', async () => {
    const first = await site.page();
    await openResult(first.page, site.url, { evolution: 'toujours' }, { clientName: 'Hélène' });
    const otherLink = await first.page.locator('#lien-resultat').inputValue();
    await first.context.close();

    const { page, context } = await site.page();
    await openResult(page, site.url, { retards: 'toujours' }, { clientName: 'Zoé' });
    const mine = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);

    await page.goto(`${site.url}/diagnostic/#r=garbage`);
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('sont intactes');
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(mine);

    // Pasted into the tab already open on the page: only the fragment changes, and the page notices.
    await page.goto(otherLink);
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'd’autres réponses' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Garder mes réponses' }).click();
    expect(await page.locator('.quiz-reasons a').first().textContent()).toBe(model.signs['paie-en-retard']?.title);

    await page.goto(otherLink);
    await page.getByRole('button', { name: 'Ouvrir le résultat du lien' }).click();
    await expect.poll(() => page.locator('.quiz-reasons a').first().textContent()).toBe(model.signs['chemins-separes']?.title);
    // The names typed here stay: a link never carries them.
    expect(await page.locator('.quiz-document textarea >> nth=0').inputValue()).toContain('Bonjour Zoé,');
    await context.close();
  });

  test('two tabs agree: one follows the other, and an erase in one is never undone by the other', async () => {
    const { page, context } = await site.page();
    const other = await context.newPage();
    await page.goto(`${site.url}/diagnostic/`);
    await other.goto(`${site.url}/diagnostic/`);
    await other.locator('.quiz-screen').waitFor();
    // The tab in front is the one the reader uses; a hidden tab's animation frames are throttled.
    await page.bringToFront();
    await openResult(page, site.url, { retards: 'toujours' }, { clientName: 'Zoé' });
    await expect.poll(() => other.locator('#verdict').count()).toBe(1);
    expect(await other.getByRole('alert').textContent()).toContain('modifiées dans un autre onglet');

    await page.getByRole('button', { name: 'Tout effacer de cet appareil' }).click();
    await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
    await expect.poll(() => other.getByRole('alert').filter({ hasText: 'effacées dans un autre onglet' }).count()).toBe(1);
    await other.bringToFront();
    await other.getByRole('radio', { name: optionLabel(model, model.questions[0]!.id, 'parfois') }).check();
    const stored = JSON.parse((await other.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)) ?? '{}') as {
      answers: object;
      fields: object;
    };
    expect(Object.keys(stored.answers)).toHaveLength(1);
    expect(stored.fields).toEqual({});
    await context.close();
  });

  test('two tabs never scramble a letter: typing at a human pace, the subject in one and the body in the other, the same text in both', async () => {
    const { page: first, context, errors } = await site.page();
    await openResult(first, site.url, { retards: 'toujours' });
    const second = await context.newPage();
    await second.goto(`${site.url}/diagnostic/`);
    await second.locator('#verdict').waitFor();
    await first.bringToFront();
    const subject = (page: Page) => page.locator('.quiz-document input').first();
    const body = (page: Page) => page.locator('.quiz-document textarea').first();
    const proposed = { subject: await subject(first).inputValue(), body: await body(first).inputValue() };

    // A few words at the start of the letter, a key every 200 ms, while the result is open in the other tab.
    await body(first).focus();
    await first.keyboard.press('Control+Home');
    await first.keyboard.type('Chère ', { delay: 200 });
    expect(await body(first).inputValue()).toBe(`Chère ${proposed.body}`);
    expect(await subject(first).inputValue()).toBe(proposed.subject);
    await expect.poll(() => body(second).inputValue()).toBe(`Chère ${proposed.body}`);

    // The subject typed in one tab while the body is typed in the other: both kept, in both tabs.
    await subject(second).focus();
    await second.keyboard.press('End');
    await Promise.all([second.keyboard.type(' bis', { delay: 200 }), first.keyboard.type('Mme ', { delay: 200 })]);
    for (const page of [first, second]) {
      await expect.poll(() => subject(page).inputValue()).toBe(`${proposed.subject} bis`);
      await expect.poll(() => body(page).inputValue()).toBe(`Chère Mme ${proposed.body}`);
    }

    // The same text typed in both: the later version is kept whole, and each tab says so, politely.
    const news = (page: Page) => page.getByRole('status').filter({ hasText: 'Un autre onglet' });
    await body(second).focus();
    await second.keyboard.press('Control+Home');
    await first.keyboard.press('Control+Home');
    await first.keyboard.type('Un ', { delay: 200 });
    // The second tab's reader is in that text: it keeps their words, and tells them.
    await expect
      .poll(async () => plain(await news(second).textContent()))
      .toMatch(/^Un autre onglet vient de modifier le texte du courrier « /);
    expect(await body(second).inputValue()).toBe(`Chère Mme ${proposed.body}`);
    await second.keyboard.type('Deux ', { delay: 200 });
    const later = `Deux Chère Mme ${proposed.body}`;
    expect(plain(await news(second).textContent())).toMatch(
      /^Un autre onglet modifiait aussi le texte du courrier « .+ » : votre version, écrite en dernier, est gardée/,
    );
    await expect.poll(async () => plain(await news(first).textContent())).toMatch(/^Un autre onglet vient de modifier/);
    expect(await body(first).inputValue()).toBe(`Un Chère Mme ${proposed.body}`);
    await first.keyboard.press('Shift+Tab');
    expect(await body(first).inputValue()).toBe(later);
    expect(plain(await news(first).textContent())).toMatch(
      /^Un autre onglet a modifié le texte du courrier « .+ » après vous : cette page affiche désormais sa version/,
    );
    const saved = JSON.parse((await first.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)) ?? '{}') as {
      edits: { documents: { body: string; subject: string }[] };
    };
    expect(saved.edits.documents[0]).toMatchObject({ subject: `${proposed.subject} bis`, body: later });
    expect(errors).toEqual([]);
    await context.close();
  });

  test('tampered saved answers are reset with a message', async () => {
    const { page, context } = await site.page();
    await context.addInitScript(
      ([key]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key!, '{"version":1,"questionnaire":"x","answers":{"retards":"<script>"}}');
          sessionStorage.setItem('seeded', '1');
        }
      },
      [STORAGE_KEY],
    );
    await page.goto(`${site.url}/diagnostic/`);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('ont été effacées');
    expect(await page.locator('.quiz-progress').textContent()).toContain('Question 1');
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).not.toContain('<script>');
    await context.close();
  });

  test('copies, downloads and mails the letter exactly as edited, with typed markup shown as text', async () => {
    const { page, context } = await site.page({ acceptDownloads: true });
    await privateClipboard(context);
    await openResult(page, site.url, { demandes: 'toujours', montant: 1500, 'type-client': 'professionnel' }, tricky);

    const body = await page.locator('.quiz-document textarea >> nth=0').inputValue();
    expect(body).toContain('Bonjour Zoé <b>Ørsted</b> & "Fils",');
    expect(body).toContain('<script>alert(1)</script>');
    expect(await page.locator('.quiz-result b, .quiz-result script').count()).toBe(0);

    await page.locator('.quiz-document textarea >> nth=0').fill(`${body}\n\nPS : merci encore.`);
    await page.getByRole('button', { name: 'Copier en courriel' }).click();
    const subject = await page.locator('.quiz-document input >> nth=0').inputValue();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`Objet\u00a0: ${subject}\n\n${body}\n\nPS : merci encore.`);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tout télécharger (.txt)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('mes-mots-pour-rompre.txt');
    const file = await downloadedText(download);
    expect(file).toContain('LA CONVERSATION');
    expect(file).toContain(`Objet\u00a0: ${subject}`);
    expect(file).toContain('PS : merci encore.');

    const href = (await page.getByRole('link', { name: 'Ouvrir dans ma messagerie' }).getAttribute('href')) ?? '';
    const mail = new URL(href);
    expect(mail.protocol).toBe('mailto:');
    expect(mail.searchParams.get('subject')).toBe(subject);
    expect(mail.searchParams.get('body')).toBe(`${body}\n\nPS : merci encore.`.replace(/\n/g, '\r\n'));
    await context.close();
  });

  test('leaving a client at fault: a mise en demeure then a notification, or, chosen, an immediate end', async () => {
    const { page, context, errors } = await site.page();
    await openResult(
      page,
      site.url,
      { respect: 'souvent', equipe: 'equipe' },
      { clientName: 'Hélène', facts: 'le 12 novembre, insultes au téléphone' },
    );
    const titles = () => page.locator('.quiz-document h4').allTextContents();
    expect(await titles()).toEqual([model.letters.titles.miseEnDemeure, model.letters.titles.resiliation]);
    const notice = await page.locator('.quiz-document textarea >> nth=0').inputValue();
    expect(notice).toContain('nous vous mettons en demeure');
    expect(notice).toContain('le 12 novembre, insultes au téléphone');
    expect(notice).not.toMatch(/merci|remerci/i);
    expect(await page.locator('.quiz-document').first().textContent()).toContain('lettre recommandée avec accusé de réception');

    // The choice is a radio group, reachable and operable with the keyboard.
    await page.getByRole('radio', { name: new RegExp(model.letters.exitModes.immediat.label) }).focus();
    await page.keyboard.press('Space');
    await expect.poll(titles).toEqual([model.letters.titles.immediat]);
    expect(await page.locator('.quiz-document textarea').inputValue()).toContain('sans mise en demeure préalable');
    await page.reload();
    await expect.poll(titles).toEqual([model.letters.titles.immediat]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('unpaid invoices: a clear message next to each wrong field, nothing typed lost, then listed in the letter', async () => {
    const { page, context } = await site.page();
    await openResult(
      page,
      site.url,
      { impayes: 'souvent', montant: 1500, 'type-client': 'professionnel' },
      { yourName: 'Claire Martin' },
      async () => {
        const row = page.getByRole('group', { name: 'Facture 1' });
        await row.getByLabel('Numéro').fill('F-2026-031');
        await row.getByLabel(/Montant restant dû/).fill('-1500');
        await row.getByLabel('Échéance').fill('2099-01-01');
        expect(await row.getByLabel(/Montant restant dû/).getAttribute('aria-invalid')).toBe('true');
        expect(await row.textContent()).toContain('sans signe moins');
        expect(await row.textContent()).toContain('pas encore passée');
        await row.getByLabel('Échéance').fill('0024-01-15');
        expect(await row.textContent()).toContain('Vérifiez l’année');
        await row.getByLabel(/Montant restant dû/).fill('1 500');
        await row.getByLabel('Échéance').fill('2026-01-15');
        expect(await row.locator('[aria-invalid="true"]').count()).toBe(0);
        // A new row takes the focus on its first field, and says so; removing it gives the focus back to the row before.
        const status = page.locator('.invoice-rows .sr-only[role="status"]');
        await page.getByRole('button', { name: 'Ajouter une facture' }).click();
        await expect.poll(() => activeDescription(page)).toMatchObject({ tag: 'INPUT', id: 'facture-1-number' });
        expect(
          await page
            .getByRole('group', { name: 'Facture 2' })
            .getByLabel('Numéro')
            .evaluate((el) => el === document.activeElement),
        ).toBe(true);
        expect(await status.textContent()).toBe('Facture 2 ajoutée.');
        await page.getByRole('button', { name: 'Retirer la facture 2' }).click();
        await expect.poll(() => activeDescription(page)).toMatchObject({ id: 'facture-0-number' });
        expect(await status.textContent()).toBe('Facture 2 retirée.');
      },
    );
    const notice = await page.locator('.quiz-document textarea >> nth=0').inputValue();
    expect(notice).toContain('– facture n°\u00a0F-2026-031\u00a0: 1\u202f500\u00a0€, échue le jeudi 15 janvier 2026');
    // The calculator opens with these invoices, read from this device: it says where they come from, and leads back.
    const toCalculator = page
      .locator('.quiz-letter-fields')
      .getByRole('link', { name: 'Calculer les pénalités de retard de ces factures' });
    expect(await toCalculator.getAttribute('href')).toBe('/outils/penalites-de-retard/#depuis-diagnostic');
    await toCalculator.click();
    await page.waitForURL(/\/outils\/penalites-de-retard\/$/);
    expect(await page.getByLabel('Numéro').inputValue()).toBe('F-2026-031');
    await page.locator('.calc-statement').waitFor();
    const handOff = page.getByRole('status').filter({ hasText: 'Repris de votre diagnostic' });
    expect(plain(await handOff.locator('p').first().textContent())).toBe(
      'Repris de votre diagnostic : 1 facture, pour un client professionnel.',
    );
    expect(await page.getByText('Ce calcul vient d’un lien').count()).toBe(0);
    expect(await handOff.getByRole('link', { name: 'Revenir à mon diagnostic' }).getAttribute('href')).toBe('/diagnostic/');
    // The self-assessment's mise en demeure is the one to send, with its own deadline: the ladder composes no second one.
    const ladder = page.locator('.calc-letters');
    const fromResult = ladder.getByRole('article').filter({ has: page.getByRole('heading', { name: /celle de votre diagnostic/ }) });
    const deadline = /au plus tard le (\S+ \d+ \S+ \d{4})/.exec(notice)?.[1] ?? 'introuvable';
    expect(await fromResult.textContent()).toContain(`jusqu’au ${deadline} pour payer`);
    expect(await ladder.getByRole('heading', { name: 'La mise en demeure de payer' }).count()).toBe(0);
    expect(await ladder.getByRole('heading', { name: 'La relance courtoise' }).count()).toBe(0);
    // The name typed for the self-assessment's letters signs these too: the same device, nothing sent.
    expect(await page.getByLabel('Votre prénom et votre nom').inputValue()).toBe('Claire Martin');
    await page.goBack();
    await page.locator('#verdict').waitFor();
    await page.getByRole('button', { name: 'Vérifier ou modifier mes réponses' }).click();
    expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)) ?? '{}').invoices).toEqual([
      { number: 'F-2026-031', amount: '1 500', due: '2026-01-15' },
    ]);
    await context.close();
  });

  test('a private client: the calculator is offered for interest, and never replaces a calculation of other invoices unasked', async () => {
    const { page, context, errors } = await site.page();
    await openResult(page, site.url, { impayes: 'souvent', montant: 800, 'type-client': 'particulier' }, {}, async () => {
      const row = page.getByRole('group', { name: 'Facture 1' });
      await row.getByLabel('Numéro').fill('F-9');
      await row.getByLabel(/Montant restant dû/).fill('800');
      await row.getByLabel('Échéance').fill('2026-10-01');
    });
    await page.locator('.quiz-letter-fields').getByRole('link', { name: 'Calculer les intérêts de retard de ces factures' }).click();
    const number = page.getByLabel('Numéro');
    await expect.poll(() => number.inputValue()).toBe('F-9');
    expect(await page.getByRole('status').filter({ hasText: 'pour un client particulier' }).count()).toBe(1);
    // Another invoice typed here, then the self-assessment's hand-off again: the reader chooses.
    await number.fill('F-10');
    await page.goBack();
    // This time from the result's next steps.
    await page.locator('.quiz-next-actions').getByRole('link', { name: 'Calculer les intérêts de retard de ces factures' }).click();
    await page.getByRole('alert').filter({ hasText: 'Votre diagnostic liste d’autres factures' }).waitFor();
    expect(await number.inputValue()).toBe('F-10');
    await page.getByRole('button', { name: 'Reprendre les factures du diagnostic' }).click();
    await expect.poll(() => number.inputValue()).toBe('F-9');
    expect(await page.getByRole('status').filter({ hasText: 'Repris de votre diagnostic' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the dated checklist downloads as a calendar file, and letters print with their address blocks', async () => {
    const { page, context } = await site.page({ acceptDownloads: true });
    await openResult(
      page,
      site.url,
      { demandes: 'toujours' },
      { yourName: 'Claire Martin', place: 'Lyon', clientAddress: '4 place du Marché' },
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ajouter ces dates à mon agenda (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('mon-plan-de-sortie.ics');
    const ics = await downloadedText(download);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(await page.locator('.quiz-checklist li').count());
    const conversation = page.locator('#mots-conversation');
    await conversation.fill(`${await conversation.inputValue()}\n\nPS : à relire avant l’appel.`);
    await page.emulateMedia({ media: 'print' });
    // On paper: the result's words and letters, nothing to click (the details typed, the choices, the buttons).
    expect(await visibleControls(page)).toEqual([]);
    expect(await page.locator('#verdict').isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Compléter vos courriers' }).isVisible()).toBe(false);
    // A text box prints clipped: its print-only copy prints the whole text, as edited.
    expect(await page.locator('.print-only').innerText()).toContain('PS : à relire avant l’appel.');
    const printed = await page.locator('.print-letter').first().innerText();
    expect(printed).toMatch(/^La lettre de fin de collaboration/);
    expect(printed).toContain('Claire Martin');
    expect(printed).toContain('4 place du Marché');
    expect(printed).toMatch(/À Lyon, le \d/);
    expect(printed).toContain('Lettre recommandée avec accusé de réception');
    await context.close();
  });

  test('erases everything, the calculator’s too, once the reader confirms', async () => {
    const { page, context } = await site.page();
    await openResult(page, site.url, { tarif: 'souvent' }, tricky);
    // The calculator used on this device: names, a town, an invoice number.
    const calculation = {
      ...emptyForm('2026-12-07'),
      invoices: [{ number: 'F-2026-031', issued: '', amount: '1 500', due: '2026-10-15', payments: [] }],
      letter: { ...emptyLetterDetails(), yourName: 'Claire Martin', place: 'Lyon', clientName: 'Hélène' },
    };
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [CALCULATOR_STORAGE_KEY, serializeForm(calculation)] as const);
    const saved = () => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
    const before = await saved();
    await page.getByRole('button', { name: 'Tout effacer de cet appareil' }).click();
    expect(plain(await page.getByRole('alert').textContent())).toMatch(/votre calcul de pénalités.*Rien ne\s+pourra être récupéré/);
    await page.getByRole('button', { name: 'Annuler' }).click();
    expect(await saved()).toBe(before);
    await page.getByRole('button', { name: 'Tout effacer de cet appareil' }).click();
    await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
    await expect.poll(() => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').answers, STORAGE_KEY)).toEqual({});
    expect(await page.locator('.quiz-progress').textContent()).toContain('Question 1');
    // Every entry of the site, in both storages: nothing the reader typed in either tool is left.
    const left = await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }]));
    for (const typed of ['Claire', 'Lyon', 'Hélène', 'F-2026-031', 'Ørsted', 'alert(1)']) expect(left).not.toContain(typed);
    expect(await page.evaluate((key) => localStorage.getItem(key), CALCULATOR_STORAGE_KEY)).toBeNull();
    await context.close();
  });

  test('without JavaScript, shows the paper version in place; with it, only a link to its own page', async () => {
    const { page, context } = await site.page({ javaScriptEnabled: false });
    await page.goto(`${site.url}/diagnostic/`);
    // One line where the questionnaire would be, just above the link to the paper version (read
    // through CSS: Playwright's text engine skips <noscript>).
    const line = page.locator('.quiz-mount noscript .quiz-cannot-start');
    expect(await line.isVisible()).toBe(true);
    expect(plain(await line.textContent())).toBe(
      'Le questionnaire interactif a besoin de JavaScript, qui ne fonctionne pas ici : sa version papier, plus bas, donne le même verdict.',
    );
    const gap = await page.evaluate(
      () =>
        document.querySelector('.quiz-paper-link')!.getBoundingClientRect().top -
        document.querySelector('.quiz-mount')!.getBoundingClientRect().bottom,
    );
    expect(gap).toBeLessThan(100);
    expect(await page.getByRole('heading', { name: 'La version papier' }).isVisible()).toBe(true);
    // One item per question; a deal-breaker's follow-up sits in the item of the question it checks.
    expect(await page.locator('.paper-questions > li').count()).toBe(asked.length);
    expect(await page.locator('.paper-follow-up').count()).toBe(model.questions.length - asked.length);
    expect(await page.getByRole('heading', { name: 'Lire vos réponses' }).isVisible()).toBe(true);
    expect(await page.locator('.paper-version').textContent()).toContain(model.levels.partir.title);
    // How long it takes, counted from the questionnaire itself.
    const { fewest, most, minutes } = questionnaireLength(model);
    expect(plain(await page.locator('.lead').textContent())).toContain(`de ${fewest} à ${most} questions, ${minutes} minutes environ`);
    await context.close();

    const js = await site.page();
    await js.page.goto(`${site.url}/diagnostic/`);
    await js.page.locator('.quiz-screen').waitFor();
    expect(await js.page.locator('.quiz-cannot-start').isVisible()).toBe(false);
    // A question prints with its answers, the chosen one ticked, and no button.
    await js.page.getByRole('radio', { name: optionLabel(model, model.questions[0]!.id, 'souvent') }).check();
    await js.page.emulateMedia({ media: 'print' });
    expect(await js.page.locator('.quiz-screen legend h2').isVisible()).toBe(true);
    expect(await js.page.locator('.quiz-screen legend h2').textContent()).toBe(model.questions[0]!.text);
    const options = js.page.locator('.quiz-option');
    expect(await options.count()).toBeGreaterThan(1);
    for (const option of await options.all()) expect(await option.isVisible()).toBe(true);
    expect(await js.page.getByRole('button', { name: 'Question suivante' }).isVisible()).toBe(false);
    expect(await js.page.getByRole('radio', { name: optionLabel(model, model.questions[0]!.id, 'souvent') }).isChecked()).toBe(true);
    await js.page.emulateMedia({ media: 'screen' });
    expect(await js.page.locator('.paper-version').count()).toBe(0);
    expect(await js.page.getByRole('heading', { name: 'La version papier' }).count()).toBe(0);
    await js.page.getByRole('link', { name: 'Le même diagnostic sur papier' }).click();
    await js.page.waitForURL(/\/diagnostic\/papier\/$/);
    expect(await js.page.locator('.paper-questions > li').count()).toBe(asked.length);
    await js.context.close();
  });

  test('the paper page is complete without JavaScript, and prints without its buttons', async () => {
    const { page, context } = await site.page({ javaScriptEnabled: false });
    await page.goto(`${site.url}/diagnostic/papier/`);
    expect(await page.locator('h1').textContent()).toBe('Le diagnostic sur papier');
    expect(await page.locator('.paper-questions > li').count()).toBe(asked.length);
    const unsure = model.questions.filter((q) => q.kind === 'signe' && q.unsure).length;
    expect(unsure).toBeGreaterThan(0);
    expect(await page.getByText(`${model.unsureLabel} (ne compte pas)`).count()).toBe(unsure);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.print-button').isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'Lire vos réponses' }).isVisible()).toBe(true);
    await context.close();
  });

  test('answers the number question with a clear message on bad input', async () => {
    const { page, context } = await site.page();
    await page.goto(`${site.url}/diagnostic/`);
    await page.locator('.quiz-screen').waitFor();
    for (let q = await currentQuestion(page, model); q.kind !== 'nombre'; q = await currentQuestion(page, model)) {
      await answerCurrent(page, model);
    }
    await page.getByLabel(/Montant dû/).fill('douze euros');
    await page.getByRole('button', { name: 'Question suivante' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('Indiquez un montant en chiffres');
    expect(await page.getByLabel(/Montant dû/).getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel(/Montant dû/).fill('1 250,50');
    await page.getByRole('button', { name: 'Question suivante' }).click();
    expect((await currentQuestion(page, model)).kind).not.toBe('nombre');
    await page.getByRole('button', { name: 'Retour', exact: true }).click();
    expect(await page.getByLabel(/Montant dû/).inputValue()).toBe('1250.5');
    await context.close();
  });
});
