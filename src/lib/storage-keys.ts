/**
 * The localStorage entries this site writes, in one place: the self-assessment reads the
 * calculator's and the calculator the self-assessment's, and neither may load the other's code.
 */
export const QUIZ_STORAGE_KEY = 'rompre-avec-un-client:diagnostic';
export const CALCULATOR_STORAGE_KEY = 'rompre-avec-un-client:penalites';
/** The ticks of the exit checklist on /rompre/ (src/lib/checklist-state.ts). */
export const CHECKLIST_STORAGE_KEY = 'rompre-avec-un-client:liste-de-controle';

/**
 * Every entry the site may leave on a device: what erasing everything must erase. A new key is
 * added here too (test/unit/storage-keys.test.ts checks that none is left out).
 */
export const SITE_STORAGE_KEYS = [QUIZ_STORAGE_KEY, CALCULATOR_STORAGE_KEY, CHECKLIST_STORAGE_KEY] as const;
