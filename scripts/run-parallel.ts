/**
 * `node scripts/run-parallel.ts "a && b" "c"`: runs shell command lines side by side, prints each
 * one's output whole once it ends (never interleaved), and fails if any fails. `npm test` uses it
 * to lint and type-check on one core while the other builds the site.
 */
import { spawn } from 'node:child_process';

const lines = process.argv.slice(2);
const results = await Promise.all(
  lines.map(
    (line) =>
      new Promise<{ line: string; code: number; output: string }>((resolve) => {
        const child = spawn(line, { shell: true, env: { ...process.env, FORCE_COLOR: '1' } });
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.on('close', (code) => {
          process.stdout.write(`\n▶ ${line}\n${output}`);
          resolve({ line, code: code ?? 1, output });
        });
      }),
  ),
);
const failed = results.filter((r) => r.code !== 0);
for (const { line, code } of failed) console.error(`✗ ${line} (code ${code})`);
process.exit(failed.length > 0 ? 1 : 0);
