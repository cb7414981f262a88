import type { Overlap } from './held-while-typing';

/** What the page says of a text changed in two tabs, `name` saying which (« le champ « Numéro » »). */
export const OVERLAP_MESSAGES: Record<Overlap, (name: string) => string> = {
  held: (name) =>
    `Un autre onglet vient de modifier ${name}\u00a0: si vous continuez à écrire ici, votre version sera gardée\u202f; sinon, la sienne s’affichera quand vous quitterez ce champ.`,
  kept: (name) =>
    `Un autre onglet modifiait aussi ${name}\u00a0: votre version, écrite en dernier, est gardée, ici comme dans l’autre onglet.`,
  replaced: (name) => `Un autre onglet a modifié ${name} après vous\u00a0: cette page affiche désormais sa version, la plus récente.`,
};
