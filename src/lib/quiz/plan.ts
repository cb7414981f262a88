import { scriptUrl, signUrl, stepUrl } from '../urls';
import type { ExitDates } from './compose';
import { formatEuros } from './invoices';
import { factAnswer, type Answers, type QuizModel } from './model';
import { addDays, formatLongDateFr, lastWorkingDay, nextWorkingDay, NOTICE_LENGTHS, type IsoDate } from './notice';
import type { Verdict } from './scoring';

/** What the context changes in the plan, with the part of the guide that explains it. */
export interface PlanNote {
  id: string;
  text: string;
  href: string;
  linkText: string;
}

const movedText = (dates: ExitDates) => {
  const moved = dates.lastDay?.movedBecause;
  if (!moved || !dates.lastDay) return '';
  const falls = moved === 'un samedi' || moved === 'un dimanche' ? 'tombe un week-end' : `est un jour férié (${moved})`;
  return ` La date de fin, le ${formatLongDateFr(dates.lastDay.end)}, ${falls} : votre dernier jour ouvré la précède donc.`;
};

/** The context answers (revenue share, length, contract, money owed…) turned into plain advice. */
export function planNotes(model: QuizModel, answers: Answers, verdict: Verdict, dates: ExitDates, owed: number): PlanNote[] {
  const path = dates.path;
  if (!path) return [];
  const fact = (name: string) => factAnswer(model, answers, name);
  const notes: PlanNote[] = [];
  const add = (id: string, text: string, href: string, linkText: string) => notes.push({ id, text, href, linkText });
  const privateClient = fact('type-de-client') === 'particulier';

  if (path !== 'recadrer') {
    const share = fact('part-du-ca');
    if (share === '30-a-50' || share === 'plus-de-50') {
      add(
        'poids-du-client',
        verdict.level === 'partir'
          ? 'Ce client pèse lourd dans votre chiffre d’affaires, mais la situation ne se négocie pas : partez, et cherchez dès maintenant d’autres missions.'
          : 'Ce client pèse lourd dans votre chiffre d’affaires : préparez la sortie, et annoncez-la une fois d’autres missions en vue.',
        stepUrl('choisir-le-moment'),
        'Choisir le moment',
      );
    }
  }

  if (path === 'preavis') {
    if (dates.noticeSource === 'terme') {
      add(
        'contrat-a-terme',
        dates.lastDay
          ? `Votre contrat court jusqu’à son terme : la collaboration s’arrête à cette date, et votre dernier jour ouvré sera le ${formatLongDateFr(dates.lastDay.date)}. En sortir plus tôt supposerait une clause qui le permet, l’accord du client ou un manquement grave de sa part.${movedText(dates)}`
          : 'Votre contrat court jusqu’à son terme : indiquez sa date de fin avec les informations du courrier, pour que les dates soient exactes. En sortir plus tôt supposerait une clause qui le permet, l’accord du client ou un manquement grave de sa part.',
        stepUrl('donner-un-preavis'),
        'Le préavis et le contrat',
      );
    } else if (dates.notice && dates.lastDay) {
      const words = NOTICE_LENGTHS[dates.notice].words;
      const duration = fact('duree');
      const explain = model.suggestedNotice[duration as keyof QuizModel['suggestedNotice']]?.explain ?? '';
      const source =
        dates.noticeSource === 'contrat'
          ? `Votre contrat fixe le préavis : ${words}.`
          : [
              `Aucune clause ne fixe le préavis : nous proposons ${words}.`,
              explain, // empty when the length of the relationship is unknown
              'Un préavis trop court peut être reproché comme une rupture brutale : ajustez-le à votre situation.',
            ]
              .filter(Boolean)
              .join(' ');
      add(
        'preavis',
        `${source} Annoncé le ${formatLongDateFr(dates.announce)}, il mène à un dernier jour de travail le ${formatLongDateFr(dates.lastDay.date)}.${movedText(dates)}`,
        stepUrl('donner-un-preavis'),
        'Donner un préavis raisonnable',
      );
    }
    const duration = fact('duree');
    if (!privateClient && duration !== 'moins-d-un-an' && duration !== 'un-a-deux-ans' && duration !== undefined) {
      add(
        'relation-ancienne',
        'Entre professionnels, une relation commerciale établie ne se rompt qu’avec un préavis écrit qui tient compte de sa durée : dix-huit mois suffisent toujours. Faites vérifier la durée par un conseil avant d’écrire.',
        stepUrl('donner-un-preavis'),
        'Le préavis et la loi',
      );
    }
    if (verdict.level === 'partir') {
      add(
        'partir-avec-preavis',
        'Rien de ce que vous décrivez n’est un manquement grave du client : partir du jour au lendemain vous exposerait à lui devoir des dommages et intérêts. Annoncez votre départ dès maintenant, avec le préavis, et n’acceptez plus de nouvelle commande.',
        stepUrl('donner-un-preavis'),
        'Ce que dit la loi sur le préavis',
      );
    }
  }

  if (path === 'miseEnDemeure' || path === 'immediat') {
    add(
      'manquement-grave',
      path === 'miseEnDemeure'
        ? `La loi vous permet de mettre fin au contrat pour un manquement grave du client, mais d’abord par une mise en demeure qui lui laisse un délai (article 1226 du Code civil). Envoyez-la en recommandé avec accusé de réception le ${formatLongDateFr(dates.announce)} ; si rien n’a changé le ${formatLongDateFr(dates.deadline ?? dates.announce)}, la notification de résiliation part le ${formatLongDateFr(dates.termination ?? dates.announce)}. C’est à vous de prouver le manquement : gardez chaque message, chaque facture et chaque date.`
        : 'Partir sans délai n’est justifié qu’en cas d’urgence : vous devrez pouvoir prouver que la situation ne permettait pas d’attendre. Gardez chaque message, chaque facture et chaque date, et faites-vous conseiller si le client conteste.',
      stepUrl('donner-un-preavis'),
      'Ce que dit la loi sur le préavis',
    );
  }

  if (path === 'miseEnDemeure' && owed === 0 && verdict.reasons[0]?.signId === 'ne-paie-pas') {
    add(
      'factures-a-citer',
      'Une mise en demeure de payer doit citer chaque facture : indiquez le montant dû et détaillez les factures (numéro, montant, échéance) avec les informations du courrier.',
      signUrl('ne-paie-pas'),
      'Quand le client ne paie pas',
    );
  }

  if (path !== 'recadrer' && fact('projet-en-cours') === 'oui') {
    add(
      'projet-en-cours',
      path === 'preavis'
        ? 'Un projet est en cours : le bon moment pour partir est souvent juste après une livraison, ou à une étape naturelle du projet.'
        : 'Un projet est en cours : ne le prolongez pas. Facturez le travail fait et remettez ce que prévoit le contrat.',
      stepUrl('choisir-le-moment'),
      'Choisir le moment',
    );
  }
  if (path !== 'recadrer' && fact('contrat') === 'aucun') {
    add(
      'sans-contrat',
      'Sans contrat écrit, tout ce que vous conviendrez de la fin doit être confirmé par écrit : c’est votre seule trace.',
      stepUrl('confirmer-par-ecrit'),
      'Confirmer par écrit',
    );
  }

  if (owed > 0) {
    add(
      'montant-du',
      privateClient
        ? `Il vous doit ${formatEuros(owed)}. Face à un particulier, ni pénalités de retard ni indemnité de 40 € : seuls des intérêts au taux légal courent, à partir de la mise en demeure. Votre créance se prescrit en deux ans : ne laissez pas traîner.`
        : `Il vous doit ${formatEuros(owed)}. Entre professionnels, chaque facture payée après son échéance porte des pénalités de retard dès le lendemain de cette date, sans relance, et une indemnité de 40 € ; la créance se prescrit en cinq ans.`,
      signUrl('ne-paie-pas'),
      'Quand le client ne paie pas',
    );
  }

  const tried = fact('deja-essaye');
  if (verdict.level === 'preparer' && tried === 'non') {
    add(
      'essayer-d-abord',
      'Vous n’avez pas encore posé de limite claire : si la relation en vaut la peine, tentez d’abord la conversation de recadrage, puis décidez.',
      scriptUrl(model.scriptRoles.boundary),
      'Poser une limite',
    );
  }
  if (path === 'recadrer' && dates.recheck) {
    add(
      'reevaluer',
      tried === 'oui'
        ? `Vous avez déjà essayé : ce recadrage est le dernier. Faites le point le ${formatLongDateFr(dates.recheck)} ; si rien n’a changé, préparez la sortie.`
        : `Posez la limite, puis faites le point le ${formatLongDateFr(dates.recheck)} en reprenant ce diagnostic.`,
      stepUrl('decider-a-tete-reposee'),
      'Décider à tête reposée',
    );
  }
  return notes;
}

export interface ChecklistItem {
  /** Undefined when the day depends on a date the user has not given (the term of a fixed-term contract). */
  date: IsoDate | undefined;
  label: string;
  href: string;
}

/** The exit (or the boundary) as dated tasks, in order, each on a working day. */
export function datedChecklist(model: QuizModel, dates: ExitDates, flags: ReadonlySet<string>): ChecklistItem[] {
  const { path, announce } = dates;
  if (!path) return [];
  const items: ChecklistItem[] = [];
  const add = (date: IsoDate | undefined, label: string, href: string) => items.push({ date, label, href });
  const owed = flags.has('impayes');
  const toBill = flags.has('aFacturer');
  const paymentCheck = () =>
    owed &&
    dates.deadline &&
    add(dates.deadline, 'Vérifier que les factures en attente sont payées ; sinon, passer à la mise en demeure', signUrl('ne-paie-pas'));

  if (path === 'recadrer') {
    add(announce, 'Avoir la conversation qui pose la limite', scriptUrl(model.scriptRoles.boundary));
    add(announce, 'Envoyer le récapitulatif écrit des nouvelles règles', scriptUrl(model.scriptRoles.boundary, 'la-version-ecrite'));
    paymentCheck();
    if (dates.recheck) add(dates.recheck, 'Faire le point : la limite a-t-elle tenu ?', stepUrl('decider-a-tete-reposee'));
  } else if (path === 'miseEnDemeure') {
    add(announce, 'Rassembler les preuves : messages, dates, factures', stepUrl('archiver-le-dossier'));
    add(announce, 'Envoyer la mise en demeure en recommandé avec accusé de réception', stepUrl('confirmer-par-ecrit'));
    if (dates.deadline) add(dates.deadline, 'Fin du délai : le manquement a-t-il cessé ?', stepUrl('tenir-bon'));
    if (dates.termination) {
      add(dates.termination, 'Si rien n’a changé, envoyer la notification de résiliation en recommandé', stepUrl('confirmer-par-ecrit'));
      if (toBill) add(dates.termination, 'Facturer le travail fait et pas encore facturé', stepUrl('facture-finale'));
      add(nextWorkingDay(addDays(dates.termination, 1)), 'Archiver le dossier du client en lieu sûr', stepUrl('archiver-le-dossier'));
    }
  } else {
    const last = dates.lastDay?.date;
    if (path === 'immediat') add(announce, 'Rassembler les preuves : messages, dates, factures', stepUrl('archiver-le-dossier'));
    add(announce, 'Annoncer votre décision lors d’une conversation', stepUrl('avoir-la-conversation'));
    add(announce, 'Envoyer la lettre en recommandé avec accusé de réception, et une copie par courriel', stepUrl('confirmer-par-ecrit'));
    if (path === 'immediat') paymentCheck();
    const handover = last ? lastWorkingDay(addDays(last, -7)).date : undefined;
    if (path === 'preavis' && (handover === undefined || handover > announce))
      add(handover, 'Préparer la transmission : livrables, accès, notes pour la suite', stepUrl('organiser-la-transition'));
    add(
      last,
      'Remettre les livrables et les accès prévus par le contrat, et retirer vos propres accès',
      stepUrl('organiser-la-transition'),
    );
    if (toBill) add(last, 'Facturer le travail fait et pas encore facturé', stepUrl('facture-finale'));
    if (path === 'preavis') paymentCheck();
    add(last ? nextWorkingDay(addDays(last, 1)) : undefined, 'Archiver le dossier du client en lieu sûr', stepUrl('archiver-le-dossier'));
  }
  // Dated tasks in order; those waiting for the contract's end date come last, in their own order.
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => (a.item.date ?? '9999').localeCompare(b.item.date ?? '9999') || a.i - b.i)
    .map(({ item }) => item);
}
