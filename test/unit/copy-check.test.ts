/**
 * The copy check: the guide's words must be its own. content/, src/ and the composed words pinned in
 * test/fixtures/words/ may share no run of 6 words with the source articles, except inside an
 * article's quoted title in content/sources.yaml (and no run of 8 even there). Where the articles
 * sit beside the project (../shared/seeds) the check reads them and also verifies the committed
 * fingerprint; elsewhere (CI, a fresh clone) it reads the fingerprint. Either way it runs, and its
 * name says which it used.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fingerprintOf, fnv1a64, hashRun, parseFingerprint, readSeeds, SHINGLE_SIZE } from '../support/copy-check/fingerprint';
import { fingerprintFile, projectRoot, seedDir } from '../support/copy-check/paths';
import { quotedTitleSpans } from '../support/copy-check/quoted-titles';
import { checkProject, checkText, describeFindings } from '../support/copy-check/scan';
import { wordsOf } from '../support/copy-check/words';

const committedFingerprint = parseFingerprint(readFileSync(fingerprintFile, 'utf8'));
const seeds = existsSync(seedDir) ? readSeeds(seedDir) : undefined;

/** Hash → article name, from the articles themselves (first article wins, as in the shared tool). */
function sourcesByHash(articles: { name: string; text: string }[]): Map<string, string> {
  const byHash = new Map<string, string>();
  for (const { name, text } of articles) for (const hash of fingerprintOf([text])) if (!byHash.has(hash)) byHash.set(hash, name);
  return byHash;
}

const reference = seeds
  ? { label: `the source articles in ../shared/seeds (${seeds.length} files)`, byHash: sourcesByHash(seeds) }
  : {
      label: 'the committed fingerprint (../shared/seeds not found)',
      byHash: new Map(committedFingerprint.map((hash) => [hash, 'committed fingerprint'])),
    };

describe(`copy check against ${reference.label}`, () => {
  test(`content/, src/ and the composed words share no run of ${SHINGLE_SIZE}+ words with the sources, bar short runs inside quoted titles`, () => {
    const findings = checkProject(projectRoot, (hash) => reference.byHash.get(hash));
    expect(findings, `Rewrite these in your own words:\n${describeFindings(findings)}`).toEqual([]);
  });

  if (seeds) {
    test('the committed fingerprint is that of the source articles (else run `npm run seeds:fingerprint`)', () => {
      expect(committedFingerprint).toEqual(fingerprintOf(seeds.map((seed) => seed.text)));
    });
    test('the committed fingerprint catches a sentence copied from an article', () => {
      const copied = wordsOf(seeds[0]!.text)
        .slice(40, 40 + SHINGLE_SIZE)
        .map((word) => word.text)
        .join(' ');
      const fingerprint = new Set(committedFingerprint);
      expect(checkText(`Une phrase : ${copied}.`, (hash) => (fingerprint.has(hash) ? 'fingerprint' : undefined))).toHaveLength(1);
    });
  } else {
    test('the committed fingerprint is present and plausible (its freshness is checked where ../shared/seeds exists)', () => {
      expect(committedFingerprint.length).toBeGreaterThan(1000);
      expect(committedFingerprint.every((hash) => /^[0-9a-z]{1,13}$/.test(hash))).toBe(true);
    });
  }
});

describe('the copy check', () => {
  const article = 'L’été dernier, notre cliente a refusé de signer le contrat avant le début de la mission, malgré nos explications.';
  const articleByHash = sourcesByHash([{ name: 'article.txt', text: article }]);
  const fromArticle = (hash: string) => articleByHash.get(hash);

  test('reports a copied run with its line and its words, extended as far as it goes', () => {
    const guide = "Premier paragraphe.\n\nEt puis notre cliente a refusé\nde signer le contrat avant le début d'un projet.";
    expect(checkText(guide, fromArticle)).toMatchObject([
      {
        line: 3,
        words: ['notre', 'cliente', 'a', 'refuse', 'de', 'signer', 'le', 'contrat', 'avant', 'le', 'debut'],
        source: 'article.txt',
      },
    ]);
  });

  test('sees through accents, capitals and typographic apostrophes', () => {
    expect(checkText("l'ETE DERNIER, Notre Cliente a refuse", fromArticle)).toHaveLength(1);
  });

  test('lets five shared words pass, and catches six', () => {
    expect(checkText('refusé de signer le contrat, puis', fromArticle)).toEqual([]);
    expect(checkText('refusé de signer le contrat avant', fromArticle)).toHaveLength(1);
  });

  test('allows a short run inside a quoted title of sources.yaml, and nowhere else in that file', () => {
    const sourcesYaml = [
      'un-article:',
      '  title: "Notre cliente a refusé de signer…"',
      '  note: "Elle dit que notre cliente a refusé de signer le contrat."',
    ].join('\n');
    const findings = checkText(sourcesYaml, fromArticle, quotedTitleSpans(sourcesYaml));
    expect(findings.map((finding) => finding.line)).toEqual([3]);
  });

  test('does not excuse a run of eight words even inside a quoted title', () => {
    const sourcesYaml = 'un-article:\n  title: "Notre cliente a refusé de signer le contrat avant le début"\n';
    expect(checkText(sourcesYaml, fromArticle, quotedTitleSpans(sourcesYaml))).toHaveLength(1);
  });

  test('names file, line and shared words in its failure message', () => {
    const [run] = checkText('x\nnotre cliente a refusé de signer', fromArticle);
    expect(describeFindings([{ file: 'content/signes/exemple.mdx', ...run! }])).toBe(
      'content/signes/exemple.mdx:2 : "notre cliente a refuse de signer" (article.txt)',
    );
  });

  test('hashes with 64-bit FNV-1a (reference values)', () => {
    expect(BigInt(`0x${'cbf29ce484222325'}`).toString(36)).toBe(fnv1a64(''));
    expect(BigInt('0xaf63dc4c8601ec8c').toString(36)).toBe(fnv1a64('a'));
    expect(BigInt('0x85944171f73967e8').toString(36)).toBe(fnv1a64('foobar'));
    expect(hashRun(['a'])).toBe(fnv1a64('a'));
  });
});
