import { describe, expect, test } from 'vitest';
import { isPastReview, overdueLegalFacts, ratesToUpdate } from '../../src/lib/freshness';
import { blockingItems, releaseChecklist } from '../../src/lib/release-checklist';
import type { RatesData } from '../../src/schemas/rates';
import { rates as realRates } from '../support/recovery';

const fact = (id: string, verifiedOn: string) => ({ id, data: { verifiedOn } });
const row = (period: string, provisional = false) => ({ ...realRates.halfYears[0]!, period, provisional });
/** A table that ends with 2026-S2, provisional, whatever the real file holds by the time this runs. */
const table: RatesData = { ...realRates, halfYears: [row('2026-S1'), row('2026-S2', true)] };

describe('a legal fact due for re-reading, on an injected day', () => {
  test('is fresh until exactly twelve months after it was checked', () => {
    expect(isPastReview('2025-11-29', '2026-11-29')).toBe(false);
    expect(isPastReview('2025-11-28', '2026-11-29')).toBe(true);
  });

  test('counts months with the calendar’s one rule: a day the month lacks is its last day', () => {
    // 29 February 2024 + 12 months = 28 February 2025, so 1 March 2025 is already past review.
    expect(isPastReview('2024-02-29', '2025-02-28')).toBe(false);
    expect(isPastReview('2024-02-29', '2025-03-01')).toBe(true);
  });

  test('lists every overdue fact, naming the file, the entry and its date', () => {
    expect(
      overdueLegalFacts('content/droit.yaml', [fact('a', '2020-01-01'), fact('b', '2026-11-01'), fact('c', '2019-05-05')], '2026-11-29'),
    ).toEqual([
      {
        file: 'content/droit.yaml',
        field: 'a.verifiedOn',
        message: expect.stringMatching(/^vérifié le 2020-01-01, il y a plus de 12 mois/),
      },
      { file: 'content/droit.yaml', field: 'c.verifiedOn', message: expect.stringMatching(/^vérifié le 2019-05-05/) },
    ]);
  });
});

describe('the rates of the current half-year, on an injected day', () => {
  test('a confirmed row asks nothing', () => {
    expect(ratesToUpdate('content/taux.yaml', table, '2026-03-02')).toEqual({ missing: [], provisional: [] });
  });

  test('a provisional row asks to be confirmed, naming the row', () => {
    expect(ratesToUpdate('content/taux.yaml', table, '2026-12-07').provisional).toEqual([
      { file: 'content/taux.yaml', field: 'halfYears[1]', message: expect.stringContaining('2026-S2, sont provisoires') },
    ]);
  });

  test('a half-year with no row yet is named, on its first day', () => {
    expect(ratesToUpdate('content/taux.yaml', table, '2027-01-01').missing).toEqual([
      {
        file: 'content/taux.yaml',
        field: 'halfYears',
        message: expect.stringContaining("le semestre en cours, 2027-S1, n'a pas de ligne"),
      },
    ]);
  });
});

describe('the deploy checklist', () => {
  const inputs = (today: string) => ({
    missingPublisherFields: ['PUBLISHER.email'],
    rates: { file: 'content/taux.yaml', data: table },
    legalFacts: { file: 'content/droit.yaml', facts: [fact('cession-droits', '2026-11-29')] },
    today,
  });

  test('on 4 January 2027: the mentions légales and the missing half-year, each under its own switch', () => {
    expect(releaseChecklist(inputs('2027-01-04'))).toEqual([
      { text: expect.stringContaining('src/data/publisher.ts : PUBLISHER.email'), requiredBy: 'REQUIRE_PUBLISHER' },
      { text: expect.stringMatching(/^content\/taux\.yaml → halfYears : le semestre en cours, 2027-S1/), requiredBy: 'REQUIRE_FRESH' },
    ]);
  });

  test('on 1 June 2028: the half-year and the fact checked in 2026', () => {
    const items = releaseChecklist({ ...inputs('2028-06-01'), missingPublisherFields: [] });
    expect(items.map((i) => i.text)).toEqual([
      expect.stringContaining('2028-S1'),
      expect.stringMatching(/^content\/droit\.yaml → cession-droits\.verifiedOn : vérifié le 2026-11-29/),
    ]);
  });

  test('a provisional current half-year is listed but never blocks', () => {
    const items = releaseChecklist({ ...inputs('2026-12-07'), missingPublisherFields: [] });
    expect(items).toEqual([{ text: expect.stringContaining('provisoires') }]);
    expect(blockingItems(items, { REQUIRE_FRESH: '1', REQUIRE_PUBLISHER: '1' })).toEqual([]);
  });

  test('blocks only what the switches set to "1" cover', () => {
    const items = releaseChecklist(inputs('2028-06-01'));
    expect(blockingItems(items, {})).toEqual([]);
    expect(blockingItems(items, { REQUIRE_FRESH: '0' })).toEqual([]);
    expect(blockingItems(items, { REQUIRE_PUBLISHER: '1' }).map((i) => i.requiredBy)).toEqual(['REQUIRE_PUBLISHER']);
    expect(blockingItems(items, { REQUIRE_FRESH: '1' })).toHaveLength(2);
  });
});

describe('the guide as it is', () => {
  test('has the rates of the half-year that starts on 1 January 2027', () => {
    expect(realRates.halfYears.some((r) => r.period === '2027-S1')).toBe(true);
  });
});
