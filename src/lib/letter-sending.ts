import { findPlaceholders, isKnownPlaceholder } from './placeholders';
import { MAILTO_LIMIT, mailtoHref } from './quiz/export';

/**
 * What the reader should know before sending one letter, wherever it is shown (the
 * self-assessment, the late-payment calculator): blanks left between brackets would show the
 * client an unfinished letter, and a long mailto: link may be cut by the mail app.
 */
export interface SendingCheck {
  href: string;
  blanks: string[];
  /** Added to « copied »: empty when no blank remains. */
  blanksWarning: string;
  /** Why the mail app should not open without a word: empty when nothing stands in the way. */
  mailProblem: string;
}

export function checkSending(subject: string, body: string): SendingCheck {
  const href = mailtoHref(subject, body);
  const blanks = [...new Set(findPlaceholders(`${subject}\n${body}`).filter(isKnownPlaceholder))];
  const count = (one: string, many: string) => (blanks.length === 1 ? one : `${blanks.length} ${many}`);
  return {
    href,
    blanks,
    blanksWarning:
      blanks.length === 0 ? '' : ` Attention : ${count('un blanc reste', 'blancs restent')} à compléter (${blanks.join(', ')}).`,
    mailProblem: [
      blanks.length > 0 ? `Ce courriel contient encore ${count('un blanc', 'blancs')} entre crochets.` : '',
      href.length > MAILTO_LIMIT
        ? 'Il est long : certaines messageries le coupent à l’ouverture ; « Copier en courriel » est plus sûr.'
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  };
}
