/**
 * The fixed sections of sign and script pages. Their anchors are part of the public URLs
 * (shared links, the self-assessment's reasons), so they change only with a redirect.
 */
export const SIGN_SECTIONS = {
  essentials: { id: 'l-essentiel', title: 'L’essentiel' },
  symptoms: { id: 'symptomes', title: 'À quoi on le reconnaît' },
  why: { id: 'pourquoi-c-est-important', title: 'Pourquoi c’est important' },
  remedies: { id: 'a-tenter-d-abord', title: 'Ce que vous pouvez tenter d’abord' },
  /** A deal-breaker's remedies: nothing to try, only steps to take. */
  urgent: { id: 'a-faire-tout-de-suite', title: 'Ce qu’il faut faire tout de suite', formerIds: ['a-tenter-d-abord'] },
  leave: { id: 'quand-partir', title: 'Quand il est temps de partir' },
  words: { id: 'les-mots-pour-le-dire', title: 'Les mots pour le dire' },
  law: { id: 'ce-que-dit-la-loi', title: 'Ce que dit la loi' },
  related: { id: 'signes-proches', title: 'Signes proches' },
  sources: { id: 'sources', title: 'Sources' },
} as const;

export const SCRIPT_SECTIONS = {
  context: { id: 'avant-de-commencer', title: 'Avant de commencer' },
  conversation: { id: 'la-conversation', title: 'La conversation' },
  letter: { id: 'la-version-ecrite', title: 'La version écrite' },
  avoid: { id: 'a-eviter', title: 'Ce qu’il vaut mieux ne pas dire' },
  law: { id: 'ce-que-dit-la-loi', title: 'Ce que dit la loi' },
  signs: { id: 'signes-concernes', title: 'Les signes qui y mènent' },
  sources: { id: 'sources', title: 'Sources' },
} as const;

/** The fact box every rung of the recovery ladder opens with (/se-faire-payer/<slug>/). */
export const RUNG_SECTIONS = {
  facts: { id: 'l-essentiel', title: 'L’essentiel' },
  whenToUse: { id: 'quand-l-utiliser', title: 'Quand l’utiliser' },
  cost: { id: 'ce-que-cela-coute', title: 'Ce que cela coûte' },
  duration: { id: 'combien-de-temps', title: 'Combien de temps' },
  prepare: { id: 'a-preparer', title: 'À préparer' },
  law: { id: 'ce-que-dit-la-loi', title: 'Ce que dit la loi' },
  sources: { id: 'sources', title: 'Sources' },
} as const;
