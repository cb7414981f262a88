import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { stripVTControlCharacters } from 'node:util';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { localToday } from '../../src/lib/quiz/notice';

const root = join(import.meta.dirname, '..', '..');
const fixture = join(root, 'test', 'fixtures', 'minimal-content');
const temps: string[] = [];

/**
 * Builds a throwaway copy of the site whose content/ is the minimal fixture, after `breakIt`
 * edits it; returns the build log. A copy, so the project's own .astro cache stays untouched.
 */
function buildBroken(breakIt: (contentDir: string) => void): { status: number | null; log: string } {
  const dir = mkdtempSync(join(tmpdir(), 'guide-content-'));
  temps.push(dir);
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  cpSync(fixture, join(dir, 'content'), { recursive: true });
  // The fixture's legal fact is dated today, so the fixture never ages past the twelve-month rule.
  edit(join(dir, 'content', 'droit.yaml'), /^ {2}verifiedOn: .*$/m, `  verifiedOn: "${localToday()}"`);
  breakIt(join(dir, 'content'));
  const result = spawnSync('npx', ['astro', 'build'], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, log: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`) };
}

const edit = (file: string, from: RegExp | string, to: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('a malformed content file fails the build, naming the file and the field', () => {
  test('the untouched fixture builds, so each failure below comes from its one edit', () => {
    const { status, log } = buildBroken(() => {});
    expect(log).toContain('Complete!');
    expect(status).toBe(0);
  });

  test('a sign without its severity', () => {
    const { status, log } = buildBroken((dir) => edit(join(dir, 'signes', 'un-signe.mdx'), /^severity: .*\n/m, ''));
    expect(status).not.toBe(0);
    expect(log).toContain('signes → un-signe data does not match collection schema');
    expect(log).toMatch(/^\s*severity: /m);
    expect(log).toContain('content/signes/un-signe.mdx');
  });

  test('a sign related to a sign that does not exist', () => {
    const { status, log } = buildBroken((dir) => edit(join(dir, 'signes', 'un-signe.mdx'), 'related: []', 'related: ["signe-fantome"]'));
    expect(status).not.toBe(0);
    expect(log).toMatch(/content\/signes\/un-signe\.mdx → related\[0\] : « signe-fantome » n'est pas un signe connu/);
  });

  test('a rung of the recovery ladder citing a source article that does not exist', () => {
    const { status, log } = buildBroken((dir) =>
      edit(join(dir, 'recouvrement', '01-un-echelon.mdx'), 'sources: ["une-source"]', 'sources: ["une-source", "source-fantome"]'),
    );
    expect(status).not.toBe(0);
    expect(log).toMatch(/content\/recouvrement\/01-un-echelon\.mdx → sources\[1\] : « source-fantome » n'est pas un article source connu/);
  });

  test('a rung without what it costs', () => {
    const { status, log } = buildBroken((dir) => edit(join(dir, 'recouvrement', '01-un-echelon.mdx'), /^cost: .*\n/m, ''));
    expect(status).not.toBe(0);
    expect(log).toContain('recouvrement → un-echelon data does not match collection schema');
    expect(log).toMatch(/cost.*: Required/);
  });

  test('a script with a blank the self-assessment cannot fill', () => {
    const { status, log } = buildBroken((dir) =>
      edit(join(dir, 'scripts', 'un-script.mdx'), 'Voici la règle."', 'Voici la règle, [Surnom]."'),
    );
    expect(status).not.toBe(0);
    expect(log).toMatch(/content\/scripts\/un-script\.mdx → letter\.blocks\[1\]\.text : le blanc \[Surnom\]/);
  });

  test('an exit script whose announcement does not say when the work ends', () => {
    const { status, log } = buildBroken((dir) =>
      edit(
        join(dir, 'scripts', 'une-sortie.mdx'),
        'say: "{Mon|Notre} dernier jour sera le [Date du dernier jour]."',
        'say: "Je m\'en vais."',
      ),
    );
    expect(status).not.toBe(0);
    expect(log).toMatch(
      /content\/scripts\/une-sortie\.mdx → conversation : l'annonce ne donne pas la date \[Date du dernier jour\] \(situation : preavis/,
    );
  });

  test('a step file renamed while the plan still links to it', () => {
    const { status, log } = buildBroken((dir) =>
      renameSync(join(dir, 'etapes', '01-une-etape.mdx'), join(dir, 'etapes', '01-une-autre-etape.mdx')),
    );
    expect(status).not.toBe(0);
    expect(log).toMatch(/content\/plan\.yaml → notes\[0\]\.link\.to : « etape:une-etape » n'est pas une étape connue/);
    expect(log).toMatch(/content\/plan\.yaml → checklist\.preavis\[0\]\.link : « etape:une-etape » n'est pas une étape connue/);
  });

  test('a legal fact last checked more than twelve months ago', () => {
    const { status, log } = buildBroken((dir) => edit(join(dir, 'droit.yaml'), /^ {2}verifiedOn: .*$/m, '  verifiedOn: "2020-03-15"'));
    expect(status).not.toBe(0);
    expect(log).toMatch(/content\/droit\.yaml → une-regle\.verifiedOn : vérifié le 2020-03-15, il y a plus de 12 mois/);
  });

  test('a legal fact linking to a site that is not official', () => {
    const { status, log } = buildBroken((dir) =>
      edit(join(dir, 'droit.yaml'), 'https://www.legifrance.gouv.fr/', 'https://www.blog-juridique.example/'),
    );
    expect(status).not.toBe(0);
    expect(log).toContain('droit → une-regle data does not match collection schema');
    expect(log).toMatch(/url.*: doit pointer vers un site officiel/);
  });

  test('a questionnaire that treats an ordinary sign as a deal-breaker', () => {
    const { status, log } = buildBroken((dir) =>
      edit(join(dir, 'diagnostic.yaml'), '    weight: 1\n', '    weight: 1\n    dealBreakerFrom: "souvent"\n'),
    );
    expect(status).not.toBe(0);
    expect(log).toMatch(
      /content\/diagnostic\.yaml → questions\.une-question\.dealBreakerFrom : le signe « un-signe » n'est pas rédhibitoire/,
    );
  });
});
