import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { STORAGE_KEY } from '../../src/lib/quiz/state';
import { INVISIBLE_SHIFT, layoutShift } from '../support/layout-shift';
import {
  answerCurrent,
  builtModel,
  completeQuiz,
  openCheck,
  openResult,
  openSaved,
  currentQuestion,
  optionLabel,
  plain,
  walkedAnswers,
} from '../support/quiz-driver';
import { activeDescription } from '../support/keyboard';
import { axeViolations as violations } from '../support/axe';
import { brokenWords } from '../support/broken-words';
import { useSite } from '../support/site-session';
import { privateClipboard } from '../support/clipboard';

// The self-assessment as people really use it (issue 10): checking and changing answers, the
// browser's history, orientation on small and laptop screens, edits that are never lost silently.
const site = useSite();
const model = builtModel();
const heading = (page: Page) => page.locator('.quiz-screen h2, .quiz-result h2').first().textContent();
const saved = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>, STORAGE_KEY);

describe('checking and changing answers', () => {
  test('one answer changes in three actions; back on the check screen, its line has the focus, in view, and the verdict follows', async () => {
    const { page, context, errors } = await site.page({ viewport: { width: 390, height: 844 } });
    await openResult(page, site.url, { retards: 'toujours' });
    expect(await page.locator('#verdict').textContent()).toBe(model.levels.preparer.title);
    await page.getByRole('button', { name: 'Vérifier ou modifier mes réponses' }).click();
    await page.locator('#verification').waitFor();
    const retards = model.questions.find((q) => q.id === 'retards')!;
    const line = page.locator('.quiz-answer').filter({ hasText: retards.key });
    expect(plain(await line.textContent())).toBe(`${retards.key} : ${model.scale.toujours.label} Modifier « ${retards.key} »`);

    // 1. Modifier, 2. the new answer, 3. back to the check screen.
    await page.getByRole('button', { name: `Modifier « ${retards.key} »` }).click();
    await page.getByRole('radio', { name: optionLabel(model, 'retards', 'parfois'), exact: true }).check();
    await page.getByRole('button', { name: 'Enregistrer et revenir à mes réponses' }).click();
    await page.locator('#verification').waitFor();
    // Back where the reader left: the line just changed has the focus, in view, and its new answer is read out.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('modifier-retards');
    const box = await page.locator('#modifier-retards').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(844);
    expect(plain(await line.locator('dd').first().textContent())).toBe(model.scale.parfois.label);
    expect(plain(await page.locator('.self-assessment > [role="status"]').textContent())).toBe(
      `Retour à vos réponses. ${retards.key} : ${model.scale.parfois.label}.`,
    );
    // The result is one button away from the top as from the bottom.
    const results = page.getByRole('button', { name: 'Voir mon résultat' });
    expect(await results.count()).toBe(2);
    expect((await results.first().boundingBox())!.y).toBeLessThan((await page.locator('.quiz-answer').first().boundingBox())!.y);
    await results.first().click();
    expect(await page.locator('#verdict').textContent()).toBe(model.levels.garder.title);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a change that brings questions says so first, with their number, asks them, then returns to its line', async () => {
    const { page, context } = await site.page();
    await openCheck(page, site.url, { retards: 'parfois' });
    const retards = model.questions.find((q) => q.id === 'retards')!;
    const notice = page.locator('.quiz-added');
    const save = () => page.getByRole('button', { name: 'Enregistrer et revenir à mes réponses' }).click();
    await page.getByRole('button', { name: `Modifier « ${retards.key} »` }).click();
    await page.getByRole('radio', { name: optionLabel(model, 'retards', 'toujours'), exact: true }).check();
    await save();
    // The verdict moves to an exit: the questions that shape it come, announced before the first, which has the focus.
    expect(plain(await notice.textContent())).toBe(
      'Votre réponse change le verdict : 4 questions de plus sur votre situation, puis vous revenez à vos réponses.',
    );
    expect(await page.evaluate(() => document.activeElement?.classList.contains('quiz-added'))).toBe(true);
    expect(await violations(page)).toEqual([]);
    expect((await currentQuestion(page, model)).id).toBe('anciennete');
    await answerCurrent(page, model, {}, 'Enregistrer et revenir à mes réponses');
    expect(await notice.count()).toBe(0);
    await answerCurrent(page, model, {}, 'Enregistrer et revenir à mes réponses');
    // A clause brings one more question: said again, in the singular.
    expect((await currentQuestion(page, model)).id).toBe('contrat-signe');
    await answerCurrent(page, model, { 'contrat-signe': 'avec-clause' }, 'Enregistrer et revenir à mes réponses');
    expect((await currentQuestion(page, model)).id).toBe('preavis');
    expect(plain(await notice.textContent())).toBe('Votre réponse appelle une question de plus, puis vous revenez à vos réponses.');
    await answerCurrent(page, model, {}, 'Enregistrer et revenir à mes réponses');
    await answerCurrent(page, model, {}, 'Enregistrer et revenir à mes réponses');
    await page.locator('#verification').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('modifier-retards');
    await context.close();
  });

  test('on a phone, 25 answers fit in under 2,000 px: short lines, the « Jamais » folded into one, opened on demand', async () => {
    const { page, context, errors } = await site.page({ viewport: { width: 390, height: 844 } });
    await openCheck(page, site.url, { retards: 'toujours' });
    expect(await page.locator('.quiz-answer').count()).toBe(1 + 1 + 9);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(2000);
    const never = page.locator('.quiz-answer--never');
    const signs = model.questions.filter((q) => q.kind === 'signe' && q.id !== 'retards');
    expect(plain(await never.textContent())).toContain(`${model.scale.jamais.label} : ${signs.map((q) => q.key).join(', ')}`);
    // Opening it shows one line per sign, the first with the focus: the line that had it is gone.
    await never.getByRole('button', { name: /^Modifier l’une de ces 15 réponses$/ }).click();
    expect(await page.locator('.quiz-answer').count()).toBe(16 + 9);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`modifier-${signs[0]!.id}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('"Je ne sais pas" is offered where honest, counts for nothing and is named in the result', async () => {
    const { page, context } = await site.page();
    await page.goto(`${site.url}/diagnostic/`);
    await completeQuiz(page, { mensonges: 'inconnu', demandes: 'souvent' });
    expect(await page.locator('#verdict').textContent()).toBe(model.levels.recadrer.title);
    expect(plain(await page.locator('.quiz-result').textContent())).toContain(
      `vous avez répondu « ${model.unsureLabel} » : ${model.signs['ment-ou-vous-fait-mentir']!.title}`,
    );
    await context.close();
  });
});

describe('a verdict that never turns on one ambiguous answer', () => {
  test('a « Oui » about unpaid invoices brings one more question, whose answers say which one alone decides', async () => {
    const { page, context, errors } = await site.page();
    const before = Object.fromEntries(model.questions.slice(0, 6).map((q) => [q.id, q.id === 'retards' ? 'toujours' : 'jamais']));
    await openSaved(page, site.url, before, 6);
    await page.locator('.quiz-screen').waitFor();
    expect((await currentQuestion(page, model)).id).toBe('impayes');
    // This « Oui » is checked next: none of these answers decides alone, none says so.
    expect(await page.locator('.quiz-option-hint').count()).toBe(0);
    await page.getByRole('radio', { name: optionLabel(model, 'impayes', 'souvent'), exact: true }).check();
    await page.getByRole('button', { name: 'Question suivante' }).click();
    expect((await currentQuestion(page, model)).id).toBe('impayes-intention');
    const description = (value: string) =>
      page
        .getByRole('radio', { name: optionLabel(model, 'impayes-intention', value), exact: true })
        .evaluate((radio) => document.getElementById(radio.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
    // Said before choosing, on screen and to a screen reader, for the two answers that confirm a refusal.
    expect(plain(await description('refus'))).toBe(plain(model.dealBreakerHint));
    expect(plain(await description('silence'))).toBe(plain(model.dealBreakerHint));
    expect(await description('retard')).toBe('');
    expect(await page.locator('.quiz-option-hint').first().isVisible()).toBe(true);
    // Legible when chosen too, in the selected option's colours.
    await page.getByRole('radio', { name: optionLabel(model, 'impayes-intention', 'refus'), exact: true }).check();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('radio', { name: optionLabel(model, 'impayes-intention', 'retard'), exact: true }).check();
    await page.getByRole('button', { name: 'Question suivante' }).click();
    expect((await currentQuestion(page, model)).id).toBe('rentabilite');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('history', () => {
  test('Back and Forward move between questions and the result; a reload keeps the screen', async () => {
    const { page, context } = await site.page();
    await page.goto(`${site.url}/diagnostic/`);
    await page.locator('.quiz-screen').waitFor();
    const seen = [await heading(page)];
    for (let i = 0; i < 5; i++) {
      await answerCurrent(page, model);
      seen.push(await heading(page));
    }
    for (let i = 4; i >= 0; i--) {
      await page.goBack();
      await expect.poll(() => heading(page)).toBe(seen[i]);
    }
    // Back from the first question leaves the quiz, as it should: it is where the reader came in.
    for (let i = 1; i <= 5; i++) {
      await page.goForward();
      await expect.poll(() => heading(page)).toBe(seen[i]);
    }
    await page.reload();
    await expect.poll(() => heading(page)).toBe(seen[5]);

    await completeQuiz(page, {});
    await page.goBack();
    await expect.poll(() => heading(page)).toBe('Vérifiez vos réponses');
    await page.goForward();
    await expect.poll(() => heading(page)).toBe(model.levels.garder.title);
    expect(new URL(page.url()).pathname).toBe('/diagnostic/');
    await context.close();
  });
});

describe('orientation', () => {
  test.each([
    ['a phone', 390, 844],
    ['a laptop', 1366, 768],
  ])(
    'on %s, the quiz appears without shifting the page, and every question screen shows its progress, question and main button, no word cut, the same radio dots',
    async (_what, width, height) => {
      const { page, context } = await site.page({ viewport: { width, height } });
      // The island's place is reserved: nothing moves when it renders, however late.
      const shift = await layoutShift(page, `${site.url}/diagnostic/`, { lateScripts: { delayMs: 1000, cpuSlowdown: 4 } });
      expect(shift).toBeLessThan(INVISIBLE_SHIFT);
      await page.locator('.quiz-screen').waitFor();
      // Answers that lead to an exit plan, so every question is asked.
      const answers = { retards: 'toujours', 'contrat-signe': 'avec-clause' };
      const outside: string[] = [];
      const cut: string[] = [];
      const uneven: string[] = [];
      while (await page.locator('.quiz-screen legend h2').count()) {
        // One round trip per screen: the three parts measured together.
        const hidden = await page.evaluate((viewportHeight) => {
          const parts = ['.quiz-progress', '.quiz-screen legend h2', '.quiz-screen button[type="submit"]'];
          return parts.filter((selector) => {
            const box = document.querySelector(selector)?.getBoundingClientRect();
            return !box || box.height === 0 || box.top < 0 || box.bottom > viewportHeight;
          });
        }, height);
        const q = await currentQuestion(page, model);
        outside.push(...hidden.map((selector) => `${q.id}: ${selector}`));
        // « repousse-t- / il » was cut at its hyphen; a long label shrank its radio's dot (13 to 19 px in one group).
        cut.push(...(await page.evaluate(brokenWords, '.quiz-screen legend h2')).map((word) => `${q.id}: ${word}`));
        const dots = await page.locator('.quiz-option input').evaluateAll((radios) => radios.map((r) => r.getBoundingClientRect().width));
        if (new Set(dots).size > 1) uneven.push(`${q.id}: ${dots.join(', ')}`);
        await answerCurrent(page, model, answers);
      }
      expect(outside).toEqual([]);
      expect(cut).toEqual([]);
      expect(uneven).toEqual([]);
      await context.close();
    },
  );
});

describe('nothing typed is lost without the reader choosing', () => {
  test('a hand-edited letter survives a change that leaves the words alone; otherwise the reader chooses', async () => {
    const { page, context } = await site.page();
    await openResult(page, site.url, { retards: 'toujours', equipe: 'seul' }, { clientName: 'Hélène' });
    const letter = page.locator('.quiz-document textarea').first();
    await letter.fill(`${await letter.inputValue()}\n\nPS : écrit à la main.`);

    const change = async (id: string, value: string) => {
      await page.getByRole('button', { name: 'Vérifier ou modifier mes réponses' }).click();
      const q = model.questions.find((x) => x.id === id)!;
      await page.getByRole('button', { name: `Modifier « ${q.key} »` }).click();
      await page.getByRole('radio', { name: optionLabel(model, id, value), exact: true }).check();
      await page.getByRole('button', { name: 'Enregistrer et revenir à mes réponses' }).click();
      await page.getByRole('button', { name: 'Voir mon résultat' }).first().click();
      await page.locator('#verdict').waitFor();
    };

    // The share of turnover shapes the timing, not the words: nothing to ask.
    await change('part-du-ca', 'plus-de-50');
    expect(await letter.inputValue()).toContain('PS : écrit à la main.');
    expect(await page.getByRole('alert').filter({ hasText: 'Vos réponses ont changé' }).count()).toBe(0);

    // A team changes "je" into "nous": the edited text stays on screen until the reader chooses.
    await change('equipe', 'equipe');
    expect(await letter.inputValue()).toContain('PS : écrit à la main.');
    await page.reload();
    await page.getByRole('alert').filter({ hasText: 'Vos réponses ont changé' }).waitFor();
    expect(await letter.inputValue()).toContain('PS : écrit à la main.');
    await page.getByRole('button', { name: 'Repartir des nouveaux textes' }).click();
    expect(await letter.inputValue()).not.toContain('PS : écrit à la main.');
    expect(await letter.inputValue()).toMatch(/\bnous\b/);
    await context.close();
  });

  test('a 25,000-character edit is held to what storage keeps, with a visible counter, and comes back after a reload', async () => {
    const { page, context } = await site.page();
    await openResult(page, site.url, { demandes: 'souvent' });
    const conversation = page.getByLabel('La conversation, dans l’ordre');
    await conversation.fill('a'.repeat(25_000));
    expect((await conversation.inputValue()).length).toBe(20_000);
    expect(plain(await page.locator('#compte-conversation').textContent())).toContain('20 000 / 20 000 caractères');
    await page.reload();
    await page.locator('#verdict').waitFor();
    expect((await conversation.inputValue()).length).toBe(20_000);
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
  });

  test('a part of the saved state that cannot be read is left out and named; the answers stay', async () => {
    const { page, context } = await site.page();
    await openResult(page, site.url, { demandes: 'souvent' }, { clientName: 'Hélène' });
    await page.evaluate((key) => {
      const state = JSON.parse(localStorage.getItem(key)!) as Record<string, unknown>;
      localStorage.setItem(key, JSON.stringify({ ...state, fields: { clientName: 'x'.repeat(600) } }));
    }, STORAGE_KEY);
    await page.reload();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('les informations saisies pour les courriers');
    expect(await page.locator('#verdict').textContent()).toBe(model.levels.recadrer.title);
    await context.close();
  });

  test('when storage refuses to save, the page says so and keeps what is on screen', async () => {
    const { page, context } = await site.page();
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('plein', 'QuotaExceededError');
      };
    });
    await page.goto(`${site.url}/diagnostic/`);
    await page.locator('.quiz-screen').waitFor();
    await answerCurrent(page, model);
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('n’ont pas pu être enregistrés');
    expect(await page.locator('.quiz-progress').textContent()).toContain('Question 2');
    await context.close();
  });

  test('"another client" says what happens to this one, then starts afresh keeping the reader’s own details', async () => {
    const { page, context } = await site.page();
    await openResult(page, site.url, { retards: 'toujours' }, { yourName: 'Claire Martin', clientName: 'Hélène' });
    await page.getByRole('button', { name: 'Diagnostiquer un autre client' }).click();
    expect(plain(await page.getByRole('alert').textContent())).toContain('commencer un autre client efface celui-ci');
    await page.getByRole('button', { name: 'Commencer un autre client' }).click();
    await expect.poll(() => page.locator('.quiz-progress').textContent()).toContain('Question 1');
    expect(await saved(page)).toMatchObject({ answers: {}, fields: { yourName: 'Claire Martin' } });
    await context.close();
  });
});

describe('the result at a glance', () => {
  test('a scale marks where the client lands, with one line for this week and deal-breakers said plainly', async () => {
    const { page, context } = await site.page();
    await openResult(page, site.url, { respect: 'souvent' });
    const current = page.locator('.verdict-scale [aria-current="step"]');
    expect(plain(await current.textContent())).toBe(model.levels.partir.short);
    expect(await page.locator('.verdict-scale li').count()).toBe(4);
    expect(plain(await page.locator('.verdict').textContent())).toBe(plain(model.levels.partir.thisWeek));
    expect(plain(await page.locator('.quiz-result').textContent())).toContain('Un seul suffit à justifier le départ');
    // The verdict is what people screenshot: no word of it cut on a phone (« Partez maintenan / t »).
    for (const width of [390, 320]) {
      await page.setViewportSize({ width, height: 800 });
      expect(await page.evaluate(brokenWords, '#verdict, .verdict-scale, .verdict'), `${width} px`).toEqual([]);
      expect(await page.locator('.verdict-step').evaluateAll((steps) => steps.filter((s) => s.scrollWidth > s.clientWidth).length)).toBe(0);
    }
    await context.close();
  });

  test('the next steps come in order, each leading to where it is done, without a history entry', async () => {
    const { page, context } = await site.page();
    await openResult(page, site.url, { impayes: 'souvent', montant: 800, 'type-client': 'professionnel' });
    const steps = page.locator('.quiz-next-actions a');
    const labels = await steps.allTextContents();
    expect(labels[0]).toBe('Compléter vos courriers, facture par facture');
    expect(labels.filter((l) => l.startsWith('Relire et signer\u00a0: '))).toEqual(
      (await page.locator('.quiz-document h4').allTextContents()).map(
        (t) => `Relire et signer\u00a0: ${t.charAt(0).toLowerCase()}${t.slice(1)}`,
      ),
    );
    expect(labels.slice(-2)).toEqual(['Calculer les pénalités de retard de ces factures', 'Noter les dates dans votre agenda']);
    const entries = await page.evaluate(() => history.length);
    // A letter's step moves the focus to that letter; the details' step opens them on their first field.
    await steps.nth(1).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('document-miseEnDemeure');
    await page.locator('.quiz-letter-fields summary').click();
    expect(await page.locator('.quiz-letter-fields').getAttribute('open')).toBeNull();
    await steps.first().click();
    expect(await page.locator('.quiz-letter-fields').getAttribute('open')).not.toBeNull();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    await steps.last().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('votre-liste');
    expect(await page.evaluate(() => [history.length, location.hash])).toEqual([entries, '']);
    await context.close();
  });

  test('a client worth keeping gets what to watch and a reminder, and no letter', async () => {
    const { page, context } = await site.page({ acceptDownloads: true });
    await openResult(page, site.url, { retards: 'parfois' });
    expect(await page.getByRole('heading', { name: 'Ce qu’il faut surveiller' }).count()).toBe(1);
    expect(await page.locator('.quiz-document').count()).toBe(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'M’en souvenir dans mon agenda (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('rappel-diagnostic.ics');
    await context.close();
  });

  test('blanks left in a letter are listed, and copying or mailing it warns first', async () => {
    const { page, context } = await site.page();
    await privateClipboard(context);
    await openResult(page, site.url, { retards: 'toujours' });
    const document = page.locator('.quiz-document').first();
    expect(plain(await document.textContent())).toContain('À compléter avant l’envoi : [Prénom du client]');
    // Highlighted in the text box itself, behind the text.
    expect(await document.locator('.blank-highlight__backdrop mark').first().textContent()).toBe('[Prénom du client]');
    await document.getByRole('button', { name: 'Copier en courriel' }).click();
    await expect.poll(() => page.locator('.quiz-status').first().textContent()).toMatch(/blancs? rest/);
    await document.getByRole('link', { name: 'Ouvrir dans ma messagerie' }).click();
    expect(plain(await document.getByRole('alert').textContent())).toContain('entre crochets');
    expect(await document.getByRole('link', { name: 'Ouvrir quand même' }).getAttribute('href')).toMatch(/^mailto:/);
    // Cancelling returns the focus to the link that asked.
    await document.getByRole('button', { name: 'Annuler' }).click();
    expect(await document.getByRole('alert').count()).toBe(0);
    expect((await activeDescription(page)).text).toBe('Ouvrir dans ma messagerie');
    await context.close();
  });
});

describe('a quiz that cannot start says so', () => {
  test.each([
    ['an unexpected model', { status: 200, body: '{"questions":[]}' }],
    ['a missing model', { status: 404, body: 'introuvable' }],
  ])('%s: a message with the paper version, never a blank area', async (_what, response) => {
    const { page, context } = await site.page();
    await page.route('**/diagnostic/modele.json', (route) => route.fulfill({ ...response, contentType: 'application/json' }));
    await page.goto(`${site.url}/diagnostic/`);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('n’a pas pu démarrer');
    expect(await alert.getByRole('link', { name: 'la version papier' }).getAttribute('href')).toBe('/diagnostic/papier/');
    await context.close();
  });

  test('a screen whose code cannot be fetched says so, never a blank area', async () => {
    const { page, context } = await site.page();
    await page.route(/\/_astro\/ResultScreen\./, (route) => route.abort());
    await openSaved(page, site.url, walkedAnswers(model, { retards: 'toujours' }), 1000);
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/^\s*Cet écran n’a pas pu se charger/);
    await context.close();
  });

  test('its code blocked: one line says so, just above the link to the paper version', async () => {
    const { page, context } = await site.page();
    // Astro asks twice for the island's code (once more after a second), then gives up, saying so.
    await page.route(/\/_astro\/SelfAssessment\./, (route) => route.abort());
    const gaveUp = page.waitForEvent('console', (message) => message.text().includes('Error hydrating'));
    await page.goto(`${site.url}/diagnostic/`);
    await gaveUp;
    // The line shows once the questionnaire's place has stayed empty a while: that while, run at once.
    await page.evaluate(() => document.getAnimations().forEach((animation) => animation.finish()));
    expect(plain(await page.getByRole('alert').textContent())).toMatch(/^Le questionnaire interactif tarde à se charger/);
    // The space kept for the questionnaire closes up: the line sits right above the link.
    const gap = await page.evaluate(
      () =>
        document.querySelector('.quiz-paper-link')!.getBoundingClientRect().top -
        document.querySelector('.quiz-load-failed')!.getBoundingClientRect().bottom,
    );
    expect(gap).toBeLessThan(100);
    expect(await page.getByRole('link', { name: 'Le même diagnostic sur papier' }).isVisible()).toBe(true);
    await context.close();
  });
});
