const longDate = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2020-06-29" → "29 juin 2020". */
export function formatIsoDateFr(iso: string): string {
  return longDate.format(new Date(`${iso}T00:00:00Z`));
}

/** The most recent of some AAAA-MM-JJ dates (they sort as text), for a page that lists pages. */
export const latestDate = (dates: string[]): string | undefined =>
  dates.reduce<string | undefined>((a, b) => (a && a > b ? a : b), undefined);
