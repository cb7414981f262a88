import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { INDEX_CHUNKS_FILE } from '../lib/index-chunks';
import { readIndexChunks } from './pagefind-chunks';

/** The guide is in French: stemming and the WebAssembly the browser loads (wasm.fr.pagefind). */
const LANGUAGE = 'fr';

/**
 * Indexes the built site with Pagefind after every `astro build` (as Starlight does), so
 * `npm run build` and `npm start` always serve a working search. Only elements marked
 * `data-pagefind-body` are indexed: the guide's words, not its navigation or the quiz's controls.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({ forceLanguage: LANGUAGE });
          if (!index) throw new Error(errors.join('; '));
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(added.errors.join('; '));
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length > 0) throw new Error(written.errors.join('; '));
          const chunks = readIndexChunks(`${site}pagefind`, LANGUAGE, '/pagefind/');
          writeFileSync(`${site}pagefind/${INDEX_CHUNKS_FILE}`, JSON.stringify(chunks));
          // Pagefind also writes its ready-made interfaces; this site has its own, so they go.
          for (const file of readdirSync(`${site}pagefind`)) {
            if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(file)) rmSync(`${site}pagefind/${file}`);
          }
          logger.info(`${added.page_count} pages indexées pour la recherche`);
        } finally {
          await close();
        }
      },
    },
  };
}
