import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { IndexChunk } from '../lib/index-chunks';
import { decodeCbor } from './cbor';

const SIGNATURE = 'pagefind_dcd';

const isChunk = (value: unknown): value is [string, string, string] =>
  Array.isArray(value) && value.length === 3 && value.every((part) => typeof part === 'string');

/**
 * The index chunks of a Pagefind bundle and the words each spans, read from its metadata file:
 * gzip, then a signature, then CBOR `[version, pages, chunks, filters, sorts]` with each chunk
 * `[from, to, hash]`. Pagefind does not document this format: if an upgrade changes it, the
 * build stops here and says so.
 */
export function readIndexChunks(bundle: string, language: string, bundleUrl: string): IndexChunk[] {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages?: Record<string, { hash?: string }>;
  };
  const metaFile = `pagefind.${entry.languages?.[language]?.hash}.pf_meta`;
  const bytes = gunzipSync(readFileSync(join(bundle, metaFile)));
  const meta = bytes.subarray(0, SIGNATURE.length).toString() === SIGNATURE ? decodeCbor(bytes.subarray(SIGNATURE.length)) : undefined;
  const chunks: unknown = Array.isArray(meta) ? meta[2] : undefined;
  if (!Array.isArray(chunks) || chunks.length === 0 || !chunks.every(isChunk)) {
    throw new Error(`${metaFile} : format inattendu (Pagefind a changé ?), mettez à jour src/integrations/pagefind-chunks.ts`);
  }
  return chunks.map(([from, to, hash]) => ({ from, to, url: `${bundleUrl}index/${hash}.pf_index` }));
}
