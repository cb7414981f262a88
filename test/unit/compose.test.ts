import { describe, expect, test } from 'vitest';
import { exitPath } from '../../src/lib/quiz/compose';
import { checklistAsIcs } from '../../src/lib/quiz/calendar';
import { mailtoHref, printedLetter, wordsAsText } from '../../src/lib/quiz/export';
import { checkInvoice, invoiceList } from '../../src/lib/case/invoices';
import { parseEuroAmount } from '../../src/lib/case/money';
import { computeVerdict } from '../../src/lib/quiz/scoring';
import { applyVoice, fillBlanks, pickVariant } from '../../src/lib/words/template';
import { answersWith, model, resultFor } from '../support/quiz';

const TODAY = '2026-11-26'; // a Thursday
const scopeCreep = answersWith({ demandes: 'toujours', plaintes: 'souvent', equipe: 'seul' });

describe('the template language', () => {
  test('takes the first variant whose conditions all hold, "!" negating', () => {
    const text = [{ when: ['projet', '!terme'], text: 'A' }, { when: ['terme'], text: 'B' }, { text: 'C' }];
    expect(pickVariant(text, new Set(['projet']))).toBe('A');
    expect(pickVariant(text, new Set(['projet', 'terme']))).toBe('B');
    expect(pickVariant(text, new Set())).toBe('C');
  });

  test('speaks for one person or for a team', () => {
    expect(applyVoice('{J’ai|Nous avons} décidé, {mon|notre} dernier jour', false)).toBe('J’ai décidé, mon dernier jour');
    expect(applyVoice('{J’ai|Nous avons} décidé, {mon|notre} dernier jour', true)).toBe('Nous avons décidé, notre dernier jour');
  });

  test('fills blanks in one pass: typed text is never read again as a blank or a pattern', () => {
    const values = new Map([
      ['[Prénom du client]', '[Montant dû]'],
      ['[Montant dû]', '1 500 €'],
      ['[Nom du projet]', '$& $1'],
    ]);
    expect(fillBlanks('Bonjour [Prénom du client], [Nom du projet], [Montant dû], [Inconnu]', values)).toBe(
      'Bonjour [Montant dû], $& $1, 1 500 €, [Inconnu]',
    );
  });

  test('a line that is only a blank filled with nothing goes with it; inside a sentence the blank stays visible', () => {
    const values = new Map([['[Votre entreprise]', '']]);
    expect(fillBlanks('Cordialement,\n[Votre prénom]\n[Votre entreprise]', values)).toBe('Cordialement,\n[Votre prénom]');
    expect(fillBlanks('Chez [Votre entreprise], tout va bien.', values)).toBe('Chez [Votre entreprise], tout va bien.');
  });

  test('in the self-assessment too, a name typed without a business signs every letter alone', () => {
    const r = resultFor({ answers: answersWith({ demandes: 'toujours', equipe: 'seul' }), fields: { yourName: 'Claire Martin' } });
    expect(r.words?.documents.length).toBeGreaterThan(0);
    for (const doc of r.words?.documents ?? []) expect(doc.body).toMatch(/\nClaire Martin$/);
  });
});

describe('how the user leaves', () => {
  test('a boundary for "set a limit", a notice for "prepare", and for "leave now" a mise en demeure unless urgent and chosen', () => {
    const path = (answers: Record<string, string | number>, mode?: 'immediat') => {
      const verdict = computeVerdict(model, answersWith(answers));
      return exitPath(verdict, verdict.scriptId ? model.scripts[verdict.scriptId] : undefined, mode);
    };
    expect(path({})).toBeUndefined();
    expect(path({ retards: 'souvent' })).toBe('recadrer');
    expect(path({ demandes: 'toujours' })).toBe('preavis');
    expect(path({ impayes: 'souvent' })).toBe('miseEnDemeure');
    expect(path({ impayes: 'souvent' }, 'immediat')).toBe('miseEnDemeure'); // not paying is a breach, not an emergency
    expect(path({ respect: 'souvent' })).toBe('miseEnDemeure');
    expect(path({ respect: 'souvent' }, 'immediat')).toBe('immediat');
  });
});

describe('exit dates', () => {
  test('the notice runs from the day it is announced, a working day, to the last working day before its end', () => {
    const { dates } = resultFor({ answers: { ...scopeCreep, 'contrat-signe': 'avec-clause', preavis: 'un-mois' }, today: '2026-11-28' });
    expect(dates.announce).toBe('2026-11-30'); // Saturday → Monday
    expect(dates).toMatchObject({ notice: 'un-mois', noticeSource: 'contrat', lastDay: { end: '2026-12-30', date: '2026-12-30' } });
  });

  test('without a clause, the top of the published band for the length of the relationship', () => {
    const notice = (anciennete: string) => resultFor({ answers: { ...scopeCreep, anciennete } }).dates.notice;
    expect(['moins-d-un-an', 'un-a-deux-ans', 'deux-a-cinq-ans', 'cinq-a-dix-ans', 'plus-de-dix-ans'].map(notice)).toEqual([
      'un-mois',
      'trois-mois',
      'six-mois',
      'douze-mois',
      'dix-huit-mois',
    ]);
  });

  test('a notice ending on a public holiday stops the working day before, and says why', () => {
    const r = resultFor({ answers: { ...scopeCreep, 'contrat-signe': 'avec-clause', preavis: 'un-mois' }, today: '2026-11-25' });
    expect(r.dates.lastDay).toEqual({ end: '2026-12-25', date: '2026-12-24', movedBecause: 'Noël' });
    expect(r.notes.find((n) => n.id === 'preavis')?.text).toContain('un jour férié (Noël)');
  });

  test('a fixed-term contract ends at its term, never with a made-up notice', () => {
    const known = resultFor({ answers: { ...scopeCreep, 'contrat-signe': 'duree-determinee' }, fields: { contractEnd: '2027-01-31' } });
    expect(known.dates).toMatchObject({ noticeSource: 'terme', notice: undefined, lastDay: { end: '2027-01-31', date: '2027-01-29' } });
    const unknown = resultFor({ answers: { ...scopeCreep, 'contrat-signe': 'duree-determinee' } });
    expect(unknown.dates.lastDay).toBeUndefined();
    expect(unknown.checklist.some((i) => i.date === undefined)).toBe(true);
  });

  test('a mise en demeure gives the deadline, then the termination on the next working day', () => {
    const { dates } = resultFor({ answers: answersWith({ impayes: 'souvent' }), today: TODAY });
    expect(dates).toMatchObject({ path: 'miseEnDemeure', announce: '2026-11-26', deadline: '2026-12-11', termination: '2026-12-14' });
  });

  test('leaving at once is dated on a working day, never today’s weekend', () => {
    const { dates } = resultFor({ answers: answersWith({ respect: 'toujours' }), exitMode: 'immediat', today: '2026-12-26' });
    expect(dates.lastDay?.date).toBe('2026-12-28');
  });
});

describe('money', () => {
  test('French amounts are read strictly', () => {
    expect(['1250', '1 250', '1\u202f250,5', '1250.50', '12 345 678,90 €'].map(parseEuroAmount)).toEqual([
      1250, 1250, 1250.5, 1250.5, 12345678.9,
    ]);
    expect(['0x1F', '1e3', '-5', '1.250', '12,345', 'abc', ''].map(parseEuroAmount)).toEqual(Array(7).fill(undefined));
  });

  test('each bad invoice field gets its own message, and nothing typed is discarded', () => {
    const messages = (draft: { number: string; amount: string; due: string }) => checkInvoice(draft, TODAY).problems.map((p) => p.field);
    expect(messages({ number: 'F-1', amount: '', due: '2026-10-01' })).toEqual(['amount']);
    expect(messages({ number: 'F-1', amount: '-300', due: '2026-10-01' })).toEqual(['amount']);
    expect(messages({ number: 'F-1', amount: '300', due: '2027-01-01' })).toEqual(['due']);
    expect(messages({ number: 'x'.repeat(10_000), amount: '300', due: '2026-10-01' })).toEqual(['number']);
    expect(messages({ number: 'F-1', amount: '300', due: '2026-02-30' })).toEqual(['due']);
    expect(messages({ number: 'F-1', amount: '1234567890123456789012345', due: '0024-10-01' })).toEqual(['amount', 'due']);
    expect(checkInvoice({ number: 'F-1', amount: '300', due: '0024-10-01' }, TODAY).problems[0]?.message).toMatch(/^Vérifiez l’année/);
    expect(checkInvoice({ number: ' F-1 ', amount: '300,5', due: '2026-10-01' }, TODAY).invoice).toEqual({
      number: 'F-1',
      amount: 300.5,
      due: '2026-10-01',
    });
  });

  test('a letter lists each invoice with its own due date, and the total when there are several', () => {
    expect(
      invoiceList([
        { number: 'F-1', amount: 1200, due: '2026-09-30' },
        { number: 'F-2', amount: 450.5, due: '2026-10-01' },
      ]),
    ).toBe(
      '– facture n°\u00a0F-1\u00a0: 1\u202f200\u00a0€, échue le mercredi 30 septembre 2026\n– facture n°\u00a0F-2\u00a0: 450,50\u00a0€, échue le jeudi 1er octobre 2026\nTotal\u00a0: 1\u202f650,50\u00a0€',
    );
  });

  test('the detailed invoices win over the total answered; invalid rows are left out of the letters', () => {
    const r = resultFor({
      answers: answersWith({ impayes: 'souvent', montant: 999 }),
      invoices: [
        { number: 'F-1', amount: '100', due: '2026-10-01' },
        { number: '', amount: '50', due: '2026-10-01' },
      ],
    });
    expect(r.owed.total).toBe(100);
    expect(r.words?.documents[0]?.body).toContain('facture n°\u00a0F-1');
    expect(r.words?.documents[0]?.body).not.toContain('999');
  });
});

describe('documents', () => {
  const r = resultFor({
    answers: { ...scopeCreep, projet: 'non', montant: 0 },
    fields: { yourName: 'Claire Martin', yourAddress: '1 rue A', place: 'Lyon', clientName: 'Paul', clientAddress: '2 rue B' },
  });
  const doc = r.words?.documents[0];
  if (!doc) throw new Error('no document');

  test('a notice is printed as a registered letter with sender, recipient, place and date', () => {
    const printed = printedLetter(
      doc,
      doc,
      { yourName: 'Claire Martin', yourAddress: '1 rue A', place: 'Lyon', clientName: 'Paul', clientAddress: '2 rue B' },
      model.letters.layout,
    );
    expect(printed).toMatch(
      /^Claire Martin\n1 rue A\n\nPaul\n2 rue B\n\nÀ Lyon, le 26 novembre 2026\n\nLettre recommandée avec accusé de réception\n\nObjet\u00a0: /,
    );
  });

  test('the text file holds the conversation, then each document as a letter', () => {
    const text = wordsAsText(
      'Titre',
      r.words?.documents ?? [],
      { conversation: 'Conversation', documents: [{ subject: 'Sujet', body: 'Corps' }] },
      {},
      model.letters.layout,
    );
    expect(text).toMatch(/^Titre\n\nLA CONVERSATION\n\nConversation\n\n.+\n\n\[Votre prénom\]\n\[Votre adresse\]\n\n\[Adresse du client\]/);
    expect(text).toContain('Objet\u00a0: Sujet\n\nCorps');
  });

  test('the mailto link percent-encodes everything, line breaks as CRLF', () => {
    const href = mailtoHref('Fin & suite ?', 'Bonjour Zoé,\n\n<b>Merci</b> #1 100%');
    expect(href).toBe(
      'mailto:?subject=Fin%20%26%20suite%20%3F&body=Bonjour%20Zo%C3%A9%2C%0D%0A%0D%0A%3Cb%3EMerci%3C%2Fb%3E%20%231%20100%25',
    );
  });

  test('the checklist exports as a calendar: all-day events, escaped, folded, CRLF', () => {
    const ics = checklistAsIcs(
      [
        {
          date: '2026-11-26',
          label: 'Envoyer la lettre, en recommandé; avec accusé de réception et une copie par courriel au client',
          href: '/rompre/x/',
        },
        { date: undefined, label: 'Au terme', href: '/rompre/y/' },
      ],
      'Préparez une sortie propre',
      'https://exemple.fr',
      new Date('2026-11-26T10:00:00Z'),
    );
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('DTSTART;VALUE=DATE:20261126\r\nDTEND;VALUE=DATE:20261127');
    expect(ics).toContain('SUMMARY:Envoyer la lettre\\, en recommandé\\; avec');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});
