/** Copies a text and returns what to tell the reader: `done` on success, how to copy by hand otherwise. */
export async function copyText(text: string, done: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return done;
  } catch {
    return 'La copie a échoué : sélectionnez le texte et copiez-le à la main.';
  }
}
