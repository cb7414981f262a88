import { describe, expect, test } from 'vitest';
import { composeScript, exitDates, fillPlaceholders, formatEuros, placeholderValues } from '../../src/lib/quiz/compose';
import { mailtoHref, scriptAsText, toEditable } from '../../src/lib/quiz/export';
import { datedChecklist, planNotes } from '../../src/lib/quiz/plan';
import { computeVerdict } from '../../src/lib/quiz/scoring';
import type { Answers, LetterFields } from '../../src/lib/quiz/model';
import { answersWith, model } from '../support/quiz';

const TODAY = '2026-11-26'; // a Thursday

function compose(answers: Answers, fields: LetterFields = {}, today = TODAY) {
  const verdict = computeVerdict(model, answers);
  const dates = exitDates(model, answers, verdict, today);
  const values = placeholderValues(model, answers, fields, dates);
  return { verdict, dates, script: composeScript(model, verdict, values), notes: planNotes(model, answers, verdict, dates) };
}

const scopeCreep = answersWith({ demandes: 'toujours', plaintes: 'souvent' });
const tricky: LetterFields = {
  yourName: 'Zoé Lefèvre-Ørsted',
  yourBusiness: 'Studio « L’Œil & la Main »',
  clientName: 'Jean-Noël "JN" O’Brien',
  clientCompany: 'Dupont & Fils <script>alert(1)</script>',
  project: 'Refonte $& $1 site',
};

describe('exit dates', () => {
  test('a clean exit uses the notice the contract sets, counted from today', () => {
    const answers = { ...scopeCreep, 'contrat-signe': 'avec-clause', preavis: 'un-mois' };
    const { dates } = compose(answers);
    expect(dates).toMatchObject({
      notice: 'un-mois',
      noticeSource: 'contrat',
      lastDay: { end: '2026-12-26', date: '2026-12-24', movedBecause: 'un samedi' },
    });
  });

  test('without a notice clause, the guide suggests one by length of relationship', () => {
    expect(compose({ ...scopeCreep, anciennete: 'moins-d-un-an' }).dates).toMatchObject({
      notice: 'deux-semaines',
      noticeSource: 'suggestion',
    });
    expect(compose({ ...scopeCreep, anciennete: 'plus-de-cinq-ans' }).dates.notice).toBe(model.suggestedNotice['plus-de-cinq-ans']);
  });

  test('ignores the notice answer when the contract has no clause (the question was hidden)', () => {
    expect(compose({ ...scopeCreep, 'contrat-signe': 'aucun', preavis: 'six-mois', anciennete: 'moins-d-un-an' }).dates.notice).toBe(
      'deux-semaines',
    );
  });

  test('leaving now has no notice, and a boundary gets a re-check date', () => {
    expect(compose(answersWith({ respect: 'souvent' })).dates).toMatchObject({ notice: undefined, lastDay: { date: TODAY } });
    expect(compose(answersWith({ retards: 'souvent' })).dates.recheck).toBe('2026-12-26');
  });

  test('states plainly when the notice ends on a weekend', () => {
    const { notes } = compose({ ...scopeCreep, 'contrat-signe': 'avec-clause', preavis: 'un-mois' });
    const notice = notes.find((n) => n.id === 'preavis');
    expect(notice?.text).toContain('jeudi 24 décembre 2026');
    expect(notice?.text).toContain('samedi 26 décembre 2026, un week-end');
  });
});

describe('composeScript', () => {
  test('fills the conversation and the written confirmation with the answers', () => {
    const answers = { ...scopeCreep, anciennete: 'un-a-deux-ans', projet: 'oui', montant: 1250.5, 'type-client': 'professionnel' };
    const { script } = compose(answers, {
      clientName: 'Hélène',
      deliverables: 'les maquettes finales',
      invoiceNumber: 'F-2026-041',
      referral: 'Marc Petit',
      referralContact: 'marc@exemple.fr',
    });
    expect(script?.scriptId).toBe('ce-nest-pas-vous-cest-moi');
    expect(script?.conversation.length).toBeGreaterThanOrEqual(3);
    expect(script?.body).toContain('Bonjour Hélène,');
    expect(script?.body).toContain('les maquettes finales');
    expect(script?.body).toContain('jeudi 24 décembre 2026');
    expect(script?.body).toContain('un mois');
    expect(script?.body).toContain(`${formatEuros(1250.5)}, payable dès réception`);
    expect(script?.body).toContain('F-2026-041');
    expect(script?.body).toContain('Marc Petit (marc@exemple.fr)');
  });

  test('drops the paragraphs that do not apply: nothing owed, no referral, no notice', () => {
    const { script } = compose(answersWith({ respect: 'souvent' }), { clientName: 'Julie' });
    expect(script?.body).not.toContain('[Montant dû]');
    expect(script?.body).not.toContain('Ce qui reste à régler');
    expect(script?.body).not.toContain('[Nom du confrère]');
    expect(script?.body).not.toContain('préavis');
    expect(script?.conversation.every((l) => !l.say.includes('[Durée du préavis]'))).toBe(true);
  });

  test('an invoice number alone does not bring back the payment paragraph when nothing is owed', () => {
    const { script } = compose({ ...scopeCreep, montant: 0 }, { invoiceNumber: 'F-12' });
    expect(script?.body).not.toContain('F-12');
    expect(script?.body).not.toContain('Ce qui reste à régler');
  });

  test('leaves visible blanks for what the user did not give', () => {
    const { script } = compose({ ...scopeCreep, projet: 'oui' });
    expect(script?.body).toContain('[Prénom du client]');
    expect(script?.body).toContain('[Livrables restants]');
  });

  test('keeps names with accents, quotes, ampersands and markup exactly as typed', () => {
    const { script } = compose({ ...scopeCreep, montant: 100 }, tricky);
    const text = `${script?.subject}\n${script?.body}\n${script?.conversation.map((l) => l.say).join('\n')}`;
    expect(text).toContain('Jean-Noël "JN" O’Brien');
    expect(text).toContain('Dupont & Fils <script>alert(1)</script>');
    expect(text).toContain('Zoé Lefèvre-Ørsted');
    expect(text).toContain('Studio « L’Œil & la Main »');
    // "$&" and "$1" are replacement patterns in String.replace: they must arrive literally.
    expect(script?.subject).toContain('Refonte $& $1 site');
  });

  test('a boundary gets the boundary conversation and the recap of the new rules, not a farewell', () => {
    const { script } = compose(answersWith({ retards: 'souvent' }), { clientName: 'Paul' });
    expect(script?.scriptId).toBe('poser-une-limite');
    expect(script?.subject).toContain('notre cadre de travail');
    expect(script?.body).not.toMatch(/dernier jour de travail/);
  });

  test('keeping the client writes no script', () => {
    expect(compose(answersWith({})).script).toBeUndefined();
  });
});

describe('fillPlaceholders', () => {
  test('returns undefined when a blank does not apply, and fills every occurrence otherwise', () => {
    expect(fillPlaceholders('Dû : [Montant dû]', { amountDue: null })).toBeUndefined();
    expect(fillPlaceholders('[Prénom du client], oui [Prénom du client]', { clientName: 'Ana' })).toBe('Ana, oui Ana');
  });
});

describe('plan', () => {
  test('a client worth half your revenue: plan the exit once other work is lined up', () => {
    const { notes } = compose({ ...scopeCreep, 'part-du-ca': 'plus-de-50' });
    expect(notes.find((n) => n.id === 'poids-du-client')?.text).toContain('d’autres missions');
  });

  test('a long relationship: a longer written notice', () => {
    expect(compose({ ...scopeCreep, anciennete: 'plus-de-cinq-ans' }).notes.map((n) => n.id)).toContain('relation-ancienne');
  });

  test('the 40 € indemnity is mentioned for a business, and excluded for a private person', () => {
    const pro = compose({ ...scopeCreep, montant: 800, 'type-client': 'professionnel' }).notes.find((n) => n.id === 'montant-du');
    const perso = compose({ ...scopeCreep, montant: 800, 'type-client': 'particulier' }).notes.find((n) => n.id === 'montant-du');
    expect(pro?.text).toMatch(/40 € par facture sont dues/);
    expect(perso?.text).toMatch(/40 € ne s’applique pas/);
  });

  test('the checklist dates the exit from today to the archive', () => {
    const answers = { ...scopeCreep, 'contrat-signe': 'avec-clause', preavis: 'un-mois' };
    const verdict = computeVerdict(model, answers);
    const dates = exitDates(model, answers, verdict, TODAY);
    const items = datedChecklist(model, verdict, dates, TODAY);
    expect(items.map((i) => i.date)).toEqual(['2026-11-26', '2026-11-26', '2026-12-17', '2026-12-24', '2026-12-24', '2026-12-28']);
    expect(items.every((i) => i.href.startsWith('/'))).toBe(true);
  });
});

describe('export', () => {
  test('the mailto link percent-encodes everything, line breaks as CRLF', () => {
    const href = mailtoHref('Fin & suite ?', 'Bonjour Zoé,\n\n<b>Merci</b> #1 100%');
    expect(href).toBe(
      'mailto:?subject=Fin%20%26%20suite%20%3F&body=Bonjour%20Zo%C3%A9%2C%0D%0A%0D%0A%3Cb%3EMerci%3C%2Fb%3E%20%231%20100%25',
    );
    expect(decodeURIComponent(href.split('body=')[1] ?? '')).toBe('Bonjour Zoé,\r\n\r\n<b>Merci</b> #1 100%');
  });

  test('the text file holds the title, the conversation, the subject and the body', () => {
    const { script } = compose(scopeCreep, { clientName: 'Hélène' });
    if (!script) throw new Error('no script');
    const text = scriptAsText(script.title, toEditable(script));
    expect(text).toMatch(/^.+\n\nLA CONVERSATION\n\n1\. /);
    expect(text).toContain(`Objet : ${script.subject}`);
    expect(text).toContain('Bonjour Hélène,');
  });
});
