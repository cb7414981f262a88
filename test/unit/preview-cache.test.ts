import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { previewCache, rendererFingerprint } from '../../src/integrations/preview-cache';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'preview-cache-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const card = { title: 'Il paie en retard', kind: 'Signe d’alerte', tags: ['Argent'] };
const png = new Uint8Array([137, 80, 78, 71, 1, 2, 3]);

describe('preview image cache', () => {
  test('gives back the image stored for the same card and renderer', () => {
    const dir = tempDir();
    const cache = previewCache('renderer 1', dir);
    const target = join(dir, 'out.png');
    expect(cache.restore(card, target)).toBe(false);
    cache.store(card, png);
    expect(cache.restore({ ...card }, target)).toBe(true);
    expect(new Uint8Array(readFileSync(target))).toEqual(png);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('draws again when anything the card shows changes, or the renderer does', () => {
    const dir = tempDir();
    previewCache('renderer 1', dir).store(card, png);
    const target = join(dir, 'out.png');
    expect(previewCache('renderer 1', dir).restore({ ...card, title: 'Il paie trop peu' }, target)).toBe(false);
    expect(previewCache('renderer 1', dir).restore({ ...card, tags: ['Temps'] }, target)).toBe(false);
    expect(previewCache('renderer 2', dir).restore(card, target)).toBe(false);
  });

  test('the renderer fingerprint follows the versions and every byte of the fonts', () => {
    const font = new Uint8Array([1, 2, 3]);
    const base = rendererFingerprint(['satori 1', 'resvg 1'], [font]);
    expect(rendererFingerprint(['satori 1', 'resvg 1'], [new Uint8Array([1, 2, 3])])).toBe(base);
    expect(rendererFingerprint(['satori 2', 'resvg 1'], [font])).not.toBe(base);
    expect(rendererFingerprint(['satori 1', 'resvg 1'], [new Uint8Array([1, 2, 4])])).not.toBe(base);
  });
});
