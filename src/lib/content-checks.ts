import { LINK_SECTIONS, parseLink, SCRIPT_ROLES, type LinkKind } from './links';
import type { Path } from './words/vocabulary';
import { checkPlanWords, checkScriptWords, checkSharedWords, type PlanWords, type ScriptWords, type SharedWords } from './words/checks';

/** The shape every collection entry has once loaded: enough to check it and to name its file. */
export interface Entry<D> {
  id: string;
  /** Path of the source file relative to the project, for messages. */
  file: string;
  data: D;
}

interface PageData {
  title: string;
  sources: string[];
  legal: string[];
}
interface SignLike extends PageData {
  family: string;
  dealBreaker: boolean;
  order: number;
  script: string;
  related: string[];
  home?: { also: string } | undefined;
}
type ScriptLike = PageData & ScriptWords;
interface StepLike extends PageData {
  order: number;
  scripts: string[];
}
/** A rung of the recovery ladder has the same references as an exit step. */
type RungLike = StepLike;
/** The plan's words, and the link of each note and task. */
interface PlanLike extends PlanWords {
  notes: (PlanWords['notes'][number] & { link: { to: string } })[];
  checklist: Record<Path, (PlanWords['checklist'][Path][number] & { link: string })[]>;
}

export interface GuideEntries {
  signs: Entry<SignLike>[];
  scripts: Entry<ScriptLike>[];
  steps: Entry<StepLike>[];
  /** The recovery ladder (content/recouvrement/). */
  rungs: Entry<RungLike>[];
  sourceIds: string[];
  legalIds: string[];
  /** content/courriers.yaml: the shared letters and paragraphs. */
  letters: Entry<SharedWords & { layout: { registered: string; placeDate: string } }>;
  /** content/plan.yaml: the self-assessment's notes and dated checklist, with their links. */
  plan: Entry<PlanLike>;
  /** Ids as derived from file names, before the loader merges duplicates. */
  fileIds?: { collection: string; id: string; file: string }[];
}

/** One problem, located precisely enough to fix without searching. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

const list = (ids: Iterable<string>) => [...ids].sort().join(', ');

function checkRefs(problems: ContentProblem[], file: string, field: string, refs: string[], known: Set<string>, kind: string) {
  refs.forEach((ref, i) => {
    if (!known.has(ref)) {
      problems.push({ file, field: `${field}[${i}]`, message: `« ${ref} » n'est pas ${kind} connu (connus : ${list(known)})` });
    }
  });
}

function checkUnique<T>(problems: ContentProblem[], entries: Entry<T>[], field: string, key: (e: Entry<T>) => string) {
  const seen = new Map<string, string>();
  for (const entry of entries) {
    const value = key(entry);
    const first = seen.get(value);
    if (first) problems.push({ file: entry.file, field, message: `« ${value} » est déjà utilisé par ${first}` });
    else seen.set(value, entry.file);
  }
}

const LINK_TARGETS: Record<LinkKind, string> = { etape: 'une étape connue', signe: 'un signe connu', script: 'un script connu' };

/**
 * Where a link written in content leads: a page of the guide (a step's id is its file name, so a
 * renamed step fails here), and, after `#`, a section that page has. `script:limite` needs a
 * boundary script (kind limite), whatever its id.
 */
function checkLink(
  problems: ContentProblem[],
  file: string,
  field: string,
  to: string,
  known: Record<LinkKind, Set<string>>,
  boundary: boolean,
) {
  const link = parseLink(to);
  if (!link) {
    problems.push({ file, field, message: `« ${to} » n'est pas un lien etape:, signe: ou script:` });
    return;
  }
  const exists = link.kind === 'script' && link.id in SCRIPT_ROLES ? boundary : known[link.kind].has(link.id);
  if (!exists) problems.push({ file, field, message: `« ${to} » n'est pas ${LINK_TARGETS[link.kind]}` });
  else if (link.section !== undefined && !LINK_SECTIONS[link.kind].includes(link.section)) {
    const sections = LINK_SECTIONS[link.kind];
    problems.push({
      file,
      field,
      message:
        sections.length > 0
          ? `« ${to} » : « #${link.section} » n'est pas une section de la page (connues : ${sections.join(', ')})`
          : `« ${to} » : une étape n'a pas de section fixe, liez la page sans « #${link.section} »`,
    });
  }
}

/**
 * Checks what a schema alone cannot: that every reference between collections resolves,
 * that ids, titles and orders are unique, and that scripts only use blanks the quiz can fill.
 */
export function checkGuide(guide: GuideEntries): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const signIds = new Set(guide.signs.map((s) => s.id));
  const scriptIds = new Set(guide.scripts.map((s) => s.id));
  const sourceIds = new Set(guide.sourceIds);
  const legalIds = new Set(guide.legalIds);

  const pages: Entry<PageData>[] = [...guide.signs, ...guide.scripts, ...guide.steps, ...guide.rungs];
  for (const page of pages) {
    checkRefs(problems, page.file, 'sources', page.data.sources, sourceIds, 'un article source');
    checkRefs(problems, page.file, 'legal', page.data.legal, legalIds, 'un fait juridique');
  }

  for (const sign of guide.signs) {
    checkRefs(problems, sign.file, 'script', [sign.data.script], scriptIds, 'un script');
    checkRefs(problems, sign.file, 'related', sign.data.related, signIds, 'un signe');
    if (sign.data.home) checkRefs(problems, sign.file, 'home.also', [sign.data.home.also], signIds, 'un signe');
    sign.data.related.forEach((ref, i) => {
      if (ref === sign.id) problems.push({ file: sign.file, field: `related[${i}]`, message: 'un signe ne peut pas être lié à lui-même' });
    });
  }

  for (const page of [...guide.steps, ...guide.rungs]) checkRefs(problems, page.file, 'scripts', page.data.scripts, scriptIds, 'un script');

  const shared = guide.letters;
  for (const p of checkSharedWords(shared.data, [shared.data.layout.registered, shared.data.layout.placeDate]))
    problems.push({ file: shared.file, ...p });
  for (const script of guide.scripts) {
    for (const p of checkScriptWords(script.data, shared.data, [...signIds])) problems.push({ file: script.file, ...p });
  }

  const plan = guide.plan;
  for (const p of checkPlanWords(plan.data, [...signIds])) problems.push({ file: plan.file, ...p });
  const known = { etape: new Set(guide.steps.map((s) => s.id)), signe: signIds, script: scriptIds };
  const boundary = guide.scripts.some((s) => s.data.kind === 'limite');
  plan.data.notes.forEach((note, i) => checkLink(problems, plan.file, `notes[${i}].link.to`, note.link.to, known, boundary));
  for (const [path, tasks] of Object.entries(plan.data.checklist))
    tasks.forEach((task, i) => checkLink(problems, plan.file, `checklist.${path}[${i}].link`, task.link, known, boundary));
  for (const sign of guide.signs) {
    const script = guide.scripts.find((s) => s.id === sign.data.script);
    if (script && script.data.kind !== 'sortie')
      problems.push({
        file: sign.file,
        field: 'script',
        message: `« ${script.id} » n'est pas un script de sortie (kind: ${script.data.kind})`,
      });
    if (script && sign.data.dealBreaker && !script.data.clientAtFault)
      problems.push({
        file: sign.file,
        field: 'script',
        message: `un signe rédhibitoire mène à un script pour client en faute (clientAtFault: true)`,
      });
  }

  checkUnique(problems, pages, 'title', (e) => e.data.title);
  checkUnique(problems, guide.steps, 'order', (e) => String(e.data.order));
  checkUnique(problems, guide.rungs, 'order', (e) => String(e.data.order));
  checkUnique(problems, guide.signs, 'order', (e) => `${e.data.family} n° ${e.data.order}`);
  for (const collection of new Set((guide.fileIds ?? []).map((f) => f.collection))) {
    const files = (guide.fileIds ?? []).filter((f) => f.collection === collection);
    checkUnique(
      problems,
      files.map((f) => ({ id: f.id, file: f.file, data: f })),
      'slug (nom du fichier)',
      (e) => `${collection}/${e.id}`,
    );
  }
  return problems;
}

/** One readable block for the build log: each problem on its own line, file first. */
export function formatProblems(problems: ContentProblem[]): string {
  return [
    `Le contenu du guide contient ${problems.length} erreur(s) :`,
    ...problems.map((p) => `  ${p.file} → ${p.field} : ${p.message}`),
  ].join('\n');
}
