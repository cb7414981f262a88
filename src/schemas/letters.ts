import { z } from 'astro/zod';
import { proseSchema } from './common';
import { letterSchema, sharedNameSchema, textSchema } from './words';

const choiceSchema = z.object({ label: proseSchema, explain: proseSchema });
const titledLetterSchema = letterSchema.extend({ title: proseSchema });
/** A letter of the recovery ladder: the three are shown together, so each says when its turn comes and how it is sent. */
const rungLetterSchema = titledLetterSchema.extend({ sendWhen: proseSchema });

/** content/courriers.yaml: the letters every exit shares and the paragraphs letters reuse. */
export const lettersSchema = z.object({
  /** What a printed letter carries around its body. */
  layout: z.object({
    /** The line above the subject of a letter sent by registered post. */
    registered: proseSchema,
    /** Place and date, with the blanks [Ville] and [Date du courrier]. */
    placeDate: proseSchema,
  }),
  /** The title of each document, by how the user leaves (and the notification that may follow a mise en demeure). */
  titles: z.object({
    recadrer: proseSchema,
    preavis: proseSchema,
    immediat: proseSchema,
    miseEnDemeure: proseSchema,
    resiliation: proseSchema,
  }),
  /** The two ways to leave a client at fault at once, as the reader chooses between them. */
  exitModes: z.object({ miseEnDemeure: choiceSchema, immediat: choiceSchema }),
  /**
   * The one rule for the days a client is given, counted from the day a letter is sent, to pay or
   * to put a breach right: every letter of both tools uses it (eight days after receipt is usual;
   * fifteen from sending covers the post). The date it gives is moved to the next working day.
   */
  deadlineDays: z.number().int().min(8).max(30),
  /** Paragraphs a letter reuses with `use: <id>`. */
  blocks: z.record(sharedNameSchema, textSchema),
  /** Formal notice before termination for breach (Code civil 1226); completed by the script's `demand`. */
  miseEnDemeure: letterSchema,
  /** Notification of termination, sent if the deadline passes with nothing done. */
  resiliation: letterSchema,
  /** The letters of the recovery ladder, each with its title: a courteous reminder, a firm one, the mise en demeure. */
  recouvrement: z.object({
    relanceCourtoise: rungLetterSchema,
    relanceFerme: rungLetterSchema,
    miseEnDemeure: rungLetterSchema,
    /** To a private client already put on notice: the reminders are behind, this letter recalls that notice. */
    rappelMiseEnDemeure: rungLetterSchema,
  }),
});

export type LettersData = z.infer<typeof lettersSchema>;
