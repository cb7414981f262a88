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
import type { Overlap } from '../browser/held-while-typing';
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
  /** The question opened from the check screen: back there, its line takes the focus. */
  returnTo: string | undefined = $state();
  /** Questions a changed answer brought: said on the first of them, before it is asked. */
  added: { count: number; verdictChanged: boolean } | undefined = $state();
  /** What the page's live region says besides the verdict (set by the screens, cleared on each move). */
  status = $state('');
  /** While changing an answer: the verdict before it, and the new questions already announced. */
  #before: { level: Verdict['level']; announced: string[] } | undefined;
  /**
   * A text changed in another tab while this tab had changed it too, or was typing it: which one
   * (its path in the merged state), and where it stands (held back while the reader types, then
   * kept, or replaced by the other tab's later version).
   */
  overlap: { part: string; state: Overlap } | undefined = $state();

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
    this.returnTo = questionId;
    const open = this.questions.filter((q) => this.answers[q.id] === undefined).map((q) => q.id);
    this.#before = { level: this.verdict.level, announced: open };
    this.goTo(index);
  }

  /**
   * After answering: the next question, or, when changing one answer, the check screen, via any
   * question the change brought, announced first with their number.
   */
  next(index: number) {
    if (!this.changing) return this.goTo(index + 1);
    const open = this.questions.filter((q) => this.answers[q.id] === undefined);
    const first = open[0];
    if (!first) {
      this.changing = false;
      return this.goTo(this.checkScreen);
    }
    this.goTo(this.questions.indexOf(first));
    // A follow-up decides whether the questions after it stay: it is announced alone.
    const coming = first.kind === 'confirmation' ? [first] : open;
    const before = this.#before;
    const fresh = before ? coming.filter((q) => !before.announced.includes(q.id)) : [];
    if (before && fresh.length > 0) {
      before.announced.push(...fresh.map((q) => q.id));
      this.added = { count: fresh.length, verdictChanged: first.kind !== 'confirmation' && this.verdict.level !== before.level };
      before.level = this.verdict.level;
    }
  }

  /** Back to the check screen from a question opened there, without answering it. */
  backToCheck() {
    this.changing = false;
    this.goTo(this.checkScreen);
  }

  goTo(position: number) {
    this.position = Math.max(0, Math.min(position, this.resultScreen));
    this.moved = true;
    this.added = undefined;
    this.status = '';
    if (!this.changing && this.position !== this.checkScreen) this.returnTo = undefined;
  }

  restore(saved: SavedState) {
    this.answers = saved.answers;
    this.fields = saved.fields;
    this.invoices = saved.invoices;
    this.exitMode = saved.exitMode;
    this.edits = saved.edits;
    this.changing = false;
    this.returnTo = undefined;
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
    this.returnTo = undefined;
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
