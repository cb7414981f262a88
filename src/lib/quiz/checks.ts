import type { ContentProblem } from '../content-checks';
import { findPlaceholders } from '../placeholders';
import { FIGURE_BLANKS } from '../words/figures';
import type { QuizData } from '../../schemas/quiz';
import { CHOICE_FACTS, FREQUENCIES } from './facts';
import { LEVELS } from './scoring';

interface SignFacts {
  id: string;
  dealBreaker: boolean;
}

/**
 * What the questionnaire's schema cannot check alone: its questions point at real signs and
 * scripts, ask about every sign (deal-breakers with their threshold), offer exactly the answers
 * the scoring understands, and check a deal-breaker right after the question they check.
 */
export function checkQuiz(file: string, quiz: QuizData, signs: SignFacts[], scripts: { id: string; kind: string }[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ file, field, message });
  const signById = new Map(signs.map((s) => [s.id, s]));
  const questions = Object.entries(quiz.questions);
  const asked = new Set<string>();
  const checked = new Set<string>();

  for (const [id, q] of questions) {
    const at = `questions.${id}`;
    // A question quotes a legal figure by its blank, filled from content/taux.yaml; nothing else fills a blank here.
    for (const field of ['text', 'why'] as const)
      for (const blank of findPlaceholders(q[field]))
        if (!FIGURE_BLANKS.includes(blank))
          problem(`${at}.${field}`, `le blanc ${blank} n'est pas un chiffre de content/taux.yaml (connus : ${FIGURE_BLANKS.join(', ')})`);
    if (q.kind === 'signe') {
      const sign = signById.get(q.sign);
      if (!sign) problem(`${at}.sign`, `« ${q.sign} » n'est pas un signe connu`);
      else if (q.dealBreakerFrom && !sign.dealBreaker)
        problem(`${at}.dealBreakerFrom`, `le signe « ${q.sign} » n'est pas rédhibitoire (dealBreaker: false)`);
      else if (!q.dealBreakerFrom && sign.dealBreaker)
        problem(`${at}.dealBreakerFrom`, `le signe rédhibitoire « ${q.sign} » doit dire à partir de quand il l'est`);
      if (asked.has(q.sign)) problem(`${at}.sign`, `le signe « ${q.sign} » a déjà sa question`);
      asked.add(q.sign);
    } else if (q.kind === 'choix') {
      const expected: readonly string[] = CHOICE_FACTS[q.fact];
      const given = q.options.map((o) => o.value);
      if (given.length !== expected.length || given.some((v) => !expected.includes(v))) {
        problem(`${at}.options`, `les valeurs doivent être exactement : ${expected.join(', ')}`);
      }
    }
    if (q.kind === 'confirmation') {
      const target = quiz.questions[q.confirms];
      if (target?.kind !== 'signe' || !target.dealBreakerFrom)
        problem(`${at}.confirms`, `« ${q.confirms} » n'est pas une question sur un signe rédhibitoire`);
      else if (questions.some(([, other]) => other.order > target.order && other.order < q.order) || q.order <= target.order)
        problem(`${at}.order`, `doit venir juste après la question « ${q.confirms} » qu'elle vérifie`);
      if (checked.has(q.confirms)) problem(`${at}.confirms`, `la question « ${q.confirms} » est déjà vérifiée par une autre`);
      checked.add(q.confirms);
      // A check that can only confirm, or only set aside, would not be a question.
      if (!q.options.some((o) => o.dealBreaker) || q.options.every((o) => o.dealBreaker))
        problem(`${at}.options`, 'il faut au moins une réponse qui confirme (dealBreaker: true) et une qui écarte (dealBreaker: false)');
    }
    if ((q.kind === 'choix' || q.kind === 'nombre') && q.showIf) {
      const target = quiz.questions[q.showIf.question];
      if (!target) problem(`${at}.showIf.question`, `« ${q.showIf.question} » n'est pas une question connue`);
      else if (target.kind !== 'choix' || !target.options.some((o) => o.value === q.showIf?.equals)) {
        problem(`${at}.showIf.equals`, `« ${q.showIf.equals} » n'est pas une réponse possible à « ${q.showIf.question} »`);
      } else if (target.order >= q.order) problem(`${at}.showIf.question`, 'la question dont elle dépend doit venir avant');
    }
  }

  // Every sign has its question, so every family is asked about and no sign escapes the verdict.
  for (const sign of signs) {
    if (!asked.has(sign.id)) problem('questions', `le signe « ${sign.id} » n'a pas de question`);
  }
  const orders = questions.map(([, q]) => q.order);
  if (new Set(orders).size !== orders.length) problem('questions', 'deux questions ont le même « order »');

  LEVELS.forEach((level, i) => {
    const from = quiz.levels[level].from;
    if (i === 0 && from !== 0) problem(`levels.${level}.from`, 'le premier niveau commence à 0');
    const previous = LEVELS[i - 1];
    if (previous && from <= quiz.levels[previous].from) problem(`levels.${level}.from`, `doit être supérieur à celui de « ${previous} »`);
  });

  if (FREQUENCIES.indexOf(quiz.prepareFrom) <= FREQUENCIES.indexOf(quiz.reframeFrom)) {
    problem('prepareFrom', `doit être plus fréquent que reframeFrom (« ${quiz.reframeFrom} »)`);
  }

  const scriptKind = new Map(scripts.map((s) => [s.id, s.kind]));
  if (!scriptKind.has(quiz.scripts.boundary)) problem('scripts.boundary', `« ${quiz.scripts.boundary} » n'est pas un script connu`);
  else if (scriptKind.has(quiz.scripts.boundary) && scriptKind.get(quiz.scripts.boundary) !== 'limite') {
    problem('scripts.boundary', `« ${quiz.scripts.boundary} » n'est pas un script de type « limite »`);
  }
  return problems;
}
