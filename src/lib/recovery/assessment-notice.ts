import { formatLongDateFr, type IsoDate } from '../case/calendar';
import { toCents } from '../case/money';
import type { ClientKind, PlannedNotice } from '../case/assessment';
import { claimedInvoices, type RecoveryDocument } from './letters';
import type { Statement } from './penalties';

/*
 * The calculator beside the self-assessment's mise en demeure. A module of its own, apart from
 * letters.ts, which both tools load: what only the calculator shows stays out of the self-assessment's first screen.
 */

/**
 * How the self-assessment's mise en demeure stands against this statement: the same claim (the
 * same invoices, each with the same balance, and nothing else late), so it is the one to send and
 * the ladder composes no second; or a claim the calculator knows more of (a part payment, an
 * invoice paid late), so the ladder's own replaces it. Undefined when there is none to weigh, or
 * when the reader says a mise en demeure was already sent.
 */
export function assessmentNoticeFor(
  notice: PlannedNotice | undefined,
  statement: Statement,
  /** The date of a mise en demeure the reader says was already sent: then that one stands, not the planned one. */
  alreadySent: string,
): { notice: PlannedNotice; same: boolean } | undefined {
  if (!notice || alreadySent.trim() !== '') return undefined;
  const claimed = claimedInvoices(statement);
  const planned = new Map(notice.invoices.map((i) => [i.number, i.balance]));
  if (!claimed.some((i) => planned.has(i.number))) return undefined;
  const sameInvoices = claimed.length === planned.size && claimed.every((i) => toCents(planned.get(i.number) ?? -1) === toCents(i.balance));
  const paidLate = statement.invoices.some((i) => i.balance === 0 && (i.penalties > 0 || i.indemnity > 0));
  return { notice, same: sameInvoices && !paidLate };
}

/**
 * The ladder as the calculator shows it beside the self-assessment's mise en demeure: none of its
 * letters. That notice is the one to send (it alone announces the end of the contract, C. civ.
 * 1226), and once it goes, reminders would only contradict it.
 */
export const ladderBeside = (composed: RecoveryDocument[], weighed: ReturnType<typeof assessmentNoticeFor>): RecoveryDocument[] =>
  weighed ? [] : composed;

/**
 * What the ladder says in place of its letters, when the self-assessment's mise en demeure is the
 * one to send; once its deadline has passed, what comes next instead (the self-assessment dates it
 * anew when reopened). When the calculator knows more (a part payment, an invoice paid late), how
 * to bring that notice up to date rather than send a second one.
 */
export function assessmentNoticeWords(
  { notice, same }: { notice: PlannedNotice; same: boolean },
  client: ClientKind,
  tried: boolean,
  today: IsoDate,
): { title: string; text: string[] } {
  const title = 'La mise en demeure à envoyer\u00a0: celle de votre diagnostic';
  const which = notice.invoices.length === 1 ? 'de cette facture' : 'de ces factures';
  if (notice.deadline < today)
    return {
      title,
      text: [
        `Votre diagnostic a préparé la mise en demeure relative au paiement ${which}, datée du ${formatLongDateFr(notice.sent)}\u00a0; le délai qu’elle donnait a pris fin le ${formatLongDateFr(notice.deadline)}.`,
        'Si vous l’avez envoyée et que le client n’a pas payé, la suite est la notification de résiliation que le diagnostic a préparée avec elle, puis le recouvrement des sommes dues\u00a0: n’envoyez pas de seconde mise en demeure. Si elle n’est jamais partie, rouvrez votre diagnostic\u00a0: il la date du jour, avec un nouveau délai.',
      ],
    };
  const money = !same
    ? 'réclame les montants que vous y avez indiqués'
    : client === 'professionnel'
      ? 'chiffre les pénalités et indemnités comme ce relevé'
      : 'fait courir les intérêts au taux légal à compter de cette mise en demeure';
  return {
    title,
    text: [
      `Votre diagnostic a préparé la mise en demeure relative au paiement ${which}. Datée du ${formatLongDateFr(notice.sent)}, elle laisse au client jusqu’au ${formatLongDateFr(notice.deadline)} pour payer, ${money}, et annonce la fin du contrat s’il ne paie pas.`,
      ...(same
        ? []
        : [
            'Ce relevé tient compte de paiements ou de factures que votre diagnostic ne connaît pas. Avant l’envoi, indiquez dans le diagnostic, pour chaque facture, le montant qui reste dû\u00a0: sa mise en demeure reprendra ces montants. Les pénalités et l’indemnité d’une facture déjà payée en retard restent dues\u00a0: ce relevé permet de les réclamer ensuite.',
          ]),
      'Envoyez celle-là, en recommandé avec accusé de réception, et une seule fois\u00a0: elle seule permet ensuite de mettre fin au contrat, et une seconde mise en demeure pour la même dette, avec un autre délai, brouillerait ce que vous exigez. Les relances n’ont plus lieu d’être\u00a0: elles la contrediraient.',
      tried
        ? 'Vous avez indiqué avoir déjà tenté de régler la question avec ce client\u00a0: la mise en demeure est la suite logique.'
        : 'Si vous n’avez encore jamais abordé le retard avec ce client, un appel avant l’envoi peut tout régler\u00a0; s’il ne paie pas, la mise en demeure part à la date prévue.',
    ],
  };
}
