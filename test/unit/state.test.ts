import { describe, expect, test } from 'vitest';
import { NO_MERGE_INFO } from '../../src/lib/tab-merge';
import { fromMergeable, mergeableState, storedForMerge } from '../../src/lib/quiz/tabs';
import {
  decodeShare,
  encodeShare,
  parseSavedState,
  questionnaireKey,
  resumePosition,
  serializeState,
  stateCodec,
  validateAnswers,
  type SavedState,
} from '../../src/lib/quiz/state';
import { answersWith, model } from '../support/quiz';

const answers = {
  ...answersWith({ retards: 'toujours', respect: 'parfois' }),
  anciennete: 'deux-a-cinq-ans',
  'contrat-signe': 'avec-clause',
  preavis: 'un-mois',
  montant: 1250.5,
};
const saved: SavedState = {
  answers,
  fields: { clientName: 'Zoé <b>&</b>', contractEnd: '2027-03-31' },
  invoices: [
    { number: 'F-1', amount: '1 200', due: '2026-10-01' },
    { number: '', amount: 'douze', due: '' },
  ],
  exitMode: 'immediat',
  position: 7,
  edits: { conversation: 'Bonjour', documents: [{ id: 'lettre', subject: 'Objet', body: 'Corps' }], basis: 'abc123' },
};
const codec = stateCodec(model);
const savedJson = () => JSON.parse(serializeState(model, saved)) as Record<string, unknown>;

/** A small deterministic generator, so a failing fuzz case can be replayed. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}
const ALPHABET = '01234567899abcz-._=r#{}[]":,\\ éàn\u0000\uffff';
const randomString = (next: () => number, max: number) =>
  Array.from({ length: Math.floor(next() * max) }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join('');

describe('saved state', () => {
  test('round-trips answers, letter fields, invoices as typed (even invalid), the way to leave, edits and position', () => {
    expect(parseSavedState(model, serializeState(model, saved))).toEqual({ ok: true, value: { ...saved, lost: [] } });
  });

  test('round-trips what another tab needs to merge with it, and reads a broken one as none', () => {
    const merge = { gen: [2, 'ab12'] as const, stamps: { '["edits","documents","lettre","body"]': [7, 'cd34'] as const } };
    expect(storedForMerge(codec, serializeState(model, saved, undefined, merge))).toEqual({ value: mergeableState(saved), info: merge });
    const broken = JSON.stringify({ ...savedJson(), merge: { gen: 'hier', stamps: [] } });
    expect(storedForMerge(codec, broken)?.info).toEqual(NO_MERGE_INFO);
    expect(storedForMerge(codec, '{"version":1,')).toBeUndefined();
  });

  test('keeps an edited letter whose subject alone was edited (its body shows as proposed), not one with neither', () => {
    const subjectOnly = { ...saved.edits!, documents: [{ id: 'lettre' as const, subject: 'Objet' }] };
    expect(parseSavedState(model, serializeState(model, { ...saved, edits: subjectOnly }))).toMatchObject({
      ok: true,
      value: { edits: subjectOnly, lost: [] },
    });
    const neither = JSON.stringify({ ...savedJson(), edits: { ...saved.edits, documents: [{ id: 'lettre' }] } });
    expect(parseSavedState(model, neither)).toMatchObject({ ok: true, value: { edits: undefined, lost: ['edits'] } });
  });

  test('goes to the shape two tabs merge and back unchanged; a row merged without all its cells starts them empty', () => {
    expect(fromMergeable(codec, mergeableState(saved))).toEqual(saved);
    const tree = mergeableState(saved) as Record<string, unknown>;
    expect(fromMergeable(codec, { ...tree, invoices: [{ number: 'F-9' }], edits: { documents: { lettre: { body: 'B' } } } })).toMatchObject(
      {
        invoices: [{ number: 'F-9', amount: '', due: '' }],
        edits: { basis: '', documents: [{ id: 'lettre', body: 'B' }] },
      },
    );
    expect(fromMergeable(codec, 'rien')).toBeUndefined();
  });

  test('keeps "Je ne sais pas" where the question offers it, and nowhere else', () => {
    const unsure = { ...answers, mensonges: 'inconnu' };
    expect(parseSavedState(model, serializeState(model, { ...saved, answers: unsure }))).toMatchObject({ ok: true });
    const misplaced = serializeState(model, { ...saved, answers: { ...answers, respect: 'inconnu' } });
    expect(parseSavedState(model, misplaced)).toEqual({ ok: false, reason: 'illisible' });
  });

  test('nothing saved is not an error', () => {
    expect(parseSavedState(model, null)).toBeUndefined();
  });

  test.each([
    ['not JSON', '{"version":1,'],
    ['not an object', '42'],
    ['an unknown question', serializeState(model, { ...saved, answers: { ...answers, inconnue: 'jamais' } })],
    ['an impossible answer', serializeState(model, { ...saved, answers: { ...answers, retards: 'tous les jours' } })],
    ['a negative amount', serializeState(model, { ...saved, answers: { ...answers, montant: -5 } })],
    ['no answers object', JSON.stringify({ ...savedJson(), answers: 'tout' })],
  ])('rejects %s as unreadable', (_what, raw) => {
    expect(parseSavedState(model, raw)).toEqual({ ok: false, reason: 'illisible' });
  });

  test.each([
    ['an unknown letter field', { fields: { evil: 'x' } }, { fields: {} }, ['fields']],
    ['an invoice that is not text', { invoices: [{ number: 1, amount: '1', due: '' }] }, { invoices: [] }, ['invoices']],
    ['edits of an older shape', { edits: { conversation: '', subject: '', body: '' } }, { edits: undefined }, ['edits']],
    [
      'an edit longer than storage keeps (25,000 characters)',
      { edits: { ...saved.edits, conversation: 'a'.repeat(25_000) } },
      { edits: undefined },
      ['edits'],
    ],
    ['an unknown way to leave', { exitMode: 'fuir' }, { exitMode: undefined }, []],
    ['a position that is not a screen', { position: -3 }, { position: 0 }, []],
  ])('keeps the answers and leaves out only %s, saying what was lost', (_what, change, expected, lost) => {
    const parsed = parseSavedState(model, JSON.stringify({ ...savedJson(), ...change }));
    expect(parsed).toEqual({ ok: true, value: { ...saved, ...expected, lost } });
  });

  test('rejects answers saved by another version of the questionnaire', () => {
    const old = JSON.stringify({ ...savedJson(), questionnaire: 'ancien' });
    expect(parseSavedState(model, old)).toEqual({ ok: false, reason: 'ancienne-version' });
    const future = JSON.stringify({ ...savedJson(), version: 3 });
    expect(parseSavedState(model, future)).toEqual({ ok: false, reason: 'ancienne-version' });
  });
});

describe('share link', () => {
  test('round-trips every answer, and never carries the letter fields', () => {
    const fragment = encodeShare(model, answers);
    expect(fragment).toMatch(/^r=2\.[0-9a-z]+\.[0-9a-z\-n]+\.[0-9._]*$/);
    expect(fragment).not.toContain('Zo');
    expect(decodeShare(model, `#${fragment}`)).toEqual({ ok: true, value: answers });
  });

  test('carries "Je ne sais pas" as its own code', () => {
    const unsure = { ...answers, rentabilite: 'inconnu' };
    expect(decodeShare(model, encodeShare(model, unsure))).toEqual({ ok: true, value: unsure });
  });

  test('a URL without a result fragment is not an error', () => {
    expect(decodeShare(model, '')).toBeUndefined();
    expect(decodeShare(model, '#contenu')).toBeUndefined();
  });

  test.each([
    ['truncated', (f: string) => f.slice(0, f.length - 12)],
    [
      'carrying an impossible code',
      (f: string) =>
        f
          .split('.')
          .map((part, i) => (i === 2 ? part.replace(/[0-9]/g, '9') : part))
          .join('.'),
    ],
    ['carrying a mangled amount', (f: string) => f.replace(/\.[0-9._]*$/, '.12e9')],
    ['made of garbage', () => 'r=%3Cscript%3E'],
  ])('rejects a link %s as unreadable', (_what, tamper) => {
    expect(decodeShare(model, tamper(encodeShare(model, answers)))).toEqual({ ok: false, reason: 'illisible' });
  });

  test('recognises a link made for another version of the questionnaire', () => {
    const fragment = encodeShare(model, answers).replace(questionnaireKey(model), 'zzzz');
    expect(decodeShare(model, fragment)).toEqual({ ok: false, reason: 'ancienne-version' });
  });
});

describe('fuzzing: no input ever throws', () => {
  test('parseSavedState on 5,000 random strings and JSON shapes', () => {
    const next = random(42);
    const base = JSON.parse(serializeState(model, saved)) as Record<string, unknown>;
    const keys = Object.keys(base);
    for (let i = 0; i < 5000; i++) {
      const raw =
        i % 2 === 0
          ? randomString(next, 80)
          : JSON.stringify({
              ...base,
              [keys[Math.floor(next() * keys.length)]!]: [null, 1, 'x', [], {}, { retards: 'toujours' }][Math.floor(next() * 6)],
            });
      const parsed = parseSavedState(model, raw);
      expect(parsed === undefined || typeof parsed.ok === 'boolean').toBe(true);
    }
  });

  test('decodeShare on 5,000 random fragments, and on every truncation of a real one', () => {
    const next = random(7);
    const real = encodeShare(model, answers);
    for (let i = 0; i < 5000; i++) decodeShare(model, `r=${randomString(next, 60)}`);
    for (let i = 0; i <= real.length; i++) {
      const parsed = decodeShare(model, real.slice(0, i));
      if (parsed?.ok) expect(validateAnswers(model, parsed.value)).toEqual(parsed.value);
    }
  });
});

describe('resuming', () => {
  test('a state with unanswered questions resumes on the first of them, never on a verdict about nothing', () => {
    expect(resumePosition(model, {}, 999)).toBe(0);
    const firstThree = Object.fromEntries(
      model.questions.slice(0, 3).map((q) => [q.id, q.kind === 'signe' ? 'jamais' : q.kind === 'choix' ? q.options[0]!.value : 0]),
    );
    expect(resumePosition(model, firstThree, 999)).toBe(3);
    expect(resumePosition(model, firstThree, 1)).toBe(1);
  });

  test('a complete state resumes where it was', () => {
    const all = Object.fromEntries(
      model.questions.map((q) => [q.id, q.kind === 'signe' ? 'jamais' : q.kind === 'choix' ? q.options[0]!.value : 0]),
    );
    expect(resumePosition(model, all, 999)).toBe(999);
  });
});
