import { chunkForFirstWord, INDEX_CHUNKS_FILE, type IndexChunk } from '../../lib/index-chunks';

/**
 * Preloads the index chunk the first typed word needs as soon as it is known, while the engine
 * is still downloading: Pagefind would ask for it only once started. Once is enough: the chunks
 * of later words come with the search itself.
 */
export function preloadFirstChunk(input: HTMLInputElement, preload: (href: string) => void) {
  const chunks = fetch(`/pagefind/${INDEX_CHUNKS_FILE}`)
    .then((response) => (response.ok ? (response.json() as Promise<IndexChunk[]>) : []))
    .catch(() => []);
  let preloaded = false;
  const tryNow = async () => {
    const chunk = chunkForFirstWord(await chunks, input.value);
    if (!chunk || preloaded) return;
    preloaded = true;
    input.removeEventListener('input', tryNow);
    preload(chunk.url);
  };
  input.addEventListener('input', tryNow);
  void tryNow();
}
