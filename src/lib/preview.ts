import { processUrl, quizUrl, recoveryUrl, scriptsUrl, signsUrl } from './urls';

/** The size every link-preview service expects for a large card (Open Graph, X, LinkedIn). */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** Where the build writes a page's preview image: "/signes/ne-paie-pas/" → "/apercus/signes/ne-paie-pas.png". */
export function previewImagePath(pathname: string): string {
  const name = pathname.replace(/\.html$/, '').replace(/^\/+|\/+$/g, '');
  return `/apercus/${name || 'accueil'}.png`;
}

/** Sections of the guide: what a page of each one is, said on its card above the title. */
const SECTIONS: { url: string; section: string; entry: string }[] = [
  { url: signsUrl, section: 'Les signes d’alerte', entry: 'Signe d’alerte' },
  { url: scriptsUrl, section: 'Les scripts', entry: 'Script pour se séparer' },
  { url: processUrl, section: 'Rompre étape par étape', entry: 'Étape pour rompre' },
  { url: recoveryUrl, section: 'Se faire payer', entry: 'Se faire payer' },
  { url: quizUrl, section: 'Diagnostic', entry: 'Diagnostic' },
  { url: '/outils/', section: 'Outil', entry: 'Outil' },
];

/** The kind of page, as a reader would name it ("Signe d’alerte", "Les scripts"), from its address. */
export function pageKind(pathname: string): string {
  const found = SECTIONS.find(({ url }) => pathname.startsWith(url));
  if (!found) return 'Guide pratique';
  return pathname === found.url ? found.section : found.entry;
}
