/** The one way the guide's tools read and write euros: French figures in, French figures out. */
const AMOUNT = /^(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[,.](\d{1,2}))?$/;

/**
 * A French amount as people write it: "1 250", "1250,50", "1 250,5 €". Anything else (hex,
 * exponents, a sign, "1.250" which could be either) is refused rather than guessed.
 */
export function parseEuroAmount(text: string): number | undefined {
  const trimmed = text.trim().replace(/\s*€$/, '');
  const match = AMOUNT.exec(trimmed);
  if (!match) return undefined;
  const [, whole = '', cents = ''] = match;
  const value = Number(whole.replace(/[ \u00a0\u202f]/g, '')) + (cents ? Number(cents.padEnd(2, '0')) / 100 : 0);
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : undefined;
}

/** "1234.5" → "1 234,50 €" (with French no-break spaces). */
export const formatEuros = (amount: number) =>
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: amount % 1 === 0 ? 0 : 2 }).format(amount);

/** Money to the cent, as shown: "358.2329…" → 358.23. */
export const toCents = (amount: number) => Math.round((amount + Number.EPSILON) * 100) / 100;

/** An unrounded amount as shown: to the cent, in euros. */
export const money = (amount: number) => formatEuros(toCents(amount));
