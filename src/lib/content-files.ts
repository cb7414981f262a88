/** "03-preparer-la-conversation.mdx" → "preparer-la-conversation": the number orders files, the rest names the step. */
export function stepIdFromFileName(fileName: string): string {
  return fileName.replace(/^\d+-/, '').replace(/\.mdx$/, '');
}
