import type { ComposedDocument } from './compose';

/** One thing to do next, and the link to where on the page (or the site) it is done. */
export interface NextAction {
  label: string;
  href: string;
}

/** Where on the result screen each action is done: the ids the screen gives those parts. */
export const RESULT_ANCHORS = { letterFields: 'courriers', checklist: 'votre-liste' } as const;
export const documentAnchor = (id: ComposedDocument['id']) => `document-${id}`;

export interface NextActionsInput {
  documents: readonly Pick<ComposedDocument, 'id' | 'title'>[];
  /** Money is owed: the calculator is one of the steps. */
  owed: boolean;
  /** The invoices have not been typed one by one yet: the first step asks for them. */
  invoicesToType: boolean;
  privateClient: boolean;
  calculatorHref: string;
  /** The plan has dated tasks to put in a calendar. */
  dated: boolean;
}

/** The link to the calculator, wherever the result offers it: a private client owes interest, not penalties. */
export const calculatorLabel = (privateClient: boolean) =>
  `Calculer ${privateClient ? 'les intérêts' : 'les pénalités'} de retard de ces factures`;

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('fr-FR') + text.slice(1);

/**
 * What to do after reading the result, in the order to do it: the details the letters need, each
 * letter (the one to send first, first), what the invoices have earned, then the dates. A result
 * with no letter has no steps.
 */
export function nextActions(input: NextActionsInput): NextAction[] {
  if (input.documents.length === 0) return [];
  const actions: NextAction[] = [
    {
      label: input.invoicesToType ? 'Compléter vos courriers, facture par facture' : 'Compléter vos courriers',
      href: `#${RESULT_ANCHORS.letterFields}`,
    },
    ...input.documents.map((d) => ({ label: `Relire et signer\u00a0: ${lowerFirst(d.title)}`, href: `#${documentAnchor(d.id)}` })),
  ];
  if (input.owed) actions.push({ label: calculatorLabel(input.privateClient), href: input.calculatorHref });
  if (input.dated) actions.push({ label: 'Noter les dates dans votre agenda', href: `#${RESULT_ANCHORS.checklist}` });
  return actions;
}
