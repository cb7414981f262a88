import { printedLetter } from '../../src/lib/quiz/export';
import type { LetterFields } from '../../src/lib/quiz/model';
import { formatLongDateFr } from '../../src/lib/case/calendar';
import { model, resultFor, type Case } from './quiz';

/** One case's whole result as text, for a reviewed fixture: every word a user would receive. */
export function wordsReport(c: Case): string {
  const r = resultFor(c);
  const fields: LetterFields = c.fields ?? {};
  const lines = [
    `Verdict : ${r.verdict.level} · script : ${r.script?.id ?? 'aucun'} · voie : ${r.path ?? 'aucune'}`,
    `Conditions : ${[...r.flags].sort().join(', ') || 'aucune'}`,
    '',
    '## Ce que votre situation change',
    ...r.notes.map((n) => `- ${n.text} → ${n.linkText}`),
    '',
    '## Votre liste, avec les dates',
    ...r.checklist.map((i) => `- ${i.date ? formatLongDateFr(i.date) : 'Au terme du contrat'} : ${i.label}`),
  ];
  if (r.words) {
    lines.push('', `## La conversation (${r.words.title})`, '');
    r.words.conversation.forEach((l, i) => lines.push(`${i + 1}. ${l.step}`, `« ${l.say} »`, ''));
    for (const doc of r.words.documents) {
      lines.push(`## ${doc.title}`, '', `(courriel) Objet : ${doc.subject}`, '', printedLetter(doc, doc, fields, model.letters.layout), '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
