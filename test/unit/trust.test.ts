import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { missingPublisherFields } from '../../src/data/publisher';
import { latestDate } from '../../src/lib/dates';
import { reportMistakeHref } from '../../src/lib/report-mistake';
import { z } from 'astro/zod';
import { inFrench, pastDateSchema } from '../../src/schemas/common';

describe('updatedOn dates, on a fixed day (Monday 7 December 2026, 23:30 local time)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 7, 23, 30));
  });
  afterEach(() => vi.useRealTimers());

  test('accept a real day that has come, today included', () => {
    expect(pastDateSchema.safeParse('2026-11-26').success).toBe(true);
    expect(pastDateSchema.safeParse('2026-12-07').success).toBe(true);
  });
  test('refuse a day that does not exist, another format, or a day still to come', () => {
    expect(pastDateSchema.safeParse('2026-02-30').success).toBe(false);
    expect(pastDateSchema.safeParse('26/11/2026').success).toBe(false);
    expect(pastDateSchema.safeParse(new Date('2026-11-26')).error?.issues[0]?.message).toBe(
      'doit être entre guillemets, par exemple "2026-11-29"',
    );
    expect(pastDateSchema.safeParse('2026-12-08').error?.issues[0]?.message).toBe('ne peut pas être dans le futur');
  });
  test('a page that lists pages takes the latest of their dates', () => {
    expect(latestDate(['2026-11-26', '2026-11-29', '2026-11-27'])).toBe('2026-11-29');
    expect(latestDate([])).toBeUndefined();
  });
});

describe('reportMistakeHref', () => {
  test('opens the mail app with the page’s address and title, encoded, and nothing else', () => {
    const href = reportMistakeHref({
      email: 'edition@exemple.fr',
      pageUrl: 'https://exemple.fr/signes/ne-paie-pas/',
      pageTitle: 'Il ne paie pas',
    });
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('edition@exemple.fr');
    expect(url.searchParams.get('subject')).toBe('Erreur signalée : Il ne paie pas');
    expect(url.searchParams.get('body')).toContain('Page : https://exemple.fr/signes/ne-paie-pas/\n');
  });
  test('lets the reader choose the recipient while the publisher’s address is unknown', () => {
    expect(reportMistakeHref({ email: null, pageUrl: 'https://exemple.fr/', pageTitle: 'Accueil' })).toMatch(/^mailto:\?subject=/);
  });
});

describe('missingPublisherFields', () => {
  test('names each fact the deployer still has to give, and none once all are given', () => {
    const publisher = { name: 'X', registration: null, address: 'A', phone: '', email: 'e@x.fr', publicationDirector: 'D' };
    expect(missingPublisherFields(publisher, { name: 'H', address: null, phone: 'P' })).toEqual([
      'PUBLISHER.registration',
      'PUBLISHER.phone',
      'HOST.address',
    ]);
    expect(missingPublisherFields({ ...publisher, registration: 'R', phone: 'P' }, { name: 'H', address: 'A', phone: 'P' })).toEqual([]);
  });
});

describe('schema messages, as an author reads them', () => {
  const schema = inFrench(z.object({ title: z.string(), severity: z.enum(['vigilance', 'grave']) }));

  test('are in French for a missing field, a wrong type and an unknown option, each under its field', () => {
    const issues = schema.safeParse({ severity: 'rouge' }).error?.issues ?? [];
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['title', 'Entrée invalide : chaîne de caractères attendu, indéfini reçu'],
      ['severity', 'Option invalide : une valeur parmi "vigilance"|"grave" attendue'],
    ]);
  });

  test('leave valid data as the schema returns it', () => {
    expect(schema.parse({ title: 'Un titre', severity: 'grave' })).toEqual({ title: 'Un titre', severity: 'grave' });
  });
});
