import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const fixture = join(root, 'test', 'fixtures', 'minimal-content');
const temps: string[] = [];

/** Builds the site from a copy of the minimal fixture after `breakIt` edits it; returns the build log. */
function buildBroken(breakIt: (dir: string) => void): { status: number | null; log: string } {
  const dir = mkdtempSync(join(tmpdir(), 'guide-content-'));
  temps.push(dir);
  cpSync(fixture, join(dir, 'content'), { recursive: true });
  breakIt(join(dir, 'content'));
  const result = spawnSync('npx', ['astro', 'build', '--outDir', join(dir, 'dist')], {
    cwd: root,
    env: { ...process.env, GUIDE_CONTENT_DIR: join(dir, 'content'), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, log: `${result.stdout}\n${result.stderr}` };
}

const edit = (file: string, from: RegExp | string, to: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('a malformed content file fails the build, naming the file and the field', () => {
  test('a sign without its severity', () => {
    const { status, log } = buildBroken((dir) => edit(join(dir, 'signes', 'un-signe.mdx'), /^severity: .*\n/m, ''));
    expect(status).not.toBe(0);
    expect(log).toContain('un-signe');
    expect(log).toMatch(/severity/);
  });

  test('a sign related to a sign that does not exist', () => {
    const { status, log } = buildBroken((dir) => edit(join(dir, 'signes', 'un-signe.mdx'), 'related: []', 'related: ["signe-fantome"]'));
    expect(status).not.toBe(0);
    expect(log).toMatch(/signes\/un-signe\.mdx → related\[0\] : « signe-fantome » n'est pas un signe connu/);
  });

  test('a script with a blank the self-assessment cannot fill', () => {
    const { status, log } = buildBroken((dir) => edit(join(dir, 'scripts', 'un-script.mdx'), 'Merci."', 'Merci, [Surnom]."'));
    expect(status).not.toBe(0);
    expect(log).toMatch(/scripts\/un-script\.mdx → letter\.body : le blanc \[Surnom\]/);
  });
});
