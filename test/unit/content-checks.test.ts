import { describe, expect, test } from 'vitest';
import { checkGuide, formatProblems, type GuideEntries } from '../../src/lib/content-checks';

const page = { sources: ['src-a'], legal: [] as string[] };

function guide(overrides: Partial<GuideEntries> = {}): GuideEntries {
  return {
    signs: [
      {
        id: 'paie-en-retard',
        file: 'content/signes/paie-en-retard.mdx',
        data: { ...page, title: 'Retards', family: 'argent', order: 1, script: 'impayes', related: ['ne-paie-pas'] },
      },
      {
        id: 'ne-paie-pas',
        file: 'content/signes/ne-paie-pas.mdx',
        data: { ...page, title: 'Impayés', family: 'argent', order: 2, script: 'impayes', related: [] },
      },
    ],
    scripts: [
      {
        id: 'impayes',
        file: 'content/scripts/impayes.mdx',
        data: {
          ...page,
          title: 'Script',
          conversation: [{ say: 'Bonjour [Prénom du client].' }],
          letter: { subject: 'Objet', body: 'Montant : [Montant dû]' },
        },
      },
    ],
    steps: [{ id: 'decider', file: 'content/etapes/01-decider.mdx', data: { ...page, title: 'Décider', order: 1, scripts: ['impayes'] } }],
    sourceIds: ['src-a'],
    legalIds: ['indemnite'],
    ...overrides,
  };
}

describe('checkGuide', () => {
  test('accepts a guide whose references all resolve', () => {
    expect(checkGuide(guide())).toEqual([]);
  });

  test('names the file and the field of a related sign that does not exist', () => {
    const g = guide();
    g.signs[1]!.data.related = ['ne-paie-pas-du-tout'];
    expect(checkGuide(g)).toEqual([
      expect.objectContaining({
        file: 'content/signes/ne-paie-pas.mdx',
        field: 'related[0]',
        message: expect.stringContaining('ne-paie-pas-du-tout'),
      }),
    ]);
  });

  test('rejects a sign related to itself', () => {
    const g = guide();
    g.signs[0]!.data.related = ['paie-en-retard'];
    expect(checkGuide(g)).toEqual([expect.objectContaining({ field: 'related[0]', message: expect.stringContaining('lui-même') })]);
  });

  test('rejects unknown scripts, sources and legal facts wherever they are cited', () => {
    const g = guide();
    g.signs[0]!.data.script = 'inconnu';
    g.steps[0]!.data.scripts = ['absent'];
    g.scripts[0]!.data.sources = ['src-a', 'src-z'];
    g.steps[0]!.data.legal = ['loi-imaginaire'];
    const fields = checkGuide(g).map((p) => `${p.file} ${p.field}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'content/signes/paie-en-retard.mdx script[0]',
        'content/etapes/01-decider.mdx scripts[0]',
        'content/scripts/impayes.mdx sources[1]',
        'content/etapes/01-decider.mdx legal[0]',
      ]),
    );
    expect(fields).toHaveLength(4);
  });

  test('rejects a blank in a script that the self-assessment cannot fill', () => {
    const g = guide();
    g.scripts[0]!.data.letter.body = 'Cher [Nom du client]';
    expect(checkGuide(g)).toEqual([expect.objectContaining({ field: 'letter.body', message: expect.stringContaining('[Nom du client]') })]);
  });

  test('rejects two step files that would publish the same anchor', () => {
    const g = guide({
      fileIds: [
        { collection: 'etapes', id: 'tenir-bon', file: 'content/etapes/07-tenir-bon.mdx' },
        { collection: 'etapes', id: 'tenir-bon', file: 'content/etapes/08-tenir-bon.mdx' },
      ],
    });
    expect(checkGuide(g)).toEqual([expect.objectContaining({ file: 'content/etapes/08-tenir-bon.mdx', field: 'slug (nom du fichier)' })]);
  });

  test('rejects duplicate titles and duplicate orders', () => {
    const g = guide();
    g.signs[1]!.data.title = 'Retards';
    g.signs[1]!.data.order = 1;
    expect(
      checkGuide(g)
        .map((p) => p.field)
        .sort(),
    ).toEqual(['order', 'title']);
  });

  test('formats one line per problem, file first', () => {
    const text = formatProblems([{ file: 'content/signes/x.mdx', field: 'related[2]', message: 'inconnu' }]);
    expect(text).toContain('content/signes/x.mdx → related[2] : inconnu');
  });
});
