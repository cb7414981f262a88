/**
 * The localStorage entries this site writes, in one place: the self-assessment reads the
 * calculator's and the calculator the self-assessment's, and neither may load the other's code.
 * Every key starts with STORAGE_PREFIX, so the device's erase finds them all, a former version's too.
 */
export const STORAGE_PREFIX = 'rompre-avec-un-client:';
export const QUIZ_STORAGE_KEY = `${STORAGE_PREFIX}diagnostic`;
export const CALCULATOR_STORAGE_KEY = `${STORAGE_PREFIX}penalites`;
/** The ticks of the exit checklist on /rompre/ (src/lib/checklist-state.ts). */
export const CHECKLIST_STORAGE_KEY = `${STORAGE_PREFIX}liste-de-controle`;

/**
 * Every entry the site may leave on a device: what erasing everything must erase. A new key is
 * added here too (test/unit/storage-keys.test.ts checks that none is left out).
 */
export const SITE_STORAGE_KEYS = [QUIZ_STORAGE_KEY, CALCULATOR_STORAGE_KEY, CHECKLIST_STORAGE_KEY] as const;

/** The one erase of this device, offered by both tools in the same words, since it erases what both saved. */
export const ERASE_DEVICE = {
  label: 'Tout effacer de cet appareil',
  question:
    'Effacer de cet appareil tout ce que ce guide y a enregistré\u00a0: votre diagnostic (réponses, informations saisies pour les courriers, textes modifiés), votre calcul de pénalités (factures, noms et adresses) et les cases cochées de la liste des étapes\u202f? Rien ne pourra être récupéré, sauf par un lien copié auparavant.',
  confirm: 'Oui, tout effacer',
  done: 'Tout ce que ce guide avait enregistré sur cet appareil a été effacé\u00a0: votre diagnostic, votre calcul de pénalités et les cases cochées de la liste des étapes.',
} as const;
