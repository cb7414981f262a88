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
    write: (value: string) => {
      try {
        localStorage.setItem(key, value);
      } catch {
        /* nothing saved, nothing lost on screen */
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
