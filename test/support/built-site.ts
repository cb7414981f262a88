import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const distDir = join(import.meta.dirname, '..', '..', 'dist');

/** Fails clearly when the tests run before a build. */
export function assertBuilt(): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error('dist/ est vide : lancez « npm run build » avant ces tests (npm test le fait pour vous).');
  }
}

/** Every built HTML page, as the URL path a reader would visit ("/signes/ne-paie-pas/"). */
export function builtPages(): { path: string; file: string }[] {
  assertBuilt();
  const pages: { path: string; file: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(full);
      } else if (entry.name.endsWith('.html')) {
        const rel = relative(distDir, full).replaceAll('\\', '/');
        pages.push({ path: `/${rel.replace(/index\.html$/, '')}`, file: full });
      }
    }
  };
  walk(distDir);
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

export const readPage = (file: string) => readFileSync(file, 'utf8');
