const longDate = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2020-06-29" → "29 juin 2020". */
export function formatIsoDateFr(iso: string): string {
  return longDate.format(new Date(`${iso}T00:00:00Z`));
}
