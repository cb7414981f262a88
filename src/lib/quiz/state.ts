import type { ExitMode } from './compose';
import type { EditedDocument, EditedWords } from './edits';
import type { CaseForCalculator } from '../case/assessment';
import { isRecord } from '../untrusted';
import type { MergeInfo } from '../tab-merge';
import type { StateCodec } from './tabs';
import { FREQUENCIES, LETTER_FIELDS, NUMBER_FACTS, UNSURE } from './facts';
import type { InvoiceDraft } from '../case/invoices';
import { visibleQuestions, type Answers, type LetterFields, type QuizModel, type QuizQuestion } from './model';

/**
 * Saved and shared answers. Anything read back (localStorage, a link) is untrusted: it is
 * validated against the questionnaire and, if anything is off, rejected as a whole with a
 * reason the page can show. Nothing here throws.
 */
export const STATE_VERSION = 2;
export { QUIZ_STORAGE_KEY as STORAGE_KEY } from '../storage-keys';
export const SHARE_PARAM = 'r';

export type Rejection = 'illisible' | 'ancienne-version';
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: Rejection };
/** Parts of a saved state that can be lost alone: the answers are kept whenever they are readable. */
export type SavedPart = 'fields' | 'invoices' | 'edits';

export interface SavedState {
  answers: Answers;
  fields: LetterFields;
  /** The unpaid invoices as typed, valid or not: nothing typed is lost. */
  invoices: InvoiceDraft[];
  /** For a client at fault to be left at once: the way chosen, when there is a choice. */
  exitMode?: ExitMode | undefined;
  /** The screen the user was on. */
  position: number;
  edits?: EditedWords | undefined;
}

/** Fingerprint of the questionnaire: answers saved against another one are not reused. */
export function questionnaireKey(model: QuizModel): string {
  const shape = model.questions
    .map((q) => `${q.id}:${q.kind}:${q.kind === 'choix' || q.kind === 'confirmation' ? q.options.map((o) => o.value).join('|') : ''}`)
    .join(';');
  let hash = 0x811c9dc5;
  for (let i = 0; i < shape.length; i++) hash = Math.imul(hash ^ shape.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(36);
}

const isValidAnswer = (question: QuizQuestion, value: unknown): boolean => {
  if (question.kind === 'signe')
    return typeof value === 'string' && ((FREQUENCIES as readonly string[]).includes(value) || (question.unsure && value === UNSURE));
  if (question.kind === 'choix' || question.kind === 'confirmation')
    return typeof value === 'string' && question.options.some((o) => o.value === value);
  const { min, max } = NUMBER_FACTS[question.fact];
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
};

/** Answers are valid only if every key is a known question and every value fits it. */
export function validateAnswers(model: QuizModel, raw: unknown): Answers | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const byId = new Map(model.questions.map((q) => [q.id, q]));
  const answers: Answers = {};
  for (const [id, value] of Object.entries(raw)) {
    const question = byId.get(id);
    if (!question || !isValidAnswer(question, value)) return undefined;
    answers[id] = value as string | number;
  }
  return answers;
}

/** Limits of what is saved; the text boxes enforce the same ones, so nothing typed is ever refused on reload. */
export const MAX_TEXT = 20_000;
export const MAX_FIELD = 500;
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

// Hand-written rather than Zod: this runs in the browser, where every kilobyte counts.
function readFields(raw: unknown): LetterFields | undefined {
  if (!isRecord(raw)) return undefined;
  const fields: LetterFields = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!(LETTER_FIELDS as readonly string[]).includes(key) || !isText(value, MAX_FIELD)) return undefined;
    fields[key as keyof LetterFields] = value;
  }
  return fields;
}

export const MAX_INVOICES = 50;
const DOCUMENT_IDS: readonly unknown[] = ['lettre', 'miseEnDemeure', 'resiliation'];

function readEdits(raw: unknown): EditedWords | undefined | null {
  if (raw === undefined) return undefined;
  if (!isRecord(raw) || !Array.isArray(raw['documents']) || raw['documents'].length > DOCUMENT_IDS.length) return null;
  const { conversation, basis } = raw;
  if ((conversation !== undefined && !isText(conversation, MAX_TEXT)) || !isText(basis, 16)) return null;
  const documents: EditedWords['documents'] = [];
  for (const doc of raw['documents']) {
    // Each part is kept once edited: one may be missing (shown as proposed), not both.
    if (!isRecord(doc) || !DOCUMENT_IDS.includes(doc['id'])) return null;
    const { subject, body } = doc;
    if ((subject !== undefined && !isText(subject, MAX_FIELD)) || (body !== undefined && !isText(body, MAX_TEXT))) return null;
    if (subject === undefined && body === undefined) return null;
    documents.push({
      id: doc['id'] as EditedDocument['id'],
      ...(subject !== undefined && { subject }),
      ...(body !== undefined && { body }),
    });
  }
  return { conversation, documents, basis };
}

function readInvoices(raw: unknown): InvoiceDraft[] | undefined {
  if (raw === undefined) return [];
  if (!Array.isArray(raw) || raw.length > MAX_INVOICES) return undefined;
  const drafts: InvoiceDraft[] = [];
  for (const row of raw) {
    if (!isRecord(row) || !isText(row['number'], MAX_FIELD) || !isText(row['amount'], MAX_FIELD) || !isText(row['due'], MAX_FIELD))
      return undefined;
    drafts.push({ number: row['number'], amount: row['amount'], due: row['due'] });
  }
  return drafts;
}

const EXIT_MODES: readonly unknown[] = ['miseEnDemeure', 'immediat'];

/**
 * The state as saved, with, for the calculator, the case as the result reads it: derived from the
 * rest, so it is never read back here, only by src/lib/case/assessment.ts; and `merge`, what
 * another tab needs to merge with this state rather than replace it (src/lib/tab-merge.ts).
 */
export function serializeState(model: QuizModel, state: SavedState, forCalculator?: CaseForCalculator, merge?: MergeInfo): string {
  return JSON.stringify({
    version: STATE_VERSION,
    questionnaire: questionnaireKey(model),
    ...state,
    case: forCalculator,
    ...(merge && { merge }),
  });
}

/**
 * Reads what localStorage held. `null` (nothing saved) is not an error. Readable answers are
 * always kept: a part that cannot be read (letter details, invoices, edited texts) is left out
 * and named in `lost`, so the page can say what did not come back.
 */
export function parseSavedState(model: QuizModel, raw: string | null): Parsed<SavedState & { lost: SavedPart[] }> | undefined {
  if (raw === null) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'illisible' };
  }
  if (!isRecord(json)) return { ok: false, reason: 'illisible' };
  if (json['version'] !== STATE_VERSION || json['questionnaire'] !== questionnaireKey(model)) {
    return typeof json['version'] === 'number' ? { ok: false, reason: 'ancienne-version' } : { ok: false, reason: 'illisible' };
  }
  const answers = validateAnswers(model, json['answers']);
  if (!answers) return { ok: false, reason: 'illisible' };
  const fields = readFields(json['fields']);
  const invoices = readInvoices(json['invoices']);
  const edits = readEdits(json['edits']);
  const lost: SavedPart[] = [];
  if (!fields) lost.push('fields');
  if (!invoices) lost.push('invoices');
  if (edits === null) lost.push('edits');
  const { exitMode, position } = json;
  return {
    ok: true,
    value: {
      answers,
      fields: fields ?? {},
      invoices: invoices ?? [],
      exitMode: EXIT_MODES.includes(exitMode) ? (exitMode as ExitMode) : undefined,
      position: typeof position === 'number' && Number.isInteger(position) && position >= 0 ? Math.min(position, 1000) : 0,
      edits: edits ?? undefined,
      lost,
    },
  };
}

/** A part's path in the state two tabs merge (`mergeableState`, tabs.ts): ["edits", "documents", "lettre", "body"]. */
export type PartPath = ['answers' | 'fields' | 'invoices' | 'edits', ...(string | number)[]];
export const partPath = (...path: PartPath) => JSON.stringify(path);

/**
 * A share link carries the answers only (never the names typed for the letter), in the URL
 * fragment, which browsers do not send to the server: `#r=1.<questionnaire>.<one character
 * per question>.<numbers>`.
 */
export function encodeShare(model: QuizModel, answers: Answers): string {
  const codes = model.questions
    .map((q) => {
      const value = answers[q.id];
      if (q.kind === 'signe') {
        if (value === UNSURE) return 'x';
        return typeof value === 'string' && FREQUENCIES.includes(value as never) ? String(FREQUENCIES.indexOf(value as never)) : '-';
      }
      if (q.kind === 'choix' || q.kind === 'confirmation') {
        const index = q.options.findIndex((o) => o.value === value);
        return index >= 0 ? index.toString(36) : '-';
      }
      return 'n';
    })
    .join('');
  const numbers = model.questions
    .filter((q) => q.kind === 'nombre')
    .map((q) => (typeof answers[q.id] === 'number' ? String(answers[q.id]) : ''));
  return `${SHARE_PARAM}=${STATE_VERSION}.${questionnaireKey(model)}.${codes}.${numbers.join('_')}`;
}

/** Reads a share fragment (with or without the leading #). `undefined` when the URL carries none. */
export function decodeShare(model: QuizModel, hash: string): Parsed<Answers> | undefined {
  const fragment = hash.replace(/^#/, '');
  if (!fragment.startsWith(`${SHARE_PARAM}=`)) return undefined;
  const match = /^(\d+)\.([0-9a-z]+)\.([0-9a-z-]*)\.([0-9._]*)$/.exec(fragment.slice(SHARE_PARAM.length + 1));
  if (!match) return { ok: false, reason: 'illisible' };
  const [, version, key, codes = '', numberPart = ''] = match;
  if (Number(version) !== STATE_VERSION || key !== questionnaireKey(model)) return { ok: false, reason: 'ancienne-version' };
  if (codes.length !== model.questions.length) return { ok: false, reason: 'illisible' };
  const numbers = numberPart.split('_');
  const raw: Record<string, string | number> = {};
  let n = 0;
  for (const [i, q] of model.questions.entries()) {
    const code = codes[i] ?? '-';
    if (q.kind === 'nombre') {
      if (code !== 'n') return { ok: false, reason: 'illisible' };
      const text = numbers[n++] ?? '';
      if (text !== '') raw[q.id] = Number(text);
      continue;
    }
    if (code === '-') continue;
    const index = parseInt(code, 36);
    const value = q.kind === 'signe' ? (code === 'x' ? UNSURE : FREQUENCIES[index]) : q.options[index]?.value;
    if (value === undefined) return { ok: false, reason: 'illisible' };
    raw[q.id] = value;
  }
  const answers = validateAnswers(model, raw);
  return answers ? { ok: true, value: answers } : { ok: false, reason: 'illisible' };
}

/**
 * Where a restored state may resume: never past the first question left unanswered, so a saved
 * state or a link with missing answers reopens on that question instead of a verdict on nothing.
 */
export function resumePosition(model: QuizModel, answers: Answers, position: number): number {
  const questions = visibleQuestions(model, answers);
  const firstUnanswered = questions.findIndex((q) => answers[q.id] === undefined);
  return firstUnanswered === -1 ? position : Math.min(position, firstUnanswered);
}

/** Whether two sets of answers are the same, whatever their order. */
export function sameAnswers(a: Answers, b: Answers): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** Reading and writing this questionnaire's saved states, for the merge with another tab (tabs.ts). */
export const stateCodec = (model: QuizModel): StateCodec => ({
  read(raw) {
    const saved = parseSavedState(model, raw);
    if (!saved?.ok) return undefined;
    const { answers, fields, invoices, exitMode, position, edits } = saved.value;
    return { answers, fields, invoices, exitMode, position, edits };
  },
  text: (state) => serializeState(model, state),
});
