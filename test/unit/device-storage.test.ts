import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { eraseSiteData } from '../../src/components/browser/saved-locally';
import { CALCULATOR_STORAGE_KEY, CHECKLIST_STORAGE_KEY, ERASE_DEVICE, QUIZ_STORAGE_KEY, STORAGE_PREFIX } from '../../src/lib/storage-keys';
import { spacingProblems } from '../support/french-spacing';

/** A Web Storage held in memory, as a browser's. */
function memoryStorage(entries: Record<string, string>): Storage {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
    clear: () => map.clear(),
  };
}
const contents = (storage: Storage) =>
  Object.fromEntries(Array.from({ length: storage.length }, (_, i) => storage.key(i)!).map((k) => [k, storage.getItem(k)]));

describe('the erase of this device', () => {
  afterEach(() => vi.unstubAllGlobals());

  test('removes what both tools saved, and any other entry of the site, in both storages; nothing of other sites', () => {
    const local = memoryStorage({
      [QUIZ_STORAGE_KEY]: '{"fields":{"yourName":"Claire"}}',
      [CALCULATOR_STORAGE_KEY]: '{"letter":{"place":"Lyon"}}',
      [`${STORAGE_PREFIX}ancienne-cle`]: 'x',
      'un-autre-site': 'garde',
    });
    const session = memoryStorage({ [`${STORAGE_PREFIX}onglet`]: 'y' });
    vi.stubGlobal('localStorage', local);
    vi.stubGlobal('sessionStorage', session);
    eraseSiteData();
    expect(contents(local)).toEqual({ 'un-autre-site': 'garde' });
    expect(contents(session)).toEqual({});
  });

  test('asks and confirms in words that name both tools, with French spacing', () => {
    expect(ERASE_DEVICE.question).toMatch(/votre diagnostic .* votre calcul de pénalités/);
    expect(spacingProblems(Object.values(ERASE_DEVICE).join('\n'))).toEqual([]);
  });

  test('does not throw where storage is refused', () => {
    vi.stubGlobal('localStorage', {
      get length(): number {
        throw new Error('SecurityError');
      },
    });
    expect(() => eraseSiteData()).not.toThrow();
  });
});

describe('what the site writes on this device', () => {
  const root = join(import.meta.dirname, '..', '..', 'src');
  const files = (readdirSync(root, { recursive: true }) as string[])
    .filter((f) => /\.(ts|svelte|astro)$/.test(f))
    .map((f) => ({ file: relative(root, join(root, f)), text: readFileSync(join(root, f), 'utf8') }));

  test('goes through savedLocally alone, under a key of storage-keys.ts, so the erase knows every entry', () => {
    const touching = files.filter(({ text }) => /\b(local|session)Storage\s*[.[]|document\.cookie|indexedDB/.test(text)).map((f) => f.file);
    // The /rompre/ checklist's plain script keeps its own copy (a shared module would cost content pages a request);
    // its key, CHECKLIST_STORAGE_KEY, is under the prefix like the others.
    expect(touching.sort()).toEqual(['components/browser/saved-locally.ts', 'scripts/saved-checklist.ts']);
    expect(CHECKLIST_STORAGE_KEY.startsWith(STORAGE_PREFIX)).toBe(true);
    const keys = files.flatMap(({ text }) => [...text.matchAll(/savedLocally\((\w+)\)/g)].map((m) => m[1]));
    expect(new Set(keys)).toEqual(new Set(['CALCULATOR_STORAGE_KEY', 'QUIZ_STORAGE_KEY', 'STORAGE_KEY']));
    expect([QUIZ_STORAGE_KEY, CALCULATOR_STORAGE_KEY].every((key) => key.startsWith(STORAGE_PREFIX))).toBe(true);
  });
});
