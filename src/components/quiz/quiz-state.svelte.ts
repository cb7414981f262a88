import { composeScript, exitDates, placeholderValues, type ComposedScript, type ExitDates } from '../../lib/quiz/compose';
import { toEditable, type EditableScript } from '../../lib/quiz/export';
import { visibleQuestions, type Answers, type LetterFields, type QuizModel, type QuizQuestion } from '../../lib/quiz/model';
import type { IsoDate } from '../../lib/quiz/notice';
import { datedChecklist, planNotes, type ChecklistItem, type PlanNote } from '../../lib/quiz/plan';
import { computeVerdict, type Verdict } from '../../lib/quiz/scoring';
import type { SavedState } from '../../lib/quiz/state';

/**
 * The self-assessment's state: answers, position and edits, with everything else derived
 * through src/lib/quiz (the components only render it).
 */
export class QuizState {
  readonly model: QuizModel;
  readonly today: IsoDate;
  answers: Answers = $state({});
  fields: LetterFields = $state({});
  /** 0…n-1: the visible questions; n: the letter fields; n+1: the result. */
  position = $state(0);
  /** The user's edits of the generated words; undefined while untouched. */
  edits: EditableScript | undefined = $state();
  /** Set once the user (or a restore) moves between screens: each new screen then takes the focus. */
  moved = $state(false);

  readonly questions: QuizQuestion[];
  readonly fieldsScreen: number;
  readonly resultScreen: number;
  readonly verdict: Verdict;
  readonly dates: ExitDates;
  readonly notes: PlanNote[];
  readonly checklist: ChecklistItem[];
  readonly script: ComposedScript | undefined;
  /** What the text boxes show: the user's edits, or the words composed from the answers. */
  readonly words: EditableScript | undefined;

  constructor(model: QuizModel, today: IsoDate) {
    this.model = model;
    this.today = today;
    this.questions = $derived(visibleQuestions(this.model, this.answers));
    this.fieldsScreen = $derived(this.questions.length);
    this.resultScreen = $derived(this.questions.length + 1);
    this.verdict = $derived(computeVerdict(this.model, this.answers));
    this.dates = $derived(exitDates(this.model, this.answers, this.verdict, this.today));
    this.notes = $derived(planNotes(this.model, this.answers, this.verdict, this.dates));
    this.checklist = $derived(datedChecklist(this.model, this.verdict, this.dates, this.today));
    this.script = $derived(composeScript(this.model, this.verdict, placeholderValues(this.model, this.answers, this.fields, this.dates)));
    this.words = $derived(this.edits ?? (this.script ? toEditable(this.script) : undefined));
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

  edit(part: keyof EditableScript, value: string) {
    if (!this.words) return;
    this.edits = { ...this.words, [part]: value };
  }

  goTo(position: number) {
    this.position = Math.max(0, Math.min(position, this.resultScreen));
    this.moved = true;
  }

  restore(saved: SavedState) {
    this.answers = saved.answers;
    this.fields = saved.fields;
    this.edits = saved.edits;
    this.goTo(saved.position);
  }

  reset() {
    this.answers = {};
    this.fields = {};
    this.edits = undefined;
    this.position = 0;
  }

  snapshot(): SavedState {
    return {
      answers: $state.snapshot(this.answers),
      fields: $state.snapshot(this.fields),
      position: this.position,
      edits: $state.snapshot(this.edits),
    };
  }
}
