/** Where the guide's words live; a test may point this at a fixture. */
export const contentRoot = (env: Record<string, string | undefined> = process.env) => env['GUIDE_CONTENT_DIR'] ?? './content';

/** "03-preparer-la-conversation.mdx" → "preparer-la-conversation": the number orders files, the rest names the step. */
export function stepIdFromFileName(fileName: string): string {
  return fileName.replace(/^\d+-/, '').replace(/\.mdx$/, '');
}
