import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const SUFFIX = '?lazy-chunk-url';
const PREFIX = '\0lazy-chunk-url:';

/**
 * `import url from './module.ts?lazy-chunk-url'` gives the URL of that module built as a chunk of
 * its own, for a script to `import()` later. A literal `import('./module')` would do the same,
 * but Vite wraps every literal dynamic import in its preload helper, a shared chunk that every
 * page would then download with the script (vitejs/vite#13952); a URL import needs no helper.
 */
export function lazyChunkUrl(): Plugin {
  let building = false;
  return {
    name: 'lazy-chunk-url',
    enforce: 'pre',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId(source, importer) {
      if (!source.endsWith(SUFFIX) || !importer) return null;
      return `${PREFIX}${resolve(importer, '..', source.slice(0, -SUFFIX.length))}`;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length);
      // The development server serves any file of the project under /@fs/.
      if (!building) return `export default ${JSON.stringify(`/@fs${file}`)};`;
      // 'allow-extension': the chunk may export more for other scripts that import the module
      // (not through a second, re-exporting chunk, which would cost one more request).
      const reference = this.emitFile({ type: 'chunk', id: file, preserveSignature: 'allow-extension' });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}
