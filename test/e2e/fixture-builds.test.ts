import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';

/**
 * Whole builds of a small fixture site: what only a real `astro build` can show. The rules
 * themselves (unknown references, blanks, deal-breakers, dates…) are unit tests; here, that a
 * broken file fails the build naming file and field, and that the calendar alone never does.
 */
const root = join(import.meta.dirname, '..', '..');
const fixture = join(root, 'test', 'fixtures', 'minimal-content');
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const fixedClock = pathToFileURL(join(root, 'test', 'support', 'fixed-clock.ts')).href;
const temps: string[] = [];

interface Build {
  /** The day the build believes it is (its Date is shifted to 10:00 UTC that day). */
  on: string;
  breakIt?: (contentDir: string) => void;
  env?: Record<string, string>;
}

/**
 * Builds a throwaway copy of the site whose content/ is the minimal fixture, after `breakIt`
 * edits it; returns the exit status and the log. A copy, so the project's own .astro cache stays untouched.
 */
function build({ on, breakIt = () => {}, env = {} }: Build): { status: number | null; log: string } {
  const dir = mkdtempSync(join(tmpdir(), 'guide-content-'));
  temps.push(dir);
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  cpSync(fixture, join(dir, 'content'), { recursive: true });
  breakIt(join(dir, 'content'));
  const result = spawnSync(process.execPath, [astro, 'build'], {
    cwd: dir,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      REQUIRE_FRESH: '',
      REQUIRE_PUBLISHER: '',
      ...env,
      FIXED_CLOCK: `${on}T10:00:00Z`,
      NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --import=${fixedClock}`,
    },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, log: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`) };
}

const edit = (file: string, from: RegExp | string, to: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
const release = { REQUIRE_FRESH: '1', REQUIRE_PUBLISHER: '1' };

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe("the calendar alone never breaks the build (the fixture's rates end with 2026-S2, its legal fact was checked on 2026-11-29)", () => {
  test('on Monday 4 January 2027 it builds, and warns that 2027-S1 has no rates', () => {
    const { status, log } = build({ on: '2027-01-04' });
    expect(log).toContain('Complete!');
    expect(status).toBe(0);
    expect(log).toMatch(/\[WARN\].*content\/taux\.yaml → halfYears : le semestre en cours, 2027-S1, n'a pas de ligne/);
    expect(log).not.toMatch(/droit\.yaml → /);
  });

  test('on 1 June 2028 it builds, and warns about the half-year and the legal fact not re-read for a year', () => {
    const { status, log } = build({ on: '2028-06-01' });
    expect(status).toBe(0);
    expect(log).toMatch(/\[WARN\].*content\/taux\.yaml → halfYears : le semestre en cours, 2028-S1/);
    expect(log).toMatch(/\[WARN\].*content\/droit\.yaml → une-regle\.verifiedOn : vérifié le 2026-11-29, il y a plus de 12 mois/);
  });

  test('the release build refuses them, naming the row, the fact and the missing publisher details', () => {
    const { status, log } = build({ on: '2028-06-01', env: release });
    expect(status).not.toBe(0);
    expect(log).toContain('content/taux.yaml → halfYears : le semestre en cours, 2028-S1');
    expect(log).toContain('content/droit.yaml → une-regle.verifiedOn : vérifié le 2026-11-29');
    expect(log).toContain('mentions légales incomplètes');
    expect(log).not.toContain('Complete!');
  });
});

describe('a malformed content file fails the build, naming the file and the field', () => {
  test('a field the schema requires, in French', () => {
    const { status, log } = build({
      on: '2026-12-07',
      breakIt: (dir) => edit(join(dir, 'signes', 'un-signe.mdx'), /^severity: .*\n/m, ''),
    });
    expect(status).not.toBe(0);
    expect(log).toContain('content/signes/un-signe.mdx');
    expect(log).toMatch(/^\s*severity: Option invalide : une valeur parmi "vigilance"\|"serieux"\|"grave" attendue$/m);
  });

  test('a cross-check between files: a step renamed while the plan still links to it', () => {
    const { status, log } = build({
      on: '2026-12-07',
      breakIt: (dir) => renameSync(join(dir, 'etapes', '01-une-etape.mdx'), join(dir, 'etapes', '01-une-autre-etape.mdx')),
    });
    expect(status).not.toBe(0);
    expect(log).toMatch(/content\/plan\.yaml → notes\[0\]\.link\.to : « etape:une-etape » n'est pas une étape connue/);
    expect(log).toMatch(/content\/plan\.yaml → checklist\.preavis\[0\]\.link : « etape:une-etape » n'est pas une étape connue/);
  });
});
