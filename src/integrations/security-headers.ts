import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, mergePolicies } from '../lib/security-headers';

/** Writes dist/_headers from the CSP Astro put in every built page (see src/lib/security-headers.ts). */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const policies: string[] = [];
        const walk = (folder: string) => {
          for (const entry of readdirSync(folder, { withFileTypes: true })) {
            const path = join(folder, entry.name);
            if (entry.isDirectory()) walk(path);
            else if (entry.name.endsWith('.html')) {
              const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(readFileSync(path, 'utf8'));
              if (!meta?.[1]) throw new Error(`${path} : pas de politique de sécurité du contenu`);
              policies.push(meta[1].replaceAll('&#39;', "'"));
            }
          }
        };
        walk(site);
        writeFileSync(join(site, '_headers'), headersFile(mergePolicies(policies)));
        logger.info(`_headers écrit (politique fusionnée de ${policies.length} pages)`);
      },
    },
  };
}
