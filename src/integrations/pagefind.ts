import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'node-html-parser';
import { close, createIndex, type CustomRecord } from 'pagefind';

/**
 * Sections marked `data-search-record="<url>"` (with `data-search-title` and
 * `data-search-type`) become search results of their own, landing on their anchor: each
 * exit step is found as itself, not as one paragraph of a long page.
 */
function sectionRecords(site: string): CustomRecord[] {
  const records: CustomRecord[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) {
        const html = readFileSync(path, 'utf8');
        if (!html.includes('data-search-record')) continue;
        for (const section of parse(html).querySelectorAll('[data-search-record]')) {
          for (const ignored of section.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
          const type = section.getAttribute('data-search-type') ?? '';
          records.push({
            url: section.getAttribute('data-search-record') ?? '',
            content: section.text.replace(/\s+/g, ' ').trim(),
            language: 'fr',
            meta: { title: section.getAttribute('data-search-title') ?? '', type },
            filters: { type: [type] },
          });
        }
      }
    }
  };
  walk(site);
  return records;
}

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
          const { index, errors } = await createIndex({ forceLanguage: 'fr' });
          if (!index) throw new Error(errors.join('; '));
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(added.errors.join('; '));
          const records = sectionRecords(site);
          for (const record of records) {
            const { errors: recordErrors } = await index.addCustomRecord(record);
            if (recordErrors.length > 0) throw new Error(recordErrors.join('; '));
          }
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length > 0) throw new Error(written.errors.join('; '));
          logger.info(`${added.page_count} pages et ${records.length} sections indexées pour la recherche`);
        } finally {
          await close();
        }
      },
    },
  };
}
