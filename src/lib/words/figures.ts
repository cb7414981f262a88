import { PLACEHOLDERS } from '../placeholders';
import { formatEuros } from '../case/money';
import type { RatesData } from '../../schemas/rates';

/**
 * The legal figures the words quote, read from content/taux.yaml. Letters, notes and questions
 * name them by their blank, so a change of the law is one edit of that file.
 */
export type LegalFigures = Pick<RatesData, 'indemnity' | 'limitationYears'>;

const NUMBER_WORDS = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix'];

/** 5 → "cinq ans", 1 → "un an": French prose spells out a small number of years; a larger one keeps its digits. */
export const yearsInWords = (years: number): string => `${NUMBER_WORDS[years] ?? String(years)} ${years === 1 ? 'an' : 'ans'}`;

/** The blanks a legal figure fills: the only ones a question of the self-assessment may use. */
export const FIGURE_BLANKS: readonly string[] = [
  PLACEHOLDERS.indemnity,
  PLACEHOLDERS.limitationProfessional,
  PLACEHOLDERS.limitationConsumer,
];

/** What each figure's blank becomes: « 40 € », « cinq ans », « deux ans ». */
export const figureValues = (figures: LegalFigures): Map<string, string> =>
  new Map([
    [PLACEHOLDERS.indemnity, formatEuros(figures.indemnity)],
    [PLACEHOLDERS.limitationProfessional, yearsInWords(figures.limitationYears.professionnel)],
    [PLACEHOLDERS.limitationConsumer, yearsInWords(figures.limitationYears.particulier)],
  ]);
