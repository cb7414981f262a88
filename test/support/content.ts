import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '../../src/lib/yaml';
import type { z } from 'astro/zod';
import { stepIdFromFileName } from '../../src/lib/content-files';

export const contentDir = join(import.meta.dirname, '..', '..', 'content');

export interface RawEntry {
  id: string;
  file: string;
  data: unknown;
  body: string;
}

/** Reads a folder of MDX files as Astro's glob loader would, without Astro. */
export function readMdxCollection(dir: string, idFromFile: (name: string) => string = (n) => n.replace(/\.mdx$/, '')): RawEntry[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${name} : frontmatter introuvable`);
      return { id: idFromFile(name), file: join(dir, name), data: parseYaml(match[1] ?? ''), body: match[2] ?? '' };
    });
}

export const readStepCollection = (dir: string) => readMdxCollection(dir, stepIdFromFileName);

/** Reads a YAML mapping file as Astro's file loader would: one entry per key. */
export function readYamlCollection(file: string): RawEntry[] {
  const map = parseYaml(readFileSync(file, 'utf8')) as Record<string, unknown>;
  return Object.entries(map).map(([id, data]) => ({ id, file, data, body: '' }));
}

/** Validates entries with a schema; returns them typed, or throws naming file and field. */
export function validate<S extends z.ZodType>(schema: S, entries: RawEntry[]) {
  return entries.map((entry) => {
    const result = schema.safeParse(entry.data);
    if (!result.success) {
      const fields = result.error.issues.map((i) => `${i.path.join('.')} : ${i.message}`).join('; ');
      throw new Error(`${entry.file} → ${fields}`);
    }
    return { id: entry.id, file: entry.file, data: result.data as z.infer<S>, body: entry.body };
  });
}
