import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkGuide } from '../../src/lib/content-checks';
import { signSchema } from '../../src/schemas/sign';
import { scriptSchema } from '../../src/schemas/script';
import { stepSchema } from '../../src/schemas/step';
import { sourceSchema } from '../../src/schemas/source';
import { legalSchema } from '../../src/schemas/legal';
import { contentDir, readMdxCollection, readStepCollection, readYamlCollection, validate } from '../support/content';
import { letters } from '../support/quiz';

const signs = validate(signSchema, readMdxCollection(join(contentDir, 'signes')));
const scripts = validate(scriptSchema, readMdxCollection(join(contentDir, 'scripts')));
const steps = validate(stepSchema, readStepCollection(join(contentDir, 'etapes')));
const sources = validate(sourceSchema, readYamlCollection(join(contentDir, 'sources.yaml')));
const legal = validate(legalSchema, readYamlCollection(join(contentDir, 'droit.yaml')));

describe('the guide as written in content/', () => {
  test('passes every cross-check', () => {
    expect(
      checkGuide({
        signs,
        scripts,
        steps,
        sourceIds: sources.map((s) => s.id),
        legalIds: legal.map((l) => l.id),
        letters: { id: 'courriers', file: 'content/courriers.yaml', data: letters },
      }),
    ).toEqual([]);
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

  test('cites all five source articles somewhere, and every legal fact at least once', () => {
    const pages = [...signs, ...scripts, ...steps];
    expect(new Set(pages.flatMap((p) => p.data.sources))).toEqual(new Set(sources.map((s) => s.id)));
    expect(new Set(pages.flatMap((p) => p.data.legal))).toEqual(new Set(legal.map((l) => l.id)));
  });

  test('keeps sign and script bodies under the layout’s own ## sections, and steps under their page title', () => {
    for (const entry of [...signs, ...scripts]) expect(entry.body, entry.file).not.toMatch(/^#{1,2} /m);
    for (const entry of steps) expect(entry.body, entry.file).not.toMatch(/^# |^### /m);
  });
});
