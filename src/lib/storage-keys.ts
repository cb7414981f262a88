/**
 * The localStorage entries this site writes, in one place: the self-assessment reads the
 * calculator's and the calculator the self-assessment's, and neither may load the other's code.
 */
export const QUIZ_STORAGE_KEY = 'rompre-avec-un-client:diagnostic';
export const CALCULATOR_STORAGE_KEY = 'rompre-avec-un-client:penalites';
