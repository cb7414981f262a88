import { figureValues, type LegalFigures } from './figures';
import { SIGN_CONDITION, type Path } from './vocabulary';
import type { Situation } from './render';

/**
 * The situation a script's page shows: its most common use, every blank left visible but the
 * legal figures, so the reader sees the whole text (the self-assessment writes the version that
 * fits their case).
 */
export function sampleSituation(
  script: { kind: 'sortie' | 'limite' | 'soutien'; clientAtFault: boolean; urgent: boolean },
  signIds: string[],
  figures: LegalFigures,
): Situation & { path: Path } {
  const path: Path = script.kind === 'limite' ? 'recadrer' : script.urgent ? 'immediat' : 'preavis';
  const flags = new Set<string>([path, 'projet', 'aFacturer', 'impayes']);
  if (!script.clientAtFault) flags.add('confrere');
  // The boundary page lists every rule it can set: readers pick those that fit.
  if (path === 'recadrer') for (const id of signIds) flags.add(`${SIGN_CONDITION}${id}`);
  return { path, flags, values: figureValues(figures) };
}
