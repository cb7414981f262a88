import { gzipSync } from 'node:zlib';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeCbor } from '../../src/integrations/cbor';
import { readIndexChunks } from '../../src/integrations/pagefind-chunks';
import { chunkForFirstWord, firstWordKey, type IndexChunk } from '../../src/lib/index-chunks';

// The ranges of the guide's index on 2026-12-07.
const CHUNKS: IndexChunk[] = [
  { from: '000', to: 'creanc', url: '1' },
  { from: 'creanci', to: 'fix', url: '2' },
  { from: 'fixe', to: 'ne', url: '3' },
  { from: 'nea', to: 'respect', url: '4' },
  { from: 'respecte', to: 'zon', url: '5' },
];

describe('the first index chunk', () => {
  test('keys the first word as the index spells it: lower case, no accents', () => {
    expect(firstWordKey('  Préavis de départ')).toBe('preavis');
    expect(firstWordKey('40 €')).toBe('40');
    expect(firstWordKey('« ')).toBe('');
  });

  test('is known after one letter when a single chunk holds that letter', () => {
    expect(chunkForFirstWord(CHUNKS, 'p')?.url).toBe('4');
    expect(chunkForFirstWord(CHUNKS, 'préavis')?.url).toBe('4');
    expect(chunkForFirstWord(CHUNKS, 'Insultes')?.url).toBe('3');
  });

  test('waits for more letters while two chunks may hold the word', () => {
    expect(chunkForFirstWord(CHUNKS, 'c')).toBeUndefined();
    expect(chunkForFirstWord(CHUNKS, 'cl')?.url).toBe('1');
    expect(chunkForFirstWord(CHUNKS, 'cri')?.url).toBe('2');
    expect(chunkForFirstWord(CHUNKS, '')).toBeUndefined();
  });
});

describe('reading Pagefind’s metadata', () => {
  test('decodes the CBOR items Pagefind writes', () => {
    // [1, "ab", [true, null], {"k": 500}, -2, h'0102']
    const bytes = new Uint8Array([0x86, 0x01, 0x62, 0x61, 0x62, 0x82, 0xf5, 0xf6, 0xa1, 0x61, 0x6b, 0x19, 0x01, 0xf4, 0x21, 0x42, 1, 2]);
    expect(decodeCbor(bytes)).toEqual([1, 'ab', [true, null], new Map([['k', 500]]), -2, new Uint8Array([1, 2])]);
  });

  test('lists the index chunks of a bundle with the words each spans', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pagefind-'));
    try {
      writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify({ languages: { fr: { hash: 'fr_1' } } }));
      // "pagefind_dcd" then ["1.6.0", [], [["a", "m", "fr_a"], ["n", "z", "fr_b"]], [], []]
      const cbor = [0x85, 0x65, ...Buffer.from('1.6.0'), 0x80, 0x82];
      for (const [from, to, hash] of [
        ['a', 'm', 'fr_a'],
        ['n', 'z', 'fr_b'],
      ] as const) {
        cbor.push(0x83, 0x61, from.charCodeAt(0), 0x61, to.charCodeAt(0), 0x64, ...Buffer.from(hash));
      }
      cbor.push(0x80, 0x80);
      writeFileSync(join(dir, 'pagefind.fr_1.pf_meta'), gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(cbor)])));
      expect(readIndexChunks(dir, 'fr', '/pagefind/')).toEqual([
        { from: 'a', to: 'm', url: '/pagefind/index/fr_a.pf_index' },
        { from: 'n', to: 'z', url: '/pagefind/index/fr_b.pf_index' },
      ]);
      writeFileSync(join(dir, 'pagefind.fr_1.pf_meta'), gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from([0x80])])));
      expect(() => readIndexChunks(dir, 'fr', '/pagefind/')).toThrow(/format inattendu/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
