import { getCollection } from 'astro:content';
import { formatProblems } from '../lib/content-checks';
import { checkRates } from '../lib/recovery/checks';
import type { RatesData } from '../schemas/rates';

let rates: Promise<RatesData> | undefined;

/** The rate table, checked once per build (a gap between half-years fails it, naming the row). */
export const getRates = () =>
  (rates ??= getCollection('taux').then(([entry]) => {
    if (!entry) throw new Error('content/taux.yaml est introuvable ou vide');
    const problems = checkRates('content/taux.yaml', entry.data);
    if (problems.length > 0) throw new Error(formatProblems(problems));
    return entry.data;
  }));
