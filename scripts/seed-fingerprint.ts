/**
 * `npm run seeds:fingerprint`: rewrites test/fixtures/seed-fingerprint.txt from the source
 * articles in ../shared/seeds, so the copy check (test/unit/copy-check.test.ts) also works on a
 * clone without them. Run it when the articles change; the copy check fails until you do.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fingerprintOf, readSeeds, serialiseFingerprint } from '../test/support/copy-check/fingerprint.ts';
import { fingerprintFile, projectRoot, seedDir } from '../test/support/copy-check/paths.ts';

if (!existsSync(seedDir)) {
  console.error(`No source articles at ${seedDir}: the fingerprint can only be made where they are.`);
  process.exit(1);
}
const seeds = readSeeds(seedDir);
const hashes = fingerprintOf(seeds.map((seed) => seed.text));
writeFileSync(fingerprintFile, serialiseFingerprint(hashes));
console.log(`${relative(projectRoot, fingerprintFile)}: ${hashes.length} hashed runs from ${seeds.length} articles`);
