import { describe, expect, test } from 'vitest';
import { checkGuide, formatProblems, type GuideEntries } from '../../src/lib/content-checks';
import { stepIdFromFileName } from '../../src/lib/content-files';
import type { ScriptWords } from '../../src/lib/words/checks';

const page = { sources: ['src-a'], legal: [] as string[] };

/** A minimal exit script that passes every composition check. */
const exitScript = (): ScriptWords => ({
  kind: 'sortie',
  clientAtFault: false,
  urgent: false,
  conversation: [
    { role: 'ouverture', step: 'Ouvrir', say: 'Bonjour [Prénom du client].' },
    { role: 'annonce', step: 'Annoncer', say: '{Mon|Notre} dernier jour sera le [Date du dernier jour].' },
  ],
  letter: {
    subject: 'Fin de notre collaboration',
    blocks: [
      { role: 'salutation', text: 'Bonjour [Prénom du client],' },
      {
        role: 'annonce',
        text: [
          { when: ['terme'], text: 'Le contrat finit le [Date du dernier jour].' },
          { text: 'Préavis de [Durée du préavis] : fin le [Date du dernier jour].' },
        ],
      },
      { role: 'argent', use: 'impayes' },
      { role: 'signature', text: '[Votre prénom]' },
    ],
  },
});

const shared = {
  id: 'courriers',
  file: 'content/courriers.yaml',
  data: {
    layout: { registered: 'Lettre recommandée', placeDate: 'À [Ville], le [Date du courrier]' },
    blocks: { impayes: [{ when: ['impayes'], text: 'Dues :\n[Factures impayées]' }, { text: '' }] },
    recouvrement: {},
    miseEnDemeure: {
      subject: 'Mise en demeure',
      blocks: [
        { role: 'salutation' as const, text: 'Madame, Monsieur,' },
        { role: 'annonce' as const, text: 'Je vous mets en demeure de [Ce qui est exigé] Délai : [Date limite].' },
        { role: 'signature' as const, text: '[Votre prénom]' },
      ],
    },
    resiliation: {
      subject: 'Résiliation',
      blocks: [
        { role: 'salutation' as const, text: 'Madame, Monsieur,' },
        { role: 'annonce' as const, text: 'Fin le [Date du dernier jour].' },
        { role: 'signature' as const, text: '[Votre prénom]' },
      ],
    },
  },
};

/** A plan whose words and links all resolve in the guide below. */
const plan = (): GuideEntries['plan'] => ({
  id: 'plan',
  file: 'content/plan.yaml',
  data: {
    shared: { finDeplacee: [{ when: ['finUnWeekEnd'], text: 'La fin, le [Date de fin prévue], tombe un week-end.' }, { text: '' }] },
    notes: [
      {
        id: 'montant-du',
        when: ['impayes'],
        text: 'Il vous doit [Montant dû] et une indemnité de [Indemnité forfaitaire].',
        link: { to: 'signe:ne-paie-pas#l-essentiel' },
      },
      {
        id: 'preavis',
        when: ['preavis', 'raison:paie-en-retard'],
        sentences: [{ text: 'Préavis : [Durée du préavis].' }, { use: 'finDeplacee' }],
        link: { to: 'etape:decider' },
      },
    ],
    checklist: {
      recadrer: [{ when: [], label: 'Poser la limite', link: 'script:impayes#la-version-ecrite' }],
      miseEnDemeure: [{ when: [], label: 'Envoyer la mise en demeure', link: 'etape:decider' }],
      preavis: [{ when: ['aFacturer'], label: 'Facturer', link: 'etape:decider' }],
      immediat: [{ when: [], label: 'Archiver', link: 'etape:decider' }],
    },
  },
});

function guide(overrides: Partial<GuideEntries> = {}): GuideEntries {
  return {
    signs: [
      {
        id: 'paie-en-retard',
        file: 'content/signes/paie-en-retard.mdx',
        data: { ...page, title: 'Retards', family: 'argent', order: 1, script: 'impayes', related: ['ne-paie-pas'], dealBreaker: false },
      },
      {
        id: 'ne-paie-pas',
        file: 'content/signes/ne-paie-pas.mdx',
        data: { ...page, title: 'Impayés', family: 'argent', order: 2, script: 'impayes', related: [], dealBreaker: false },
      },
    ],
    scripts: [
      {
        id: 'impayes',
        file: 'content/scripts/impayes.mdx',
        data: { ...page, title: 'Script', ...exitScript() },
      },
    ],
    steps: [{ id: 'decider', file: 'content/etapes/01-decider.mdx', data: { ...page, title: 'Décider', order: 1, scripts: ['impayes'] } }],
    rungs: [
      { id: 'relances', file: 'content/recouvrement/01-relances.mdx', data: { ...page, title: 'Les relances', order: 1, scripts: [] } },
      {
        id: 'mise-en-demeure',
        file: 'content/recouvrement/02-mise-en-demeure.mdx',
        data: { ...page, title: 'La mise en demeure', order: 2, scripts: ['impayes'] },
      },
    ],
    sourceIds: ['src-a'],
    legalIds: ['indemnite'],
    letters: shared,
    plan: plan(),
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

  test('rejects unknown sources, legal facts and scripts on a rung of the recovery ladder, naming its file and field', () => {
    const g = guide();
    g.rungs[1]!.data.sources = ['src-a', 'article-fantome'];
    g.rungs[1]!.data.legal = ['indemnite', 'loi-imaginaire'];
    g.rungs[0]!.data.scripts = ['relance-inconnue'];
    expect(checkGuide(g)).toEqual([
      expect.objectContaining({
        file: 'content/recouvrement/02-mise-en-demeure.mdx',
        field: 'sources[1]',
        message: expect.stringContaining("« article-fantome » n'est pas un article source connu"),
      }),
      expect.objectContaining({
        file: 'content/recouvrement/02-mise-en-demeure.mdx',
        field: 'legal[1]',
        message: expect.stringContaining("« loi-imaginaire » n'est pas un fait juridique connu"),
      }),
      expect.objectContaining({
        file: 'content/recouvrement/01-relances.mdx',
        field: 'scripts[0]',
        message: expect.stringContaining("« relance-inconnue » n'est pas un script connu"),
      }),
    ]);
  });

  test('rejects two rungs at the same place on the ladder, or with the title of another page', () => {
    const g = guide();
    g.rungs[1]!.data.order = 1;
    g.rungs[1]!.data.title = 'Décider';
    expect(checkGuide(g)).toEqual([
      expect.objectContaining({ file: 'content/recouvrement/02-mise-en-demeure.mdx', field: 'title' }),
      expect.objectContaining({ file: 'content/recouvrement/02-mise-en-demeure.mdx', field: 'order' }),
    ]);
  });

  test('rejects two rung files that would publish the same URL', () => {
    const g = guide({
      fileIds: [
        { collection: 'recouvrement', id: 'relances', file: 'content/recouvrement/01-relances.mdx' },
        { collection: 'recouvrement', id: 'relances', file: 'content/recouvrement/02-relances.mdx' },
        { collection: 'etapes', id: 'relances', file: 'content/etapes/01-relances.mdx' },
      ],
    });
    expect(checkGuide(g)).toEqual([
      expect.objectContaining({ file: 'content/recouvrement/02-relances.mdx', field: 'slug (nom du fichier)' }),
    ]);
  });

  test('rejects a blank in a script that the self-assessment cannot fill', () => {
    const g = guide();
    g.scripts[0]!.data.letter.blocks[0] = { role: 'salutation', text: 'Cher [Nom du client]' };
    expect(checkGuide(g)).toEqual([
      expect.objectContaining({ field: 'letter.blocks[0].text', message: expect.stringContaining('[Nom du client]') }),
    ]);
  });

  test('rejects an exit whose announcement can disappear, naming the situation', () => {
    const g = guide();
    g.scripts[0]!.data.conversation[1] = {
      role: 'annonce',
      step: 'Annoncer',
      say: [{ when: ['projet'], text: 'Fin le [Date du dernier jour].' }, { text: '' }],
    };
    expect(checkGuide(g)).toContainEqual(
      expect.objectContaining({
        file: 'content/scripts/impayes.mdx',
        field: 'conversation',
        message: expect.stringMatching(/aucun texte de rôle « annonce » \(situation : preavis(?!.*projet)/),
      }),
    );
  });

  test('rejects an announcement that does not say when the work ends', () => {
    const g = guide();
    g.scripts[0]!.data.letter.blocks[1] = { role: 'annonce', text: 'Je mets fin à notre collaboration.' };
    expect(checkGuide(g)).toContainEqual(
      expect.objectContaining({ field: 'letter', message: expect.stringContaining('ne donne pas la date [Date du dernier jour]') }),
    );
  });

  test('rejects a blank the composer has no value for in some situation', () => {
    const g = guide();
    g.scripts[0]!.data.letter.blocks[1] = { role: 'annonce', text: 'Préavis de [Durée du préavis], fin le [Date du dernier jour].' };
    expect(checkGuide(g)).toContainEqual(
      expect.objectContaining({
        field: 'letter.blocks[1]',
        message: expect.stringMatching(/\[Durée du préavis\] n'a pas de valeur \(situation : .*terme/),
      }),
    );
  });

  test('rejects thanks and referrals for a client at fault, and a deal-breaker sign without such a script', () => {
    const g = guide();
    g.signs[1]!.data.dealBreaker = true;
    expect(checkGuide(g)).toContainEqual(expect.objectContaining({ file: 'content/signes/ne-paie-pas.mdx', field: 'script' }));
    g.scripts[0]!.data.clientAtFault = true;
    g.scripts[0]!.data.demand = 'payer.';
    g.scripts[0]!.data.conversation.push({ role: 'remerciement', step: 'Remercier', say: 'Merci pour tout.' });
    expect(checkGuide(g)).toContainEqual(
      expect.objectContaining({ field: 'clientAtFault', message: expect.stringContaining('remerciement') }),
    );
  });

  test('rejects unknown conditions, unpaired voice braces and unknown shared paragraphs', () => {
    const g = guide();
    g.scripts[0]!.data.conversation[0] = {
      role: 'ouverture',
      step: 'Ouvrir',
      say: [{ when: ['projetEnCours'], text: 'Bonjour {je|nous' }, { text: 'Bonjour.' }],
    };
    g.scripts[0]!.data.letter.blocks[2] = { role: 'argent', use: 'inconnu' };
    const messages = checkGuide(g).map((p) => `${p.field} ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('conversation[0].say la condition « projetEnCours » est inconnue'),
        expect.stringContaining('conversation[0].say accolade'),
        expect.stringContaining('letter.blocks[2].use « inconnu »'),
      ]),
    );
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

  test('names the file and the field of a plan link to a step that does not exist', () => {
    const g = guide();
    g.plan.data.notes[1]!.link.to = 'etape:decide';
    expect(formatProblems(checkGuide(g))).toContain("content/plan.yaml → notes[1].link.to : « etape:decide » n'est pas une étape connue");
  });

  test('fails on every plan link to a step whose file is renamed, since a step is named by its file', () => {
    const g = guide();
    g.steps[0]!.id = stepIdFromFileName('01-decider-sereinement.mdx');
    expect(checkGuide(g).map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/plan.yaml notes[1].link.to',
      'content/plan.yaml checklist.miseEnDemeure[0].link',
      'content/plan.yaml checklist.preavis[0].link',
      'content/plan.yaml checklist.immediat[0].link',
    ]);
  });

  test('rejects plan links to an unknown sign or script, and to a section their page does not have', () => {
    const g = guide();
    g.plan.data.notes[0]!.link.to = 'signe:ne-paie-plus';
    g.plan.data.checklist.recadrer[0]!.link = 'script:impayes#la-version-orale';
    g.plan.data.checklist.immediat[0]!.link = 'script:archiver';
    g.plan.data.checklist.preavis[0]!.link = 'etape:decider#pourquoi';
    expect(checkGuide(g)).toEqual([
      expect.objectContaining({ field: 'notes[0].link.to', message: "« signe:ne-paie-plus » n'est pas un signe connu" }),
      expect.objectContaining({
        field: 'checklist.recadrer[0].link',
        message: expect.stringContaining("« #la-version-orale » n'est pas une section de la page (connues : avant-de-commencer,"),
      }),
      expect.objectContaining({
        field: 'checklist.preavis[0].link',
        message: expect.stringContaining("une étape n'a pas de section fixe"),
      }),
      expect.objectContaining({ field: 'checklist.immediat[0].link', message: "« script:archiver » n'est pas un script connu" }),
    ]);
  });

  test('takes script:limite for the boundary script whatever its id, and rejects it when the guide has none', () => {
    const g = guide();
    g.plan.data.checklist.recadrer[0]!.link = 'script:limite';
    expect(checkGuide(g)).toEqual([
      expect.objectContaining({ field: 'checklist.recadrer[0].link', message: "« script:limite » n'est pas un script connu" }),
    ]);
    g.scripts.push({
      id: 'poser-une-limite',
      file: 'content/scripts/poser-une-limite.mdx',
      data: { ...g.scripts[0]!.data, title: 'Limite', kind: 'limite' },
    });
    expect(checkGuide(g).filter((p) => p.file === 'content/plan.yaml')).toEqual([]);
  });

  test('rejects unknown conditions and blanks, unpaired braces and missing shared sentences in the plan', () => {
    const g = guide();
    g.plan.data.notes[0]!.when = ['impayes', 'raison:paie-tard', '!grandClient'];
    g.plan.data.notes[0]!.text = 'Il vous doit [Montant dû] {je|nous et [Prénom du client].';
    g.plan.data.notes[1]!.sentences![1] = { use: 'dateDeplacee' };
    g.plan.data.checklist.preavis[0]!.label = 'Facturer [Montant dû]';
    expect(checkGuide(g).map((p) => `${p.field} ${p.message}`)).toEqual([
      expect.stringContaining('notes[0].when la condition « raison:paie-tard » est inconnue'),
      expect.stringContaining('notes[0].when la condition « grandClient » est inconnue'),
      expect.stringContaining('notes[0].text accolade'),
      expect.stringContaining("notes[0].text le blanc [Prénom du client] n'a pas de valeur dans le plan"),
      expect.stringContaining("notes[1].sentences[1].use « dateDeplacee » n'est pas une phrase de « shared »"),
      expect.stringContaining('checklist.preavis[0].label le blanc [Montant dû] resterait visible'),
    ]);
  });

  test('formats one line per problem, file first', () => {
    const text = formatProblems([{ file: 'content/signes/x.mdx', field: 'related[2]', message: 'inconnu' }]);
    expect(text).toContain('content/signes/x.mdx → related[2] : inconnu');
  });
});
