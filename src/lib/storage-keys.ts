/**
 * The localStorage entries this site writes, in one place: the self-assessment reads the
 * calculator's and the calculator the self-assessment's, and neither may load the other's code.
 * Every key starts with STORAGE_PREFIX, so the device's erase finds them all, a former version's too.
 */
export const STORAGE_PREFIX = 'rompre-avec-un-client:';
export const QUIZ_STORAGE_KEY = `${STORAGE_PREFIX}diagnostic`;
export const CALCULATOR_STORAGE_KEY = `${STORAGE_PREFIX}penalites`;

/** The one erase of this device, offered by both tools in the same words, since it erases what both saved. */
export const ERASE_DEVICE = {
  label: 'Tout effacer de cet appareil',
  question:
    'Effacer de cet appareil tout ce que ce guide y a enregistré\u00a0: votre diagnostic (réponses, informations saisies pour les courriers, textes modifiés) et votre calcul de pénalités (factures, noms et adresses)\u202f? Rien ne pourra être récupéré, sauf par un lien copié auparavant.',
  confirm: 'Oui, tout effacer',
  done: 'Tout ce que ce guide avait enregistré sur cet appareil a été effacé\u00a0: votre diagnostic et votre calcul de pénalités.',
} as const;
