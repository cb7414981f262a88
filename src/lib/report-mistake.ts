/**
 * A `mailto:` link that opens the reader's own mail app with the page's address and title already
 * written, so reporting a mistake needs no form, no account and no third-party service. Without a
 * known address (see src/data/publisher.ts) the reader picks the recipient.
 */
export function reportMistakeHref({ email, pageUrl, pageTitle }: { email: string | null; pageUrl: string; pageTitle: string }): string {
  const subject = `Erreur signalée : ${pageTitle}`;
  const body = `Page : ${pageUrl}\n\nCe qui me semble inexact ou peu clair :\n\n\nCe qu’il faudrait écrire à la place (si vous le savez) :\n\n`;
  return `mailto:${email ?? ''}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
