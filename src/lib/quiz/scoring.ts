import { SIGN_SECTIONS } from '../sections';
import { signUrl } from '../urls';
import { setAside } from './answers';
import { atLeast, UNSURE, type Frequency } from './facts';
import type { Answers, QuizModel } from './model';

export const LEVELS = ['garder', 'recadrer', 'preparer', 'partir'] as const;
export type Level = (typeof LEVELS)[number];
/** The verdicts that call for an exit plan (notice, timing, handover). */
export const EXIT_LEVELS: readonly Level[] = ['preparer', 'partir'];

/** One sign that weighed in the verdict, linked to the part of its page that helps now. */
export interface Reason {
  signId: string;
  signTitle: string;
  answer: Frequency;
  /** points × weight: how much it added to the total. */
  contribution: number;
  /** This answer alone forces "partir". */
  dealBreaker: boolean;
  href: string;
}

export interface Verdict {
  level: Level;
  /** Total as a share of the maximum possible (0 to 1). */
  ratio: number;
  /** Deal-breakers first, then the heaviest signs; four at most unless more deal-breakers. */
  reasons: Reason[];
  /** The sign that sets the situation, hence the exit script. */
  dominantSign: string | undefined;
  /** The script the personalised words are built from; none when the client is worth keeping. */
  scriptId: string | undefined;
  /** Signs answered "Je ne sais pas": not counted, and said so. */
  unsure: { signId: string; signTitle: string }[];
}

const MAX_REASONS = 4;

/** Where a reason's link lands: what to try when reframing, when to leave otherwise. */
const sectionFor = (level: Level) =>
  level === 'recadrer' ? SIGN_SECTIONS.remedies.id : level === 'garder' ? SIGN_SECTIONS.symptoms.id : SIGN_SECTIONS.leave.id;

/**
 * The verdict on one client. Every number comes from the questionnaire's data: points per
 * frequency, weight per sign, the level thresholds, and which answers are deal-breakers.
 * The level is the highest of: the total's level; "recadrer" or "preparer" when one sign is
 * frequent or constant; "partir" when a deal-breaker is there. An answer its follow-up set aside
 * (the "unpaid" invoices that he always pays in the end) counts for nothing.
 */
export function computeVerdict(model: QuizModel, answers: Answers): Verdict {
  const maxPoints = Math.max(...Object.values(model.scale).map((s) => s.points));
  let total = 0;
  let max = 0;
  let floor: Level = 'garder';
  const scored: Omit<Reason, 'href'>[] = [];
  const unsure: Verdict['unsure'] = [];

  // Sign questions are always asked; context questions never weigh in the verdict.
  for (const question of model.questions) {
    if (question.kind !== 'signe') continue;
    max += maxPoints * question.weight;
    const answer = answers[question.id];
    const sign = model.signs[question.sign];
    if (answer === UNSURE && sign) unsure.push({ signId: sign.id, signTitle: sign.title });
    if (typeof answer !== 'string' || !(answer in model.scale) || setAside(model, answers, question)) continue;
    const frequency = answer as Frequency;
    const contribution = model.scale[frequency].points * question.weight;
    total += contribution;
    if (atLeast(frequency, model.prepareFrom)) floor = 'preparer';
    else if (atLeast(frequency, model.reframeFrom) && floor === 'garder') floor = 'recadrer';
    if (!sign) continue;
    const dealBreaker = question.dealBreakerFrom !== undefined && atLeast(frequency, question.dealBreakerFrom);
    if (contribution > 0 || dealBreaker)
      scored.push({ signId: sign.id, signTitle: sign.title, answer: frequency, contribution, dealBreaker });
  }

  const ratio = max > 0 ? total / max : 0;
  const byTotal: Level = LEVELS.filter((l) => ratio >= model.levels[l].from).at(-1) ?? 'garder';
  const level: Level = scored.some((r) => r.dealBreaker) ? 'partir' : LEVELS[Math.max(LEVELS.indexOf(byTotal), LEVELS.indexOf(floor))]!;

  const ranked = scored.sort((a, b) => Number(b.dealBreaker) - Number(a.dealBreaker) || b.contribution - a.contribution);
  const dealBreakers = ranked.filter((r) => r.dealBreaker).length;
  const reasons = ranked.slice(0, Math.max(MAX_REASONS, dealBreakers)).map((r) => ({ ...r, href: signUrl(r.signId, sectionFor(level)) }));

  const dominantSign = reasons[0]?.signId;
  const scriptId =
    level === 'garder' ? undefined : level === 'recadrer' ? model.scriptRoles.boundary : model.signs[dominantSign ?? '']?.script;

  return { level, ratio, reasons, dominantSign, scriptId, unsure };
}
