import { join } from 'node:path';

export const projectRoot = join(import.meta.dirname, '..', '..', '..');
/** Where the source articles live beside the project on the editors' machines (not in CI). */
export const seedDir = join(projectRoot, '..', 'shared', 'seeds');
export const fingerprintFile = join(projectRoot, 'test', 'fixtures', 'seed-fingerprint.txt');
