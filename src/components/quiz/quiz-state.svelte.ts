import { buildResult, type ComposedWords, type ExitDates, type ExitMode, type QuizResult } from '../../lib/quiz/compose';
import { toEditable } from '../../lib/quiz/export';
import type { InvoiceDraft } from '../../lib/quiz/invoices';
import {
  visibleQuestions,
  type Answers,
  type LetterFields,
  type QuizModel,
  type QuizQuestion,
  type ScriptText,
} from '../../lib/quiz/model';
import type { IsoDate } from '../../lib/quiz/notice';
import type { ChecklistItem, PlanNote } from '../../lib/quiz/plan';
import { computeVerdict, type Verdict } from '../../lib/quiz/scoring';
import { resumePosition, type EditedWords, type SavedState } from '../../lib/quiz/state';
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
  /** 0…n-1: the visible questions; n: the letter details; n+1: the result. */
  position = $state(0);
  /** The user's edits of the composed words; undefined while untouched. */
  edits: EditedWords | undefined = $state();
  /** Set once the user (or a restore) moves between screens: each new screen then takes the focus. */
  moved = $state(false);

  readonly questions: QuizQuestion[];
  readonly fieldsScreen: number;
  readonly resultScreen: number;
  readonly verdict: Verdict;
  readonly result: QuizResult;
  readonly script: ScriptText | undefined;
  readonly path: Path | undefined;
  readonly owed: { total: number };
  readonly dates: ExitDates;
  readonly notes: PlanNote[];
  readonly checklist: ChecklistItem[];
  readonly composed: ComposedWords | undefined;
  /** What the text boxes show: the user's edits, or the words composed from the answers. */
  readonly words: EditedWords | undefined;

  constructor(model: QuizModel, today: IsoDate) {
    this.model = model;
    this.today = today;
    this.questions = $derived(visibleQuestions(this.model, this.answers));
    this.fieldsScreen = $derived(this.questions.length);
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
    // Edits made for another set of documents (the user changed how to leave) do not fit these ones.
    this.words = $derived(
      this.edits && this.composed && this.edits.documents.length === this.composed.documents.length
        ? this.edits
        : this.composed && toEditable(this.composed),
    );
  }

  answer(questionId: string, value: string | number) {
    this.answers[questionId] = value;
    // Answers changed the words: the user's earlier edits no longer match them.
    this.edits = undefined;
  }

  setField(field: keyof LetterFields, value: string) {
    this.fields[field] = value;
    this.edits = undefined;
  }

  setInvoices(invoices: InvoiceDraft[]) {
    this.invoices = invoices;
    this.edits = undefined;
  }

  chooseExit(mode: ExitMode) {
    this.exitMode = mode;
    this.edits = undefined;
  }

  editConversation(value: string) {
    if (this.words) this.edits = { ...this.words, conversation: value };
  }

  editDocument(index: number, part: 'subject' | 'body', value: string) {
    if (!this.words) return;
    const documents = this.words.documents.map((d, i) => (i === index ? { ...d, [part]: value } : d));
    this.edits = { ...this.words, documents };
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
    this.goTo(resumePosition(this.model, saved.answers, saved.position));
  }

  reset() {
    this.answers = {};
    this.fields = {};
    this.invoices = [];
    this.exitMode = undefined;
    this.edits = undefined;
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
