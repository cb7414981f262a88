import { findPlaceholders, isKnownPlaceholder, PLACEHOLDERS, PLAN_PLACEHOLDERS, type PlaceholderKey } from '../placeholders';
import { renderConversation, renderLetter, renderText, resolveLetter, type LetterText, type LineText, type Situation } from './render';
import { allWordings, conditionsOf, voiceProblems, type Text } from './template';
import {
  AT_FAULT_FORBIDDEN,
  CONDITIONS,
  PLAN_CONDITIONS,
  NOTICE_SENT,
  RECOVERY,
  REQUIRED_ROLES,
  SIGN_CONDITION,
  TOP_SIGN_CONDITION,
  type Path,
  type Role,
} from './vocabulary';

/** One problem, located precisely enough to fix without searching. */
export interface WordsProblem {
  field: string;
  message: string;
}

/** What the checks need of a script. */
export interface ScriptWords {
  kind: keyof typeof REQUIRED_ROLES;
  clientAtFault: boolean;
  urgent: boolean;
  demand?: Text | undefined;
  conversation: LineText[];
  letter: { subject: Text; blocks: { role: Role; text?: Text | undefined; use?: string | undefined }[] };
}

/** The shared letters and paragraphs of content/courriers.yaml. */
type SharedLetter = { subject: Text; blocks: { role: Role; text?: Text | undefined; use?: string | undefined }[] };
export interface SharedWords {
  blocks: Record<string, Text>;
  recouvrement: Record<string, SharedLetter>;
  miseEnDemeure: { subject: Text; blocks: { role: Role; text?: Text | undefined; use?: string | undefined }[] };
  resiliation: { subject: Text; blocks: { role: Role; text?: Text | undefined; use?: string | undefined }[] };
}

/** Blanks the composer fills from the answers, and the situations in which it has a value for them. */
const COMPUTED: Partial<Record<PlaceholderKey, (path: Path, flags: ReadonlySet<string>) => boolean>> = {
  lastDay: (path) => path !== 'recadrer',
  notice: (path, flags) => path === 'preavis' && !flags.has('terme'),
  deadline: () => true,
  recheck: (path) => path === 'recadrer',
  amountDue: (_, flags) => flags.has('impayes'),
  invoices: (_, flags) => flags.has('impayes'),
  demand: (path) => path === 'miseEnDemeure',
  formalNoticeDate: (path, flags) => path === 'miseEnDemeure' || flags.has(NOTICE_SENT),
  // The calculator's figures, in the letters of the recovery ladder to a business client.
  penalties: (_, flags) => flags.has(RECOVERY) && !flags.has('particulier'),
  calculationDate: (_, flags) => flags.has(RECOVERY) && !flags.has('particulier'),
  totalClaimed: (_, flags) => flags.has(RECOVERY) && !flags.has('particulier'),
  referral: (_, flags) => flags.has('confrere'),
  referralContact: (_, flags) => flags.has('confrere'),
  // Deliverables are named only while a project is in progress: the words never invent one.
  deliverables: (_, flags) => flags.has('projet'),
  // The facts are asked only where the client's conduct is the breach.
  facts: (_, flags) => flags.has('conduite'),
  // The legal figures of content/taux.yaml: always known.
  indemnity: () => true,
  limitationProfessional: () => true,
  limitationConsumer: () => true,
};
const computedByBlank = new Map<string, (path: Path, flags: ReadonlySet<string>) => boolean>(
  (Object.entries(COMPUTED) as [PlaceholderKey, (path: Path, flags: ReadonlySet<string>) => boolean][]).map(([k, f]) => [
    PLACEHOLDERS[k],
    f,
  ]),
);

/** Blanks only the layout of a printed letter may use. */
const LAYOUT_ONLY = new Set<string>([PLACEHOLDERS.place, PLACEHOLDERS.letterDate, PLACEHOLDERS.yourAddress, PLACEHOLDERS.clientAddress]);

const BASE_FLAGS = ['equipe', 'particulier', 'projet', 'aFacturer', 'impayes', 'uneFacture', 'tente', 'confrere'] as const;

/**
 * Every combination of the flags, for one path (the fixed-term contract only matters with a
 * notice). `conduite` is the script's own: fixed for a script, both ways for shared letters.
 */
function* situations(path: Path, signIds: string[], conduite: boolean | undefined): Generator<Set<string>> {
  const names: string[] = [...BASE_FLAGS, ...(path === 'preavis' ? ['terme'] : []), ...(conduite === undefined ? ['conduite'] : [])];
  const fixed = conduite ? ['conduite'] : [];
  // A boundary is always about at least one sign: check each sign alone.
  const signSets = path === 'recadrer' ? signIds.map((id) => [`${SIGN_CONDITION}${id}`]) : [[]];
  for (let mask = 0; mask < 1 << names.length; mask++) {
    for (const signs of signSets) yield new Set([path, ...fixed, ...names.filter((_, i) => mask & (1 << i)), ...signs]);
  }
}

const describe = (flags: ReadonlySet<string>) => [...flags].join(', ');

/** Paths a script can be composed on. */
export function pathsOf(script: Pick<ScriptWords, 'kind' | 'clientAtFault' | 'urgent'>): Path[] {
  if (script.kind === 'limite') return ['recadrer'];
  if (script.kind === 'soutien' || !script.clientAtFault) return ['preavis'];
  // An urgent script belongs to a deal-breaker sign: its client is always left at once.
  return script.urgent ? ['miseEnDemeure', 'immediat'] : ['preavis', 'miseEnDemeure'];
}

/** Placeholders, `{je|nous}` pairs and condition names of every wording, wherever it could appear. */
function checkSyntax(problems: WordsProblem[], field: string, text: Text, signIds: ReadonlySet<string>, layout = false) {
  for (const wording of allWordings(text)) {
    for (const message of voiceProblems(wording)) problems.push({ field, message });
    for (const blank of findPlaceholders(wording)) {
      if (!isKnownPlaceholder(blank))
        problems.push({ field, message: `le blanc ${blank} n'est pas un champ connu (voir src/lib/placeholders.ts)` });
      else if (!layout && LAYOUT_ONLY.has(blank))
        problems.push({ field, message: `le blanc ${blank} est réservé à la mise en page du courrier` });
    }
  }
  for (const condition of conditionsOf(text)) {
    const known = condition.startsWith(SIGN_CONDITION) ? signIds.has(condition.slice(SIGN_CONDITION.length)) : condition in CONDITIONS;
    if (!known) problems.push({ field, message: `la condition « ${condition} » est inconnue (voir src/lib/words/vocabulary.ts)` });
  }
}

/** What must hold of the words in one situation: nothing required is empty, the end is dated, every blank can be filled. */
function checkRendered(
  problems: WordsProblem[],
  where: string,
  flags: ReadonlySet<string>,
  parts: { field: string; role: Role; text: string }[],
  required: readonly Role[],
  announce: string | undefined,
  path: Path,
) {
  const at = `(situation : ${describe(flags)})`;
  for (const role of required) {
    const said = parts.filter((p) => p.role === role && p.text !== '');
    if (said.length === 0) problems.push({ field: where, message: `aucun texte de rôle « ${role} » ${at}` });
    if (role === 'annonce' && announce && !said.some((p) => p.text.includes(announce)))
      problems.push({ field: where, message: `l'annonce ne donne pas la date ${announce} ${at}` });
  }
  for (const part of parts) {
    for (const blank of findPlaceholders(part.text)) {
      const available = computedByBlank.get(blank);
      if (available && !available(path, flags)) problems.push({ field: part.field, message: `le blanc ${blank} n'a pas de valeur ${at}` });
    }
  }
}

const probe = (flags: ReadonlySet<string>): Situation => ({ flags, values: new Map() });

/** The announcement each path must date. */
const ANNOUNCED: Record<Path, string | undefined> = {
  recadrer: undefined,
  preavis: PLACEHOLDERS.lastDay,
  immediat: PLACEHOLDERS.lastDay,
  miseEnDemeure: PLACEHOLDERS.deadline,
};

function checkLetterIn(
  problems: WordsProblem[],
  field: string,
  letter: LetterText,
  flags: ReadonlySet<string>,
  required: readonly Role[],
  announce: string | undefined,
  path: Path,
  noThanks: boolean,
) {
  const parts = letter.blocks.map((b, i) => ({ field: `${field}.blocks[${i}]`, role: b.role, text: renderText(b.text, probe(flags)) }));
  parts.push({ field: `${field}.subject`, role: 'ouverture', text: renderText(letter.subject, probe(flags)) });
  checkRendered(problems, field, flags, parts, required, announce, path);
  if (noThanks && parts.some((p) => /\bmerci\b|remerci/i.test(p.text)))
    problems.push({ field, message: `un client en faute n'est jamais remercié (situation : ${describe(flags)})` });
  if (renderLetter(letter, probe(flags)).subject === '')
    problems.push({ field: `${field}.subject`, message: `l'objet est vide (situation : ${describe(flags)})` });
}

/** Checks one script's words in every situation it can be composed in. */
export function checkScriptWords(script: ScriptWords, shared: SharedWords, signIdList: string[]): WordsProblem[] {
  const problems: WordsProblem[] = [];
  const signIds = new Set(signIdList);
  script.conversation.forEach((line, i) => checkSyntax(problems, `conversation[${i}].say`, line.say, signIds));
  checkSyntax(problems, 'letter.subject', script.letter.subject, signIds);
  script.letter.blocks.forEach((block, i) => {
    if (block.use !== undefined && !(block.use in shared.blocks))
      problems.push({
        field: `letter.blocks[${i}].use`,
        message: `« ${block.use} » n'est pas un paragraphe de content/courriers.yaml (connus : ${Object.keys(shared.blocks).join(', ')})`,
      });
    if (block.text) checkSyntax(problems, `letter.blocks[${i}].text`, block.text, signIds);
  });
  if (script.demand) checkSyntax(problems, 'demand', script.demand, signIds);
  if (problems.length > 0) return problems;

  if (script.clientAtFault) {
    if (!script.demand && script.kind === 'sortie')
      problems.push({ field: 'demand', message: 'un script pour un client en faute dit ce que la mise en demeure exige' });
    for (const role of AT_FAULT_FORBIDDEN) {
      if (script.conversation.some((l) => l.role === role) || script.letter.blocks.some((b) => b.role === role))
        problems.push({ field: 'clientAtFault', message: `un client en faute ne reçoit pas de texte de rôle « ${role} »` });
    }
  } else if (script.urgent) problems.push({ field: 'urgent', message: 'seul un client en faute peut justifier un départ sans délai' });

  const required = REQUIRED_ROLES[script.kind];
  const letter = resolveLetter(script.letter, shared.blocks);
  for (const path of pathsOf(script)) {
    for (const flags of situations(path, signIdList, script.urgent)) {
      if (problems.length > 20) return problems; // one mistake repeats in many situations: show the first ones
      const conversation = script.conversation.map((l, i) => ({
        field: `conversation[${i}].say`,
        role: l.role,
        text: renderText(l.say, probe(flags)),
      }));
      checkRendered(problems, 'conversation', flags, conversation, required.conversation, ANNOUNCED[path], path);
      if (script.clientAtFault && conversation.some((p) => /\bmerci\b|remerci/i.test(p.text)))
        problems.push({ field: 'conversation', message: `un client en faute n'est jamais remercié (situation : ${describe(flags)})` });
      if (renderConversation(script.conversation, probe(flags)).length < 2)
        problems.push({ field: 'conversation', message: `moins de deux temps dans la conversation (situation : ${describe(flags)})` });
      // After a mise en demeure, the shared letters are sent, not the script's own.
      if (path !== 'miseEnDemeure')
        checkLetterIn(problems, 'letter', letter, flags, required.letter, ANNOUNCED[path], path, script.clientAtFault);
      else if (script.demand) {
        const demand = renderText(script.demand, probe(flags));
        if (!/[.:\]]$/.test(demand))
          problems.push({
            field: 'demand',
            message: `doit finir par un point ou par la liste des factures (situation : ${describe(flags)})`,
          });
        for (const blank of findPlaceholders(demand)) {
          const available = computedByBlank.get(blank);
          if (available && !available(path, flags))
            problems.push({ field: 'demand', message: `le blanc ${blank} n'a pas de valeur (situation : ${describe(flags)})` });
        }
      }
    }
  }
  return problems;
}

/** Checks the shared letters and paragraphs of content/courriers.yaml. */
export function checkSharedWords(shared: SharedWords, layout: string[]): WordsProblem[] {
  const problems: WordsProblem[] = [];
  const none = new Set<string>();
  for (const [id, text] of Object.entries(shared.blocks)) checkSyntax(problems, `blocks.${id}`, text, none);
  for (const name of ['miseEnDemeure', 'resiliation'] as const) {
    const letter = shared[name];
    checkSyntax(problems, `${name}.subject`, letter.subject, none);
    letter.blocks.forEach((b, i) => b.text && checkSyntax(problems, `${name}.blocks[${i}].text`, b.text, none));
  }
  layout.forEach((text, i) => checkSyntax(problems, `layout[${i}]`, text, none, true));
  if (problems.length > 0) return problems;
  const announce = { miseEnDemeure: PLACEHOLDERS.deadline, resiliation: PLACEHOLDERS.lastDay };
  for (const name of ['miseEnDemeure', 'resiliation'] as const) {
    const letter = resolveLetter(shared[name], shared.blocks);
    for (const flags of situations('miseEnDemeure', [], undefined)) {
      if (problems.length > 20) return problems;
      checkLetterIn(problems, name, letter, flags, REQUIRED_ROLES.sortie.letter, announce[name], 'miseEnDemeure', true);
    }
  }
  // The recovery letters: every one asks for payment by a date, for a business or a private client, alone or in a team.
  for (const [name, raw] of Object.entries(shared.recouvrement)) {
    const field = `recouvrement.${name}`;
    checkSyntax(problems, `${field}.subject`, raw.subject, none);
    raw.blocks.forEach((b, i) => b.text && checkSyntax(problems, `${field}.blocks[${i}].text`, b.text, none));
    if (problems.length > 0) return problems;
    const letter = resolveLetter(raw, shared.blocks);
    // The recall of a mise en demeure goes only to a private client already put on notice.
    const recall = name === 'rappelMiseEnDemeure';
    for (const particulier of recall ? [true] : [false, true])
      for (const equipe of [false, true])
        for (const single of [false, true]) {
          const flags = new Set([
            RECOVERY,
            'impayes',
            ...(recall ? [NOTICE_SENT] : []),
            ...(particulier ? ['particulier'] : []),
            ...(equipe ? ['equipe'] : []),
            ...(single ? ['uneFacture'] : []),
          ]);
          checkLetterIn(problems, field, letter, flags, REQUIRED_ROLES.sortie.letter, PLACEHOLDERS.deadline, 'preavis', false);
        }
  }
  return problems;
}

/** What the plan checks need of content/plan.yaml. */
export interface PlanWords {
  shared: Record<string, Text>;
  notes: {
    id: string;
    when: string[];
    text?: Text | undefined;
    sentences?: { text?: Text | undefined; use?: string | undefined }[] | undefined;
  }[];
  checklist: Record<Path, { when: string[]; label: string }[]>;
}

/** Blanks a note may use: those the composer always computes where the note can appear, and the plan's own. */
const PLAN_BLANKS = new Set<string>([
  ...Object.values(PLAN_PLACEHOLDERS),
  ...(['lastDay', 'notice', 'deadline', 'recheck', 'amountDue', 'formalNoticeDate'] as const).map((k) => PLACEHOLDERS[k]),
  PLACEHOLDERS.indemnity,
  PLACEHOLDERS.limitationProfessional,
  PLACEHOLDERS.limitationConsumer,
]);

/** Checks the words of the plan's notes and checklist: known conditions and blanks, paired braces, shared sentences that exist. */
export function checkPlanWords(plan: PlanWords, signIdList: string[]): WordsProblem[] {
  const problems: WordsProblem[] = [];
  const signIds = new Set(signIdList);
  const checkConditions = (field: string, conditions: string[]) => {
    for (const raw of conditions) {
      const condition = raw.replace(/^!/, '');
      const sign = [SIGN_CONDITION, TOP_SIGN_CONDITION].find((prefix) => condition.startsWith(prefix));
      const known = sign ? signIds.has(condition.slice(sign.length)) : condition in CONDITIONS || condition in PLAN_CONDITIONS;
      if (!known) problems.push({ field, message: `la condition « ${condition} » est inconnue (voir src/lib/words/vocabulary.ts)` });
    }
  };
  const checkText = (field: string, text: Text) => {
    for (const wording of allWordings(text)) {
      for (const message of voiceProblems(wording)) problems.push({ field, message });
      for (const blank of findPlaceholders(wording))
        if (!PLAN_BLANKS.has(blank))
          problems.push({ field, message: `le blanc ${blank} n'a pas de valeur dans le plan (connus : ${[...PLAN_BLANKS].join(', ')})` });
    }
    checkConditions(field, conditionsOf(text));
  };
  for (const [id, text] of Object.entries(plan.shared)) checkText(`shared.${id}`, text);
  const seen = new Set<string>();
  plan.notes.forEach((note, i) => {
    const at = `notes[${i}]`;
    if (seen.has(note.id)) problems.push({ field: `${at}.id`, message: `« ${note.id} » est déjà l'identifiant d'une autre note` });
    seen.add(note.id);
    checkConditions(`${at}.when`, note.when);
    if (note.text !== undefined) checkText(`${at}.text`, note.text);
    note.sentences?.forEach((sentence, j) => {
      if (sentence.text !== undefined) checkText(`${at}.sentences[${j}].text`, sentence.text);
      if (sentence.use !== undefined && !(sentence.use in plan.shared))
        problems.push({
          field: `${at}.sentences[${j}].use`,
          message: `« ${sentence.use} » n'est pas une phrase de « shared » (connues : ${Object.keys(plan.shared).join(', ')})`,
        });
    });
  });
  for (const [path, tasks] of Object.entries(plan.checklist))
    tasks.forEach((task, i) => {
      const at = `checklist.${path}[${i}]`;
      checkConditions(`${at}.when`, task.when);
      for (const blank of findPlaceholders(task.label))
        problems.push({ field: `${at}.label`, message: `le blanc ${blank} resterait visible : une tâche n'en a pas` });
    });
  return problems;
}
