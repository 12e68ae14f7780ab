/**
 * Atomic output: scripts/build.ts builds into a temporary folder and swaps it in only when
 * everything succeeded. A failed build — stopped by the content check, or failing inside
 * `astro build` — leaves the previous output byte-identical and no temporary folders behind.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, buildDirs, buildFixture, hashTree, STACK_TRACE } from '../fixtures/support/run.ts';

const { outDir, cacheDir } = buildDirs('atomic');
const parent = path.dirname(outDir);
const leftovers = () => readdirSync(parent).filter((name) => name.includes('.building-'));

let previous: Record<string, string>;

beforeAll(async () => {
  await rm(parent, { recursive: true, force: true });
  assertBuilt(await buildFixture('tests/fixtures/content/valid', outDir, cacheDir), 'first build');
  previous = hashTree(outDir);
}, 300_000);

describe('a failed build leaves the previous output exactly as it was', () => {
  it('the first build produced a site', () => {
    expect(Object.keys(previous)).toContain('index.html');
    expect(Object.keys(previous)).toContain('osaka-ict/2018/keiei-kadai-2/index.html');
  });

  it('when the content check fails', async () => {
    const result = await buildFixture('tests/fixtures/broken/unknown-field', outDir, cacheDir);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('未知の項目');
    expect(hashTree(outDir)).toEqual(previous);
    expect(leftovers()).toEqual([]);
  });

  it('when the site address is refused (before any work)', async () => {
    const result = await buildFixture('tests/fixtures/content/release', outDir, cacheDir, { KOHYO_SITE_URL: 'not a url' });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('KOHYO_SITE_URL');
    expect(result.output).not.toMatch(STACK_TRACE);
    expect(hashTree(outDir)).toEqual(previous);
    expect(leftovers()).toEqual([]);
  });

  it('when astro build itself fails after the check passed', async () => {
    // Astro cannot make its cache folder (a file stands where it goes), so every Astro run of the build fails.
    const blockedCache = path.join(parent, 'blocked-cache');
    await mkdir(path.join(blockedCache, 'production'), { recursive: true });
    await writeFile(path.join(blockedCache, 'production', 'astro'), 'not a folder');
    const result = await buildFixture('tests/fixtures/content/release', outDir, blockedCache);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('astro build が失敗しました');
    expect(result.stderr).toContain('何も公開していません');
    expect(hashTree(outDir)).toEqual(previous);
    expect(leftovers()).toEqual([]);
  }, 120_000);
});

describe('a successful build replaces the output as a whole', () => {
  it('swaps in the new site, with nothing of the old one left over', async () => {
    await mkdir(outDir, { recursive: true });
    await writeFile(path.join(outDir, 'stale-from-old-build.txt'), 'old');
    // KOHYO_SITE_URL empty, as an unset CI variable gives it: unset, so the placeholder address with a warning.
    const result = await buildFixture('tests/fixtures/content/release', outDir, cacheDir, { KOHYO_NOW: '2019-06-01T09:00+09:00', KOHYO_SITE_URL: '' });
    assertBuilt(result, 'second build');
    expect(result.stderr).toContain('KOHYO_SITE_URL（公開先の URL）が未設定');
    expect(readFileSync(path.join(outDir, 'robots.txt'), 'utf8')).toContain('Sitemap: https://kohyo.example.jp/sitemap.xml');
    expect(result.output).not.toMatch(STACK_TRACE);
    const now = hashTree(outDir);
    expect(existsSync(path.join(outDir, 'stale-from-old-build.txt'))).toBe(false);
    expect(Object.keys(now)).toContain('osaka-ict/2018/keiei-kadai-3/index.html');
    expect(now).not.toEqual(previous);
    expect(leftovers()).toEqual([]);
  }, 120_000);
});
