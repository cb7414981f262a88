import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, mergePolicies } from '../lib/security-headers';
import { builtHtmlFiles } from './built-pages';

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;

/** Writes dist/_headers from the CSP Astro put in every built page (see src/lib/security-headers.ts). */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const policies = builtHtmlFiles(dir).map((path) => {
          const policy = META_CSP.exec(readFileSync(path, 'utf8'))?.[1];
          if (!policy) throw new Error(`${path} : pas de politique de sécurité du contenu`);
          return policy.replaceAll('&#39;', "'");
        });
        writeFileSync(new URL('_headers', dir), headersFile(mergePolicies(policies)));
        logger.info(`_headers écrit (politique fusionnée de ${policies.length} pages) dans ${fileURLToPath(dir)}`);
      },
    },
  };
}
