import { describe, expect, test } from 'vitest';
import * as keys from '../../src/lib/storage-keys';

describe('the site’s storage keys', () => {
  test('lists every key in SITE_STORAGE_KEYS, so that erasing everything forgets none', () => {
    const declared = Object.entries(keys)
      .filter(([name]) => name.endsWith('_STORAGE_KEY'))
      .map(([, key]) => key);
    expect(declared.length).toBeGreaterThanOrEqual(3);
    expect([...keys.SITE_STORAGE_KEYS].sort()).toEqual([...declared].sort());
  });

  test('are distinct and all under the site’s own prefix', () => {
    expect(new Set(keys.SITE_STORAGE_KEYS).size).toBe(keys.SITE_STORAGE_KEYS.length);
    for (const key of keys.SITE_STORAGE_KEYS) expect(key).toMatch(/^rompre-avec-un-client:[a-z-]+$/);
  });
});
