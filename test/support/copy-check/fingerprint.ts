/**
 * A fingerprint of the source articles that can be committed without their text: every run of
 * SHINGLE_SIZE consecutive words, hashed with 64-bit FNV-1a and written in base 36, one per line,
 * sorted. 64 bits rather than 32: the guide has some 10^5 runs to look up among ~5,000 hashes, and
 * with 32 bits a chance collision (a failure naming words the sources never had) would be likely
 * within a few years of edits; with 64 it is negligible.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { wordsOf } from './words.ts';

/** The shortest shared run the copy check reports. */
export const SHINGLE_SIZE = 6;

const encoder = new TextEncoder();

/** 64-bit FNV-1a of the UTF-8 bytes, computed on two 32-bit halves (no BigInt in the hot loop). */
export function fnv1a64(text: string): string {
  let high = 0xcbf29ce4;
  let low = 0x84222325;
  for (const byte of encoder.encode(text)) {
    low = (low ^ byte) >>> 0;
    // multiply by the FNV prime 2^40 + 0x1b3, modulo 2^64
    const lowProduct = low * 0x1b3;
    high = (Math.imul(high, 0x1b3) + Math.floor(lowProduct / 0x1_0000_0000) + (low << 8)) >>> 0;
    low = lowProduct >>> 0;
  }
  return ((BigInt(high) << 32n) | BigInt(low)).toString(36);
}

export const hashRun = (words: readonly string[]) => fnv1a64(words.join(' '));

/** Every run of SHINGLE_SIZE words of the texts, hashed, deduplicated and sorted. */
export function fingerprintOf(texts: readonly string[]): string[] {
  const hashes = new Set<string>();
  for (const text of texts) {
    const words = wordsOf(text).map((word) => word.text);
    for (let i = 0; i + SHINGLE_SIZE <= words.length; i++) hashes.add(hashRun(words.slice(i, i + SHINGLE_SIZE)));
  }
  return [...hashes].sort();
}

const HEADER = [
  `# Fingerprint of the source articles (../shared/seeds/*.txt): every run of ${SHINGLE_SIZE} words,`,
  '# normalised like shared/tools/seed-overlap.mjs, hashed (FNV-1a, 64 bits, base 36), sorted.',
  '# No text of the articles is stored here. Regenerate with `npm run seeds:fingerprint`.',
];

export const serialiseFingerprint = (hashes: readonly string[]) => [...HEADER, ...hashes].join('\n') + '\n';

export const parseFingerprint = (file: string) => file.split('\n').filter((line) => line !== '' && !line.startsWith('#'));

/** The seed files of a folder, by name, in a stable order. */
export function readSeeds(seedDir: string): { name: string; text: string }[] {
  return readdirSync(seedDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(seedDir, name), 'utf8') }));
}
