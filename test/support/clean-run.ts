import type { BrowserContext, Page } from 'playwright-core';

/**
 * Everything that would show a page misbehaving, collected as it happens: CSP violations, console
 * errors, failed or erroring requests, and any request that leaves the site's own origin.
 */
export async function watchProblems(context: BrowserContext, page: Page, siteUrl: string): Promise<string[]> {
  const problems: string[] = [];
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP: ${e.violatedDirective} bloque ${e.blockedURI || 'un élément en ligne'}`);
    });
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console : ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`erreur : ${err.message}`));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['blob:', 'data:'].includes(url.protocol) && url.origin !== siteUrl) problems.push(`autre origine : ${req.url()}`);
  });
  page.on('requestfailed', (req) => {
    if (req.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`échec : ${req.url()} (${req.failure()?.errorText})`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400 && !res.url().endsWith('/page-inconnue/')) problems.push(`${res.status()} : ${res.url()}`);
  });
  return problems;
}
