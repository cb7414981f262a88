import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Out of git and of dist/, beside other tools' caches; `rm -rf` it to draw every image again. */
export const PREVIEW_CACHE_DIR = join('node_modules', '.cache', 'preview-images');

/**
 * Link-preview images already drawn, filed under a hash of what they show: the card's whole
 * element tree (words, colours, sizes) and the renderer (its versions and font files). A page
 * whose card did not change is copied, not drawn again; any change to the card, the layout code
 * or the renderer gives a new key, so a stale image is never reused. Entries are never pruned:
 * an image is about 40 kB, and two builds sharing node_modules (the bench's scale run) must not
 * delete each other's files.
 */
export function previewCache(renderer: string, dir = PREVIEW_CACHE_DIR) {
  mkdirSync(dir, { recursive: true });
  const fileFor = (card: unknown) => join(dir, `${createHash('sha256').update(renderer).update(JSON.stringify(card)).digest('hex')}.png`);

  return {
    /** Copies the image drawn earlier for this card to `target`; false if there is none. */
    restore(card: unknown, target: string): boolean {
      try {
        copyFileSync(fileFor(card), target);
        return true;
      } catch {
        return false;
      }
    },
    /** Keeps a freshly drawn image; written aside then renamed, so a parallel build never reads half a file. */
    store(card: unknown, png: Uint8Array) {
      const file = fileFor(card);
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, png);
      renameSync(partial, file);
    },
  };
}

/** What the renderer is: its packages' versions and the font files' bytes, hashed together. */
export function rendererFingerprint(versions: string[], fonts: Uint8Array[]): string {
  const hash = createHash('sha256').update(versions.join('\n'));
  for (const font of fonts) hash.update(font);
  return hash.digest('hex');
}
