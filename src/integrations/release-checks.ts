import { readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { missingPublisherFields } from '../data/publisher';
import { calendarDateSchema } from '../schemas/common';
import { ratesSchema } from '../schemas/rates';
import { localToday } from '../lib/case/calendar';
import { blockingItems, releaseChecklist, type ReleaseItem } from '../lib/release-checklist';
import { parseYaml } from '../lib/yaml';

const RATES = 'content/taux.yaml';
const LEGAL = 'content/droit.yaml';

/**
 * Reads what the checklist needs straight from content/, before any page is rendered, so a release
 * build fails in seconds. A file the schemas refuse is left out here: the content collections
 * report it, with its field, when the pages are built.
 */
function checklist(root: URL): ReleaseItem[] {
  const read = (file: string) => parseYaml(readFileSync(new URL(file, root), 'utf8'), file);
  const rates = ratesSchema.safeParse(read(RATES));
  const facts = Object.entries((read(LEGAL) ?? {}) as Record<string, { verifiedOn?: unknown }>).flatMap(([id, fact]) => {
    const verifiedOn = calendarDateSchema.safeParse(fact?.verifiedOn);
    return verifiedOn.success ? [{ id, data: { verifiedOn: verifiedOn.data } }] : [];
  });
  return releaseChecklist({
    missingPublisherFields: missingPublisherFields(),
    rates: rates.success ? { file: RATES, data: rates.data } : undefined,
    legalFacts: { file: LEGAL, facts },
    today: localToday(),
  });
}

/**
 * The deploy checklist (src/lib/release-checklist.ts): every build and dev server lists what is
 * left to do as warnings; with REQUIRE_PUBLISHER=1 or REQUIRE_FRESH=1 (`npm run build:release`
 * sets both) the build refuses to start while an item they cover is open.
 */
export function releaseChecks(): AstroIntegration {
  let root: URL;
  // Read once a build, at its start; listed again at its end, where the log ends.
  let items: ReleaseItem[] = [];
  const warn = (logger: { warn: (message: string) => void }) => {
    for (const item of items) logger.warn(item.text);
  };
  return {
    name: 'release-checks',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:start': () => {
        items = checklist(root);
        const blocking = blockingItems(items, process.env);
        if (blocking.length > 0)
          throw new Error(
            [
              `La vérification de mise en ligne a trouvé ${blocking.length} point(s) à régler :`,
              ...blocking.map((i) => `  ${i.text}`),
            ].join('\n'),
          );
      },
      'astro:build:done': ({ logger }) => warn(logger),
      'astro:server:start': ({ logger }) => {
        items = checklist(root);
        warn(logger);
      },
    },
  };
}
