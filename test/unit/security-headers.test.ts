import { describe, expect, test } from 'vitest';
import { headersFile, mergePolicies } from '../../src/lib/security-headers';

describe('security headers', () => {
  test('merges per-page policies: the union of script and style hashes, other directives once', () => {
    const merged = mergePolicies([
      "default-src 'self';object-src 'none'; script-src 'self' 'sha256-A'; style-src 'self' 'sha256-S'",
      "default-src 'self';object-src 'none'; script-src 'self' 'sha256-B'; style-src 'self'",
    ]);
    expect(merged).toBe(
      "default-src 'self'; object-src 'none'; script-src 'self' 'sha256-A' 'sha256-B'; style-src 'self' 'sha256-S'; frame-ancestors 'none'",
    );
  });

  test('never allows inline or eval for scripts', () => {
    const merged = mergePolicies(["script-src 'self' 'wasm-unsafe-eval' 'sha256-A'"]);
    expect(merged).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });

  test('writes the security headers for every path, and cache rules that never overlap', () => {
    const file = headersFile("default-src 'self'");
    const blocks = file
      .trim()
      .split('\n\n')
      .map((b) => b.split('\n'));
    expect(blocks.map((b) => b[0])).toEqual(['/*', '/_astro/*', '/pagefind/*']);
    expect(blocks[0]).toContain("  Content-Security-Policy: default-src 'self'");
    expect(blocks[0]!.some((l) => l.includes('Cache-Control'))).toBe(false);
    for (const header of [
      'X-Content-Type-Options: nosniff',
      'Strict-Transport-Security',
      'Referrer-Policy',
      'Permissions-Policy',
      'Cross-Origin-Opener-Policy',
      'Cross-Origin-Resource-Policy',
    ]) {
      expect(blocks[0]!.some((l) => l.includes(header))).toBe(true);
    }
    expect(blocks[1]).toEqual(['/_astro/*', '  Cache-Control: public, max-age=31536000, immutable']);
  });
});
