/** Every internal URL is built here, so links and routes cannot drift apart. */
export const homeUrl = '/';
export const signsUrl = '/signes/';
export const scriptsUrl = '/scripts/';
export const processUrl = '/rompre/';
/** The recovery ladder, from the first reminder to the court. */
export const recoveryUrl = '/se-faire-payer/';
export const sourcesUrl = '/sources/';
/** Who writes the guide, how it is checked, and when its legal facts were last verified. */
export const aboutUrl = '/a-propos/';
/** The publisher and the host, as French law requires. */
export const legalNoticeUrl = '/mentions-legales/';
export const quizUrl = '/diagnostic/';
/** The same questionnaire to print or fill in with a pen, without JavaScript. */
export const paperQuizUrl = '/diagnostic/papier/';
/** The questionnaire's data, built by src/pages/diagnostic/modele.json.ts. */
export const quizModelUrl = '/diagnostic/modele.json';

export const signUrl = (id: string, section?: string) => `/signes/${id}/${section ? `#${section}` : ''}`;
export const scriptUrl = (id: string, section?: string) => `/scripts/${id}/${section ? `#${section}` : ''}`;
export const stepUrl = (id: string) => `${processUrl}${id}/`;
export const rungUrl = (id: string, section?: string) => `${recoveryUrl}${id}/${section ? `#${section}` : ''}`;
export const sourceUrl = (id: string) => `${sourcesUrl}#${id}`;
/** The late-payment calculator; a fragment may carry a prefilled form. */
export const penaltyCalculatorUrl = '/outils/penalites-de-retard/';
/** The fragment that opens the calculator on the self-assessment's invoices, read from this device (the link carries none). */
export const FROM_ASSESSMENT = 'depuis-diagnostic';
export const calculatorFromAssessmentUrl = `${penaltyCalculatorUrl}#${FROM_ASSESSMENT}`;
