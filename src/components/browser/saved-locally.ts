import { STORAGE_PREFIX } from '../../lib/storage-keys';

/**
 * One localStorage entry. Storage can be unavailable (private browsing, a full disk): the page
 * then works without saving, and nothing on screen is lost.
 */
export function savedLocally(key: string) {
  return {
    read: (): string | null => {
      try {
        return localStorage.getItem(key);
      } catch {
        return null;
      }
    },
    /** Whether it was saved: a full or disabled storage refuses, and the page says so. */
    write: (value: string): boolean => {
      try {
        localStorage.setItem(key, value);
        return true;
      } catch {
        return false;
      }
    },
    clear: () => {
      try {
        localStorage.removeItem(key);
      } catch {
        /* already gone */
      }
    },
  };
}

/**
 * Erases everything this site saved on this device, whichever tool saved it: every entry of
 * localStorage and sessionStorage whose key carries the site's prefix, and nothing else.
 */
export function eraseSiteData() {
  for (const area of ['localStorage', 'sessionStorage'] as const) {
    try {
      const storage = globalThis[area];
      const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '');
      for (const key of keys) if (key.startsWith(STORAGE_PREFIX)) storage.removeItem(key);
    } catch {
      /* storage unavailable: nothing was saved there */
    }
  }
}
