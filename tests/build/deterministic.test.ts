/**
 * Deterministic output: two builds of the same content — in different temporary, output and
 * cache folders — are byte-identical, file for file (pages, Astro assets, Pagefind index).
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, buildDirs, buildFixture, hashTree } from '../fixtures/support/run.ts';

const first = buildDirs('deterministic-1');
const second = buildDirs('deterministic-2');
const env = { KOHYO_NOW: '2019-06-01T09:00+09:00' };

let a: Record<string, string>;
let b: Record<string, string>;

beforeAll(async () => {
  for (const dirs of [first, second]) await rm(path.dirname(dirs.outDir), { recursive: true, force: true });
  assertBuilt(await buildFixture('tests/fixtures/content/release', first.outDir, first.cacheDir, env), 'first build');
  assertBuilt(await buildFixture('tests/fixtures/content/release', second.outDir, second.cacheDir, env), 'second build');
  a = hashTree(first.outDir);
  b = hashTree(second.outDir);
}, 300_000);

describe('two clean builds', () => {
  it('produce the same files', () => {
    expect(Object.keys(a).length).toBeGreaterThan(10);
    expect(Object.keys(a).some((f) => f.startsWith('_astro/'))).toBe(true);
    expect(Object.keys(a).some((f) => f.startsWith('pagefind/'))).toBe(true);
    expect(Object.keys(b)).toEqual(Object.keys(a));
  });

  it('byte for byte', () => {
    const differing = Object.keys(a).filter((f) => a[f] !== b[f]);
    expect(differing).toEqual([]);
  });
});
