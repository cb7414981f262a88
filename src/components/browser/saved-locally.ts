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
