// Apart from the check screen's lines (review.ts): the question screens, loaded first, need only this.

/** « une question », « 4 questions ». */
const questions = (count: number) => (count === 1 ? 'une question' : `${count} questions`);

/**
 * What a changed answer brings, said before the first question it adds: how many, and whether it
 * is because the verdict moved (then the new questions shape the way out).
 */
export const addedQuestionsNotice = (count: number, verdictChanged: boolean): string =>
  verdictChanged
    ? `Votre réponse change le verdict\u00a0: ${questions(count)} de plus sur votre situation, puis vous revenez à vos réponses.`
    : `Votre réponse appelle ${questions(count)} de plus, puis vous revenez à vos réponses.`;
