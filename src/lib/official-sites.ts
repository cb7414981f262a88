/**
 * The official sites a legal fact may link to, by host name, with the name the reader sees
 * beside the link. Légifrance first: it publishes the codes and the Journal officiel. The others
 * are public services whose pages a fact may need when no article says it all (a rate, a
 * procedure, a free service), and EUR-Lex for European law such as the RGPD.
 */
export const OFFICIAL_SITES: Readonly<Record<string, string>> = {
  'www.legifrance.gouv.fr': 'Légifrance',
  'eur-lex.europa.eu': 'EUR-Lex',
  'www.service-public.fr': 'Service-public.fr',
  'www.service-public.gouv.fr': 'Service-public.fr',
  'entreprendre.service-public.fr': 'Entreprendre.service-public.fr',
  'entreprendre.service-public.gouv.fr': 'Entreprendre.service-public.fr',
  'www.economie.gouv.fr': 'economie.gouv.fr',
  'www.mediateur-des-entreprises.fr': 'Médiateur des entreprises',
  'www.justice.fr': 'justice.fr',
  'www.banque-france.fr': 'Banque de France',
  'www.ecb.europa.eu': 'Banque centrale européenne',
};

/** The name of the official site a link points to, or undefined for any other site. */
export function officialSiteName(url: string): string | undefined {
  const { protocol, hostname } = new URL(url);
  return protocol === 'https:' ? OFFICIAL_SITES[hostname] : undefined;
}
