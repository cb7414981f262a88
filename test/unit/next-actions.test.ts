import { describe, expect, test } from 'vitest';
import { nextActions } from '../../src/lib/quiz/next-actions';

describe('the next actions of a result, in order', () => {
  const base = { owed: false, invoicesToType: false, privateClient: false, calculatorHref: '/outils/penalites-de-retard/', dated: false };

  test('a client at fault who owes money: details, then the mise en demeure first, the calculator, the dates', () => {
    expect(
      nextActions({
        ...base,
        documents: [
          { id: 'miseEnDemeure', title: 'La mise en demeure, à envoyer d’abord' },
          { id: 'resiliation', title: 'La notification de résiliation, seulement si rien ne change' },
        ],
        owed: true,
        invoicesToType: true,
        calculatorHref: '/outils/penalites-de-retard/#depuis-diagnostic',
        dated: true,
      }),
    ).toEqual([
      { label: 'Compléter vos courriers, facture par facture', href: '#courriers' },
      { label: 'Relire et signer\u00a0: la mise en demeure, à envoyer d’abord', href: '#document-miseEnDemeure' },
      { label: 'Relire et signer\u00a0: la notification de résiliation, seulement si rien ne change', href: '#document-resiliation' },
      { label: 'Calculer les pénalités de retard de ces factures', href: '/outils/penalites-de-retard/#depuis-diagnostic' },
      { label: 'Noter les dates dans votre agenda', href: '#votre-liste' },
    ]);
  });

  test('a private client’s money is « les intérêts »', () => {
    const actions = nextActions({ ...base, documents: [{ id: 'lettre', title: 'La lettre' }], owed: true, privateClient: true });
    expect(actions.map((a) => a.label)).toContain('Calculer les intérêts de retard de ces factures');
  });

  test('a result with no letter has no steps', () => {
    expect(nextActions({ ...base, documents: [], owed: true, dated: true })).toEqual([]);
  });
});
