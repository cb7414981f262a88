import type { IsoDate } from '../case/calendar';
import type { ChecklistItem } from './plan';

// iCalendar (RFC 5545): text escaped, lines folded at 75 octets, CRLF line ends.
const icsText = (text: string) => text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
function fold(line: string): string {
  const bytes = new TextEncoder();
  const out: string[] = [];
  let current = '';
  for (const char of line) {
    if (bytes.encode(current + char).length > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = char;
    } else current += char;
  }
  out.push(current);
  return out.join('\r\n ');
}
const compact = (date: IsoDate) => date.replaceAll('-', '');

/** The dated checklist as a calendar file: one all-day event per dated task, with its link to the guide. */
export function checklistAsIcs(items: ChecklistItem[], title: string, origin: string, stamp: Date): string {
  const dtstamp = stamp
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const events = items.flatMap((item, i) => {
    if (!item.date) return [];
    const next = new Date(`${item.date}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    return [
      'BEGIN:VEVENT',
      `UID:${compact(item.date)}-${i}@rompre-avec-un-client`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${compact(item.date)}`,
      `DTEND;VALUE=DATE:${compact(next.toISOString().slice(0, 10))}`,
      `SUMMARY:${icsText(item.label)}`,
      `DESCRIPTION:${icsText(`${title} : ${origin}${item.href}`)}`,
      'END:VEVENT',
    ];
  });
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Rompre avec un client//Diagnostic//FR',
    'CALSCALE:GREGORIAN',
    ...events,
    'END:VCALENDAR',
  ]
    .map(fold)
    .join('\r\n')
    .concat('\r\n');
}
