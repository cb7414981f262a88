/** The five families a warning sign belongs to, in the order the guide presents them. */
export const FAMILIES = ['argent', 'temps', 'comportement', 'ethique', 'adequation'] as const;
export type Family = (typeof FAMILIES)[number];

export const FAMILY_LABELS: Record<Family, string> = {
  argent: 'Argent',
  temps: 'Temps',
  comportement: 'Comportement',
  ethique: 'Éthique',
  adequation: 'Adéquation',
};

/** Severity is always shown in words, never by colour alone. */
export const SEVERITIES = ['vigilance', 'serieux', 'grave'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_LABELS: Record<Severity, string> = {
  vigilance: 'À surveiller',
  serieux: 'Sérieux',
  grave: 'Grave',
};
