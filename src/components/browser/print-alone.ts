/**
 * Prints one text alone (a statement, a letter): it goes into a sheet that only print shows, and
 * the rest of the page is left off paper for this print only. The text is set as text, never as
 * markup, and the page is as it was once the print dialog closes.
 */
export function printAlone(text: string) {
  const sheet = document.createElement('div');
  sheet.className = 'print-sheet';
  sheet.textContent = text;
  document.querySelector('.print-sheet')?.remove();
  document.body.append(sheet);
  document.documentElement.dataset['printing'] = 'alone';
  addEventListener(
    'afterprint',
    () => {
      delete document.documentElement.dataset['printing'];
      sheet.remove();
    },
    { once: true },
  );
  window.print();
}
