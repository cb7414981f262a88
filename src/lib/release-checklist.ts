import type { ContentProblem } from './content-checks';
import { overdueLegalFacts, ratesToUpdate } from './freshness';
import type { IsoDate } from './case/calendar';
import type { RatesData } from '../schemas/rates';

/** One thing to do before the site goes live, and the switch that makes it block a release build. */
export interface ReleaseItem {
  /** What to do, with where: "content/droit.yaml → cession-droits.verifiedOn : vérifié le …". */
  text: string;
  /** The environment variable under which this item fails the build (`npm run build:release` sets both). */
  requiredBy?: 'REQUIRE_PUBLISHER' | 'REQUIRE_FRESH';
}

export interface ReleaseInputs {
  /** Fields of src/data/publisher.ts still empty ("PUBLISHER.email"). */
  missingPublisherFields: string[];
  rates?: { file: string; data: RatesData } | undefined;
  legalFacts?: { file: string; facts: { id: string; data: { verifiedOn: IsoDate } }[] } | undefined;
  today: IsoDate;
}

const line = (p: ContentProblem) => `${p.file} → ${p.field} : ${p.message}`;

/**
 * The deploy checklist every build prints: the mentions légales still to fill, a half-year with no
 * rates, legal facts due for re-reading, provisional rates to confirm. None stops an ordinary build;
 * the release build refuses the first three.
 */
export function releaseChecklist({ missingPublisherFields, rates, legalFacts, today }: ReleaseInputs): ReleaseItem[] {
  const items: ReleaseItem[] = [];
  if (missingPublisherFields.length > 0)
    items.push({
      text: `mentions légales incomplètes, à remplir dans src/data/publisher.ts : ${missingPublisherFields.join(', ')}`,
      requiredBy: 'REQUIRE_PUBLISHER',
    });
  const toUpdate = rates ? ratesToUpdate(rates.file, rates.data, today) : { missing: [], provisional: [] };
  for (const p of toUpdate.missing) items.push({ text: line(p), requiredBy: 'REQUIRE_FRESH' });
  for (const p of legalFacts ? overdueLegalFacts(legalFacts.file, legalFacts.facts, today) : [])
    items.push({ text: line(p), requiredBy: 'REQUIRE_FRESH' });
  for (const p of toUpdate.provisional) items.push({ text: line(p) });
  return items;
}

/** The items that block a build run with these environment variables set to "1". */
export const blockingItems = (items: ReleaseItem[], env: Record<string, string | undefined>) =>
  items.filter((item) => item.requiredBy && env[item.requiredBy] === '1');
