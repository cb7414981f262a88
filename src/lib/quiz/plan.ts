import { scriptUrl, stepUrl } from '../urls';
import type { ExitDates } from './compose';
import { formatEuros } from './compose';
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

const leaving = (v: Verdict) => v.level === 'preparer' || v.level === 'partir';

/** The context answers (revenue share, length, contract, money owed…) turned into plain advice. */
export function planNotes(model: QuizModel, answers: Answers, verdict: Verdict, dates: ExitDates): PlanNote[] {
  if (verdict.level === 'garder') return [];
  const fact = (name: string) => factAnswer(model, answers, name);
  const notes: PlanNote[] = [];
  const add = (id: string, text: string, href: string, linkText: string) => notes.push({ id, text, href, linkText });

  if (leaving(verdict)) {
    const share = fact('part-du-ca');
    if (share === '30-a-50' || share === 'plus-de-50') {
      add(
        'poids-du-client',
        verdict.level === 'partir'
          ? 'Ce client pèse lourd dans votre chiffre d’affaires, mais la situation ne se négocie pas : partez, et mettez dès maintenant toute votre énergie à trouver d’autres missions.'
          : 'Ce client pèse lourd dans votre chiffre d’affaires : préparez la sortie, mais annoncez-la une fois d’autres missions en vue.',
        stepUrl('choisir-le-moment'),
        'Choisir le moment',
      );
    }
    if (verdict.level === 'preparer' && dates.notice) {
      const source = dates.noticeSource === 'contrat' ? 'le préavis prévu par votre contrat' : 'un préavis indicatif, à ajuster';
      add(
        'preavis',
        `Avec ${source} de ${NOTICE_LENGTHS[dates.notice].words}, votre dernier jour de travail serait le ${formatLongDateFr(dates.lastDay.date)}.` +
          (dates.lastDay.movedBecause
            ? ` Le préavis se termine le ${formatLongDateFr(dates.lastDay.end)}, ${dates.lastDay.movedBecause === 'un samedi' || dates.lastDay.movedBecause === 'un dimanche' ? 'un week-end' : `jour férié (${dates.lastDay.movedBecause})`} : le dernier jour ouvré est donc celui qui précède.`
            : ''),
        stepUrl('donner-un-preavis'),
        'Donner un préavis raisonnable',
      );
    }
    const duration = fact('duree');
    if (duration === 'deux-a-cinq-ans' || duration === 'plus-de-cinq-ans') {
      add(
        'relation-ancienne',
        'Votre relation dure depuis longtemps : la loi attend un préavis écrit d’autant plus long que la relation est ancienne. Vérifiez la durée avec un conseil avant d’écrire.',
        stepUrl('donner-un-preavis'),
        'Le préavis et la loi',
      );
    }
    if (verdict.level === 'partir') {
      add(
        'sans-preavis',
        'Un manquement grave du client dispense de préavis, mais c’est à vous de pouvoir le prouver : gardez messages et dates, et faites-vous conseiller avant d’invoquer la rupture immédiate.',
        stepUrl('donner-un-preavis'),
        'Ce que dit la loi sur le préavis',
      );
    }
    if (fact('projet-en-cours') === 'oui') {
      add(
        'projet-en-cours',
        verdict.level === 'partir'
          ? 'Un projet est en cours : ne le prolongez pas. Facturez le travail fait et rendez au client ce qui lui appartient.'
          : 'Un projet est en cours : le bon moment pour partir est souvent juste après une livraison, ou à une étape naturelle du projet.',
        stepUrl('choisir-le-moment'),
        'Choisir le moment',
      );
    }
    const contract = fact('contrat');
    if (contract === 'duree-determinee') {
      add(
        'contrat-a-terme',
        'Votre contrat court jusqu’à une date fixée : en sortir plus tôt suppose une clause qui le permet, l’accord du client ou un manquement grave de sa part.',
        stepUrl('donner-un-preavis'),
        'Le préavis et le contrat',
      );
    } else if (contract === 'aucun') {
      add(
        'sans-contrat',
        'Sans contrat écrit, tout ce que vous conviendrez de la fin doit être confirmé par écrit : c’est votre seule trace.',
        stepUrl('confirmer-par-ecrit'),
        'Confirmer par écrit',
      );
    }
  }

  const owed = fact('montant-du');
  if (typeof owed === 'number' && owed > 0) {
    add(
      'montant-du',
      fact('type-de-client') === 'particulier'
        ? `Il vous doit ${formatEuros(owed)} : envoyez une facture finale payable dès réception. Pour un particulier, l’indemnité forfaitaire de 40 € ne s’applique pas.`
        : `Il vous doit ${formatEuros(owed)} : envoyez une facture finale payable dès réception. Entre professionnels, les pénalités de retard et l’indemnité de 40 € par facture sont dues sans relance.`,
      stepUrl('facture-finale'),
      'La facture finale',
    );
  }

  const tried = fact('deja-essaye');
  if (verdict.level === 'preparer' && tried === 'non') {
    add(
      'essayer-d-abord',
      'Vous n’avez pas encore posé de limite claire : si la relation en vaut la peine, tentez d’abord la conversation de recadrage, puis décidez.',
      scriptUrl(model.scriptRoles.boundary),
      'Poser une limite',
    );
  }
  if (verdict.level === 'recadrer' && dates.recheck) {
    add(
      'reevaluer',
      tried === 'oui'
        ? `Vous avez déjà essayé : ce recadrage est le dernier. Faites le point le ${formatLongDateFr(dates.recheck)} ; si rien n’a changé, préparez la sortie.`
        : `Posez la limite, puis faites le point le ${formatLongDateFr(dates.recheck)} en reprenant ce diagnostic.`,
      stepUrl('decider-a-tete-reposee'),
      'Décider à tête reposée',
    );
  }
  return notes;
}

export interface ChecklistItem {
  date: IsoDate;
  label: string;
  href: string;
}

/** The exit (or the boundary) as dated tasks, in order. */
export function datedChecklist(model: QuizModel, verdict: Verdict, dates: ExitDates, today: IsoDate): ChecklistItem[] {
  if (verdict.level === 'garder') return [];
  if (verdict.level === 'recadrer') {
    return [
      { date: today, label: 'Avoir la conversation qui pose la limite', href: scriptUrl(model.scriptRoles.boundary) },
      {
        date: today,
        label: 'Envoyer le récapitulatif écrit des nouvelles règles',
        href: scriptUrl(model.scriptRoles.boundary, 'la-version-ecrite'),
      },
      ...(dates.recheck
        ? [{ date: dates.recheck, label: 'Faire le point : la limite a-t-elle tenu ?', href: stepUrl('decider-a-tete-reposee') }]
        : []),
    ];
  }
  const last = dates.lastDay.date;
  const handover = lastWorkingDay(addDays(last, -7)).date;
  return [
    { date: today, label: 'Annoncer votre décision lors d’une conversation', href: stepUrl('avoir-la-conversation') },
    { date: today, label: 'Envoyer la confirmation écrite', href: stepUrl('confirmer-par-ecrit') },
    ...(handover > today
      ? [
          {
            date: handover,
            label: 'Préparer la transmission : fichiers, accès, notes pour la suite',
            href: stepUrl('organiser-la-transition'),
          },
        ]
      : []),
    { date: last, label: 'Remettre les fichiers, identifiants et mots de passe', href: stepUrl('organiser-la-transition') },
    { date: last, label: 'Envoyer la facture finale, payable dès réception', href: stepUrl('facture-finale') },
    { date: nextWorkingDay(addDays(last, 1)), label: 'Archiver le dossier du client en lieu sûr', href: stepUrl('archiver-le-dossier') },
  ];
}
