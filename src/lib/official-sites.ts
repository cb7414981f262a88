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

/**
 * What an official link opens, in the words the reader sees before clicking: the article itself, or
 * Légifrance's search on the article's number (a list, in which the reader picks the line of the
 * right code), or a whole text (a regulation on EUR-Lex, a public service's page).
 */
export function officialLinkKind(url: string): 'article' | 'recherche' | 'texte' {
  const { hostname, pathname } = new URL(url);
  if (hostname === 'www.legifrance.gouv.fr' && pathname.startsWith('/search/')) return 'recherche';
  if (hostname === 'www.legifrance.gouv.fr' && /\/(?:article_lc|id)\/(?:LEGIARTI|JORFARTI)/.test(pathname)) return 'article';
  return 'texte';
}

/** The words that say what an official link opens, e.g. "l’article sur Légifrance". */
export function officialLinkLabel(url: string): string {
  const site = officialSiteName(url) ?? 'un site officiel';
  switch (officialLinkKind(url)) {
    case 'article':
      return `l’article sur ${site}`;
    case 'recherche':
      return `une recherche du numéro d’article sur ${site}, où choisir la ligne du code cité`;
    default:
      return `le texte sur ${site}`;
  }
}
