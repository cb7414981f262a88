import { describe, expect, test } from 'vitest';
import { checkLegalFactDates } from '../../src/lib/legal-checks';
import { officialSiteName } from '../../src/lib/official-sites';
import { legalSchema } from '../../src/schemas/legal';

const fact = (id: string, verifiedOn: string) => ({ id, data: { verifiedOn } });
const check = (verifiedOn: string, today: string) => checkLegalFactDates('content/droit.yaml', [fact('une-regle', verifiedOn)], today);

describe('the day a legal fact was checked', () => {
  test("accepts today and any day before it, however old: age is the release check's concern", () => {
    expect(check('2026-11-29', '2026-11-29')).toEqual([]);
    expect(check('2019-05-05', '2026-11-29')).toEqual([]);
  });

  test('refuses a date still to come, which would keep a fact "fresh" for years', () => {
    expect(check('2027-11-29', '2026-11-29')).toEqual([
      { file: 'content/droit.yaml', field: 'une-regle.verifiedOn', message: expect.stringContaining('date à venir') },
    ]);
  });
});

describe('where a legal fact may link', () => {
  const entry = (url: string) => ({
    title: 'Une règle',
    statement: 'Un énoncé.',
    reference: 'Code, art. 1',
    url,
    verifiedOn: '2026-11-29',
  });

  test('accepts Légifrance and the listed official sites, and names them for the reader', () => {
    for (const url of [
      'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006219327',
      'https://www.service-public.fr/professionnels-entreprises',
      'https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32016R0679',
    ])
      expect(legalSchema.safeParse(entry(url)).success, url).toBe(true);
    expect(officialSiteName('https://www.legifrance.gouv.fr/jorf/jo/2025/12/26/0302')).toBe('Légifrance');
    expect(officialSiteName('https://eur-lex.europa.eu/eli/reg/2016/679/oj')).toBe('EUR-Lex');
  });

  test('refuses any other site, a look-alike host and plain http', () => {
    for (const url of [
      'https://www.example.com/loi',
      'https://legifrance.gouv.fr.example.com/',
      'http://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006219327',
    ])
      expect(legalSchema.safeParse(entry(url)).success, url).toBe(false);
  });

  test('requires the day the fact was checked, as AAAA-MM-JJ', () => {
    expect(legalSchema.safeParse({ ...entry('https://www.legifrance.gouv.fr/'), verifiedOn: undefined }).success).toBe(false);
    expect(legalSchema.safeParse({ ...entry('https://www.legifrance.gouv.fr/'), verifiedOn: '29/11/2026' }).success).toBe(false);
  });
});
