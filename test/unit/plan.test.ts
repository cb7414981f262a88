import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { answersWith, model, resultFor } from '../support/quiz';

const scopeCreep = answersWith({ demandes: 'toujours', plaintes: 'souvent', equipe: 'seul', 'type-client': 'professionnel' });

describe('the plan of content/plan.yaml', () => {
  test('reaches the island with every link a URL, script:limite as the boundary script named in content/diagnostic.yaml', () => {
    expect(model.plan.notes.find((n) => n.id === 'essayer-d-abord')?.href).toBe(`/scripts/${model.scriptRoles.boundary}/`);
    expect(model.plan.checklist.recadrer.map((t) => t.href)).toEqual([
      `/scripts/${model.scriptRoles.boundary}/`,
      `/scripts/${model.scriptRoles.boundary}/#la-version-ecrite`,
      '/signes/ne-paie-pas/',
      '/rompre/decider-a-tete-reposee/',
    ]);
    expect(model.plan.notes.find((n) => n.id === 'preavis')?.href).toBe('/rompre/donner-un-preavis/');
  });

  test('gives a note only when its conditions hold, in the variant that fits', () => {
    const ids = (answers: Record<string, string | number>) => resultFor({ answers: { ...scopeCreep, ...answers } }).notes.map((n) => n.id);
    expect(ids({ 'part-du-ca': 'plus-de-50' })).toContain('poids-du-client');
    expect(ids({ 'part-du-ca': '10-a-30' })).not.toContain('poids-du-client');
    expect(ids({ anciennete: 'cinq-a-dix-ans' })).toContain('relation-ancienne');
    expect(ids({ anciennete: 'un-a-deux-ans' })).not.toContain('relation-ancienne');
    expect(ids({ 'deja-essaye': 'non' })).toContain('essayer-d-abord');
    expect(ids({ 'deja-essaye': 'oui' })).not.toContain('essayer-d-abord');
  });

  test('says why the last working day comes before the end date: a weekend, or the holiday by its name', () => {
    const note = (today: string) =>
      resultFor({ answers: { ...scopeCreep, 'contrat-signe': 'avec-clause', preavis: 'un-mois' }, today }).notes.find(
        (n) => n.id === 'preavis',
      )?.text;
    expect(note('2026-11-25')).toMatch(
      /La date de fin, le vendredi 25 décembre 2026, est un jour férié \(Noël\)\u00a0: votre dernier jour ouvré/,
    );
    expect(note('2026-11-27')).toMatch(/La date de fin, le dimanche 27 décembre 2026, tombe un week-end\u00a0:/);
    expect(note('2026-11-30')).not.toContain('La date de fin');
  });

  test('prepares the handover a week before the last day, on a working day, unless that day is not after the announcement', () => {
    const handover = (answers: Record<string, string | number>, contractEnd?: string) =>
      resultFor({ answers: { ...scopeCreep, ...answers }, fields: contractEnd ? { contractEnd } : {}, today: '2026-11-26' }).checklist.find(
        (i) => i.label.startsWith('Préparer la transmission'),
      );
    // A month from Thursday 26 November: Saturday 26 December, so Thursday 24 (25 is Christmas); a week before, Thursday 17.
    expect(handover({ 'contrat-signe': 'avec-clause', preavis: 'un-mois' })?.date).toBe('2026-12-17');
    expect(handover({ 'contrat-signe': 'avec-clause', preavis: 'deux-semaines' })?.date).toBe('2026-12-03');
    // A fixed-term contract ending Wednesday 2 December: a week before is already past.
    expect(handover({ 'contrat-signe': 'duree-determinee' }, '2026-12-02')).toBeUndefined();
    // Its end date not given: the handover waits, undated, with the last day.
    expect(handover({ 'contrat-signe': 'duree-determinee' })).toMatchObject({ date: undefined });
  });
});

describe('src/lib/quiz/plan.ts', () => {
  test('chooses, dates and fills, and writes no sentence: no string of more than three words', () => {
    const code = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'lib', 'quiz', 'plan.ts'), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    const strings = code.match(/'[^'\n]*'|"[^"\n]*"|`[^`]*`/g) ?? [];
    expect(strings.filter((s) => s.trim().split(/\s+/).length > 3)).toEqual([]);
  });
});
