import { printedLetter } from '../../src/lib/quiz/export';
import { formatLongDateFr, type IsoDate } from '../../src/lib/case/calendar';
import { readAssessedCase } from '../../src/lib/case/assessment';
import { caseForCalculator, type plannedNotice, type QuizResult } from '../../src/lib/quiz/compose';
import { serializeState } from '../../src/lib/quiz/state';
import { calculate } from '../../src/lib/recovery/calculate';
import { statementText } from '../../src/lib/recovery/export';
import type { CalculatorForm, PaymentDraft } from '../../src/lib/recovery/form';
import { composeRecoveryLetters, type RecoveryDocument } from '../../src/lib/recovery/letters';
import { assessmentNoticeFor, assessmentNoticeWords, ladderBeside } from '../../src/lib/recovery/assessment-notice';
import type { Statement } from '../../src/lib/recovery/penalties';
import { openingForm } from '../../src/lib/recovery/saved';
import { FROM_ASSESSMENT } from '../../src/lib/urls';
import { model, resultFor, type Case } from './quiz';
import { ladderLetters, rates } from './recovery';

/** One client's case, followed as the reader does: the self-assessment, then the calculator opened from its result. */
export interface CaseStory {
  assessment: Case & { today: IsoDate };
  /** What the reader then does in the calculator, on the invoices it took up. */
  calculator?: {
    /** A later visit: the day the calculator is opened and computes to. */
    today?: IsoDate;
    formalNoticeDate?: IsoDate;
    /** Part payments, by invoice number. */
    payments?: Record<string, PaymentDraft[]>;
    /** Invoices typed in the calculator only (one not yet due, one already paid late). */
    more?: CalculatorForm['invoices'];
  };
}

export interface CaseRun {
  result: QuizResult;
  form: CalculatorForm;
  statement: Statement | undefined;
  /** The ladder's letters as the calculator shows them. */
  ladder: RecoveryDocument[];
  /** The self-assessment's mise en demeure, when the calculator shows it in place of its own. */
  planned: ReturnType<typeof plannedNotice>;
  plannedWords: string[];
  /** The self-assessment's notice claims what the calculator's statement claims. */
  sameClaim: boolean;
}

/** Runs one case through the functions the two pages use, in the order a reader meets them. */
export function runCase(story: CaseStory): CaseRun {
  const { assessment } = story;
  const result = resultFor(assessment);
  const saved = serializeState(
    model,
    { answers: assessment.answers, fields: assessment.fields ?? {}, invoices: assessment.invoices ?? [], position: 0 },
    caseForCalculator(result, true),
  );
  const today = story.calculator?.today ?? assessment.today;
  const opened = openingForm(`#${FROM_ASSESSMENT}`, null, today, saved).form;
  const form: CalculatorForm = {
    ...opened,
    formalNoticeDate: story.calculator?.formalNoticeDate ?? '',
    invoices: [
      ...opened.invoices.map((i) => ({ ...i, payments: story.calculator?.payments?.[i.number] ?? [] })),
      ...(story.calculator?.more ?? []),
    ],
  };
  const { statement } = calculate(form, rates, today);
  const assessed = readAssessedCase(saved, today);
  const weighed = statement && assessmentNoticeFor(assessed?.notice, statement, form.formalNoticeDate);
  return {
    result,
    form,
    statement,
    ladder: statement ? ladderBeside(composeRecoveryLetters(ladderLetters, statement, form.letter, form.letter.team, today), weighed) : [],
    planned: weighed ? weighed.notice : undefined,
    sameClaim: weighed?.same ?? false,
    plannedWords: weighed && statement ? assessmentNoticeWords(weighed, statement.client, assessed?.tried ?? false, today).text : [],
  };
}

/** The case as text, for a reviewed fixture: every letter and figure the reader receives about this debt. */
export function caseReport(story: CaseStory): string {
  const run = runCase(story);
  const { result } = run;
  const fields = story.assessment.fields ?? {};
  const lines = [
    '# Le diagnostic',
    `Le ${formatLongDateFr(story.assessment.today)} · verdict : ${result.verdict.level} · voie : ${result.path ?? 'aucune'}`,
    `Délai donné : ${result.dates.deadline ? formatLongDateFr(result.dates.deadline) : 'aucun'}`,
    '',
  ];
  for (const doc of result.words?.documents ?? [])
    lines.push(`## ${doc.title}`, '', printedLetter(doc, doc, fields, model.letters.layout), '');
  lines.push('# Le calculateur, ouvert depuis le résultat', '');
  lines.push(run.statement ? statementText(run.statement, run.form) : 'Pas de relevé.', '');
  for (const doc of run.ladder)
    lines.push(`## ${doc.title}`, doc.sendWhen, '', printedLetter(doc, doc, run.form.letter, ladderLetters.layout), '');
  if (run.planned) lines.push('## À la place des courriers de relance', '', ...run.plannedWords, '');
  return `${lines.join('\n').trimEnd()}\n`;
}
