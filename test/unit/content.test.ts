import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkGuide } from '../../src/lib/content-checks';
import { signSchema } from '../../src/schemas/sign';
import { scriptSchema } from '../../src/schemas/script';
import { stepSchema } from '../../src/schemas/step';
import { rungSchema } from '../../src/schemas/rung';
import { sourceSchema } from '../../src/schemas/source';
import { legalSchema } from '../../src/schemas/legal';
import { toAnchor } from '../../src/lib/anchors';
import { stepIdFromFileName } from '../../src/lib/content-files';
import { RUNG_SECTIONS } from '../../src/lib/sections';
import { contentDir, readMdxCollection, readStepCollection, readYamlCollection, validate } from '../support/content';
import { letters, plan } from '../support/quiz';

const signs = validate(signSchema, readMdxCollection(join(contentDir, 'signes')));
const scripts = validate(scriptSchema, readMdxCollection(join(contentDir, 'scripts')));
const steps = validate(stepSchema, readStepCollection(join(contentDir, 'etapes')));
const rungs = validate(rungSchema, readStepCollection(join(contentDir, 'recouvrement')));
const sources = validate(sourceSchema, readYamlCollection(join(contentDir, 'sources.yaml')));
const legal = validate(legalSchema, readYamlCollection(join(contentDir, 'droit.yaml')));

const entries = (stepList = steps) => ({
  signs,
  scripts,
  steps: stepList,
  rungs,
  sourceIds: sources.map((s) => s.id),
  legalIds: legal.map((l) => l.id),
  letters: { id: 'courriers', file: 'content/courriers.yaml', data: letters },
  plan: { id: 'plan', file: 'content/plan.yaml', data: plan },
});

describe('the guide as written in content/', () => {
  test('passes every cross-check', () => {
    expect(checkGuide(entries())).toEqual([]);
  });

  test('fails the build, naming each link of content/plan.yaml, when a step file it links to is renamed', () => {
    const renamed = steps.map((s) =>
      s.id === 'donner-un-preavis' ? { ...s, id: stepIdFromFileName('05-donner-un-preavis-raisonnable.mdx') } : s,
    );
    const problems = checkGuide(entries(renamed));
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect(p.file).toBe('content/plan.yaml');
      expect(p.message).toBe("« etape:donner-un-preavis » n'est pas une étape connue");
    }
    expect(problems.map((p) => p.field)).toContain('notes[2].link.to');
  });

  test('covers every family with at least one sign, and all the signs the articles give', () => {
    expect(new Set(signs.map((s) => s.data.family))).toEqual(new Set(['argent', 'temps', 'comportement', 'ethique', 'adequation']));
    expect(signs.length).toBeGreaterThanOrEqual(15);
  });

  test('makes exactly the signs the articles treat as non-negotiable deal-breakers', () => {
    expect(
      signs
        .filter((s) => s.data.dealBreaker)
        .map((s) => s.id)
        .sort(),
    ).toEqual(['comportement-abusif', 'ment-ou-vous-fait-mentir', 'ne-paie-pas', 'pratiques-contraires-a-l-ethique']);
    for (const sign of signs.filter((s) => s.data.dealBreaker)) expect(sign.data.severity).toBe('grave');
  });

  test('has one boundary-setting script, offered on every sign that can still be fixed', () => {
    expect(scripts.filter((s) => s.data.kind === 'limite')).toHaveLength(1);
  });

  test('numbers the exit steps 1, 2, 3… with no gap', () => {
    expect(steps.map((s) => s.data.order).sort((a, b) => a - b)).toEqual(steps.map((_, i) => i + 1));
  });

  test('climbs the recovery ladder 1, 2, 3… in file order, from the reminder to the insolvent client', () => {
    expect(rungs.map((r) => r.data.order)).toEqual(rungs.map((_, i) => i + 1));
    expect(rungs.map((r) => r.file.replace(/^.*\//, '').slice(0, 2))).toEqual(rungs.map((_, i) => String(i + 1).padStart(2, '0')));
    expect(rungs[0]?.id).toBe('relances');
    expect(rungs.map((r) => r.id)).toEqual(expect.arrayContaining(['mise-en-demeure', 'injonction-de-payer', 'prescription']));
  });

  test('gives every rung its four facts and the words readers search with', () => {
    for (const rung of rungs) {
      for (const fact of [rung.data.whenToUse, rung.data.cost, rung.data.duration]) expect(fact.length, rung.file).toBeGreaterThan(20);
      expect(rung.data.prepare.length, rung.file).toBeGreaterThanOrEqual(2);
      expect(rung.data.searchTerms.length, rung.file).toBeGreaterThanOrEqual(4);
    }
  });

  test('cites current article numbers on the recovery ladder, never the pre-reform ones', () => {
    for (const rung of rungs) {
      const text = `${JSON.stringify(rung.data)} ${rung.body}`;
      expect(text, rung.file).not.toMatch(/L\.?\s?441-6\b|\barticles? (1139|1153)\b/);
    }
  });

  test('backs every article a rung cites with one of its legal facts, so the reader gets the official text', () => {
    const facts = new Map(legal.map((l) => [l.id, l.data.reference]));
    const missing: Record<string, string[]> = {};
    for (const rung of rungs) {
      const text = `${[rung.data.whenToUse, rung.data.cost, rung.data.duration, rung.data.summary, ...rung.data.prepare].join(' ')} ${rung.body}`;
      // « L441-10 », « R125-1 », « 750-1 », « 2026-96 », and the Code civil's bare numbers (« 1344 », « 1224 à 1226 »).
      const cited = new Set(text.match(/(?<![\w-])(?:[LRD]\d{3,4}(?:-\d+)+|\d{3,4}(?:-\d+)+|1[1-4]\d{2})(?![\w-])/g) ?? []);
      const references = rung.data.legal.map((id) => facts.get(id) ?? '').join(' ; ');
      const unbacked = [...cited].filter((article) => !new RegExp(`(?<![\\w-])${article}(?![\\w-])`).test(references));
      if (unbacked.length > 0) missing[rung.id] = unbacked;
    }
    // Fix: add to the rung's `legal` the fact of content/droit.yaml whose reference cites the text.
    expect(missing).toEqual({});
  });

  test('never tells the reader that limitation runs from the due date: the reference sheets do not say when it starts', () => {
    for (const rung of rungs) {
      const text = `${JSON.stringify(rung.data)} ${rung.body}`;
      expect(text, rung.file).not.toMatch(
        /(?:court|compte|part)\w* (?:à compter|à partir|dès le lendemain) de l[’']échéance[^.]*prescri|prescri[^.]*(?:à compter|à partir) de l[’']échéance/i,
      );
    }
  });

  test('states the prior amicable attempt as the reference sheet does, and that it never covers an injonction de payer (Cass. avis, 25 September 2025)', () => {
    const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    const attempt = rungs.find((r) => r.id === 'tentative-amiable');
    const text = plain(`${JSON.stringify(attempt?.data)} ${attempt?.body}`);
    for (const needed of [
      '5 000 €',
      'tribunal judiciaire',
      '/se-faire-payer/petites-creances/',
      'procédure participative',
      'trois mois',
      '25 septembre 2025',
    ])
      expect(text).toContain(needed);
    // A non-trader business client also goes to the tribunal judiciaire: the rung is not for private clients only.
    expect(attempt?.data.clients).toBe('tous');
    // The question was settled by the Cour de cassation: no page may still present it as open.
    for (const rung of rungs)
      expect(plain(`${JSON.stringify(rung.data)} ${rung.body}`), rung.file).not.toMatch(
        /ne tranche pas|posez la question au greffe|dans le doute, passer d[’']abord/i,
      );
  });

  test('says an unconfirmed figure is unconfirmed: the greffe fee of the injonction de payer', () => {
    const injunction = rungs.find((r) => r.id === 'injonction-de-payer');
    expect(injunction?.data.cost).toMatch(/environ 35 à 38\u00a0€/);
    expect(injunction?.data.cost).toMatch(/n’a pas pu être confirmé/);
  });

  test('cites all five source articles somewhere, and every legal fact at least once', () => {
    const pages = [...signs, ...scripts, ...steps, ...rungs];
    expect(new Set(pages.flatMap((p) => p.data.sources))).toEqual(new Set(sources.map((s) => s.id)));
    expect(new Set(pages.flatMap((p) => p.data.legal))).toEqual(new Set(legal.map((l) => l.id)));
  });

  test('keeps sign and script bodies under the layout’s own ## sections, and steps under their page title', () => {
    for (const entry of [...signs, ...scripts]) expect(entry.body, entry.file).not.toMatch(/^#{1,2} /m);
    for (const entry of steps) expect(entry.body, entry.file).not.toMatch(/^# |^### /m);
  });

  test('keeps rung bodies under the page title, without reusing an anchor of the fact box', () => {
    const fixed = new Set<string>(Object.values(RUNG_SECTIONS).map((s) => s.id));
    for (const rung of rungs) {
      expect(rung.body, rung.file).not.toMatch(/^# /m);
      const anchors = [...rung.body.matchAll(/^#{2,4} (.+)$/gm)].map((m) => toAnchor(m[1] ?? ''));
      expect(
        anchors.filter((a) => fixed.has(a)),
        rung.file,
      ).toEqual([]);
    }
  });
});
