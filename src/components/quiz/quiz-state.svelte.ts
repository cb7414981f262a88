import {
  buildResult,
  type ComposedDocument,
  type ComposedWords,
  type ExitDates,
  type ExitMode,
  type QuizResult,
} from '../../lib/quiz/compose';
import {
  editsOutdated,
  shownWords,
  wordsBasis,
  withEdit,
  type DocumentText,
  type EditedWords,
  type ShownWords,
} from '../../lib/quiz/edits';
import type { InvoiceDraft } from '../../lib/case/invoices';
import type { OwedMoney } from '../../lib/case/client-case';
import {
  visibleQuestions,
  type Answers,
  type LetterFields,
  type QuizModel,
  type QuizQuestion,
  type ScriptText,
} from '../../lib/quiz/model';
import type { IsoDate } from '../../lib/case/calendar';
import type { ChecklistItem, PlanNote } from '../../lib/quiz/plan';
import { computeVerdict, type Verdict } from '../../lib/quiz/scoring';
import { resumePosition, type SavedState } from '../../lib/quiz/state';
import type { Path } from '../../lib/words/vocabulary';

/**
 * The self-assessment's state: answers, letter details, position and edits, with everything
 * else derived through src/lib/quiz (the components only render it).
 */
export class QuizState {
  readonly model: QuizModel;
  readonly today: IsoDate;
  answers: Answers = $state({});
  fields: LetterFields = $state({});
  invoices: InvoiceDraft[] = $state([]);
  exitMode: ExitMode | undefined = $state();
  /** 0…n-1: the visible questions; n: the check-your-answers screen; n+1: the result. */
  position = $state(0);
  /** The user's edits of the composed words; undefined while untouched. */
  edits: EditedWords | undefined = $state();
  /** A question opened from the check screen: answering it leads back there. */
  changing = $state(false);
  /** Set once the user (or a restore) moves between screens: each new screen then takes the focus. */
  moved = $state(false);

  readonly questions: QuizQuestion[];
  readonly checkScreen: number;
  readonly resultScreen: number;
  readonly verdict: Verdict;
  readonly result: QuizResult;
  readonly script: ScriptText | undefined;
  readonly path: Path | undefined;
  readonly owed: OwedMoney;
  readonly dates: ExitDates;
  readonly notes: PlanNote[];
  readonly checklist: ChecklistItem[];
  readonly composed: ComposedWords | undefined;
  /** What the text boxes show: the user's edits, or the words composed from the answers. */
  readonly words: ShownWords | undefined;
  /** The answers changed the proposed words since the user edited them: they choose what to keep. */
  readonly editsOutdated: boolean;

  constructor(model: QuizModel, today: IsoDate) {
    this.model = model;
    this.today = today;
    this.questions = $derived(visibleQuestions(this.model, this.answers));
    this.checkScreen = $derived(this.questions.length);
    this.resultScreen = $derived(this.questions.length + 1);
    this.verdict = $derived(computeVerdict(this.model, this.answers));
    this.result = $derived(
      buildResult(
        this.model,
        { answers: this.answers, fields: this.fields, invoices: this.invoices, exitMode: this.exitMode },
        this.today,
        this.verdict,
      ),
    );
    this.script = $derived(this.result.script);
    this.path = $derived(this.result.path);
    this.owed = $derived(this.result.owed);
    this.dates = $derived(this.result.dates);
    this.notes = $derived(this.result.notes);
    this.checklist = $derived(this.result.checklist);
    this.composed = $derived(this.result.words);
    this.words = $derived(this.composed && shownWords(this.composed, this.edits));
    this.editsOutdated = $derived(this.composed !== undefined && editsOutdated(this.composed, this.edits));
  }

  // Changing an answer or a detail never drops the user's edits: `editsOutdated` asks them.
  answer(questionId: string, value: string | number) {
    this.answers[questionId] = value;
  }

  setField(field: keyof LetterFields, value: string) {
    this.fields[field] = value;
  }

  setInvoices(invoices: InvoiceDraft[]) {
    this.invoices = invoices;
  }

  chooseExit(mode: ExitMode) {
    this.exitMode = mode;
  }

  editConversation(value: string) {
    if (this.composed) this.edits = withEdit(this.composed, this.edits, { conversation: value });
  }

  editDocument(document: ComposedDocument['id'], part: keyof DocumentText, value: string) {
    if (this.composed) this.edits = withEdit(this.composed, this.edits, { document, part, value });
  }

  /** The user keeps their edited texts over the new proposal. */
  keepEdits() {
    if (this.edits && this.composed) this.edits = { ...this.edits, basis: wordsBasis(this.composed) };
  }

  /** The user goes back to the words proposed from their answers. */
  discardEdits() {
    this.edits = undefined;
  }

  /** Opens one question from the check screen. */
  change(questionId: string) {
    const index = this.questions.findIndex((q) => q.id === questionId);
    if (index === -1) return;
    this.changing = true;
    this.goTo(index);
  }

  /** After answering: the next question, or, when changing one answer, the check screen (via any question it revealed). */
  next(index: number) {
    if (!this.changing) return this.goTo(index + 1);
    const open = this.questions.findIndex((q) => this.answers[q.id] === undefined);
    if (open === -1) this.changing = false;
    this.goTo(open === -1 ? this.checkScreen : open);
  }

  goTo(position: number) {
    this.position = Math.max(0, Math.min(position, this.resultScreen));
    this.moved = true;
  }

  restore(saved: SavedState) {
    this.answers = saved.answers;
    this.fields = saved.fields;
    this.invoices = saved.invoices;
    this.exitMode = saved.exitMode;
    this.edits = saved.edits;
    this.changing = false;
    this.goTo(resumePosition(this.model, saved.answers, saved.position));
  }

  /** Back to question 1 with nothing saved; `keep` lists the letter details to carry over. */
  reset(keep: readonly (keyof LetterFields)[] = []) {
    this.answers = {};
    this.fields = Object.fromEntries(keep.flatMap((field) => (this.fields[field] ? [[field, this.fields[field]]] : [])));
    this.invoices = [];
    this.exitMode = undefined;
    this.edits = undefined;
    this.changing = false;
    this.position = 0;
  }

  snapshot(): SavedState {
    return {
      answers: $state.snapshot(this.answers),
      fields: $state.snapshot(this.fields),
      invoices: $state.snapshot(this.invoices),
      exitMode: this.exitMode,
      position: this.position,
      edits: $state.snapshot(this.edits),
    };
  }
}
