/**
 * The site's security policy, in one place: the CSP directives Astro writes into each page's
 * <meta>, and the dist/_headers file (Netlify, Cloudflare Pages) that repeats them with what a
 * <meta> cannot carry.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
] as const;

export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  // Nothing about the reader's visit (which sign, which search) travels to the sites linked.
  'Referrer-Policy': 'no-referrer',
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': [
    'accelerometer',
    'autoplay',
    'camera',
    'display-capture',
    'encrypted-media',
    'geolocation',
    'gyroscope',
    'magnetometer',
    'microphone',
    'midi',
    'payment',
    'picture-in-picture',
    'publickey-credentials-get',
    'screen-wake-lock',
    'usb',
    'xr-spatial-tracking',
  ]
    .map((feature) => `${feature}=()`)
    .join(', '),
};

/**
 * Cache rules by path: hashed assets never change; the search index changes with every build
 * and must be revalidated. Pages keep the host's default (hosts join the values of a header
 * that several matching rules set, so no rule for /* may set it again).
 */
export const CACHE_RULES: [string, string][] = [
  ['/_astro/*', 'public, max-age=31536000, immutable'],
  ['/pagefind/*', 'public, max-age=0, must-revalidate'],
];

/**
 * One policy for every page from the per-page <meta> policies: the union of their script and
 * style sources (hashes included), plus `frame-ancestors`, which only a header can set.
 */
export function mergePolicies(policies: string[]): string {
  const merged = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const directive of policy.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (!name) continue;
      const set = merged.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      merged.set(name, set);
    }
  }
  merged.set('frame-ancestors', new Set(["'none'"]));
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The dist/_headers file: security headers for every path, then cache rules. */
export function headersFile(policy: string): string {
  const security = Object.entries({ 'Content-Security-Policy': policy, ...SECURITY_HEADERS }).map(([k, v]) => `  ${k}: ${v}`);
  const blocks = [['/*', ...security], ...CACHE_RULES.map(([path, cache]) => [path, `  Cache-Control: ${cache}`])];
  return `${blocks.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
