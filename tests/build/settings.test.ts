/**
 * The build's settings are checked before any work: a bad site address (KOHYO_SITE_URL) and
 * output folders that nest (shard folders, the preview, the production output, the shard store,
 * after resolving symbolic links) are refused in words naming the setting or both folders —
 * non-zero exit, no stack trace, nothing written.
 */
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { validateSiteAddress } from '../../src/lib/site-address.ts';
import { nestedFolders } from '../../scripts/build/folders.ts';
import { OUTPUT_ROOT, runScriptWithArgs, STACK_TRACE, type RunResult } from '../fixtures/support/run.ts';

const root = path.join(OUTPUT_ROOT, 'k-settings');
const dist = path.join(root, 'dist');
const cache = path.join(root, 'cache');
const content = path.resolve('tests/fixtures/content/valid');

/** Every file and folder under root, so "nothing written" is checked over the whole area. */
function everything(): string[] {
  return existsSync(root) ? readdirSync(root, { recursive: true }).map(String).sort() : [];
}

function build(args: string[], env: Record<string, string | undefined>): Promise<RunResult> {
  return runScriptWithArgs('scripts/build.ts', args, { KOHYO_CONTENT_DIR: content, KOHYO_OUT_DIR: dist, KOHYO_CACHE_DIR: cache, ...env });
}

function expectRefused(result: RunResult, ...named: string[]): void {
  expect(result.status, result.output).not.toBe(0);
  expect(result.output).not.toMatch(STACK_TRACE);
  expect(result.stderr).toContain('何も公開していません');
  // Refused before the content check: no step of the build ran.
  expect(result.stdout).not.toContain('[kohyo:build]');
  for (const name of named) expect(result.stderr).toContain(name);
}

beforeEach(async () => {
  await rm(root, { recursive: true, force: true });
  await mkdir(path.join(dist, 'osaka-ict'), { recursive: true });
  await writeFile(path.join(dist, 'index.html'), 'published');
});

describe('KOHYO_SITE_URL: absolute http(s) only, empty = unset', () => {
  const bad = ['javascript:alert(1)', 'ftp://x', 'not a url', '/kohyo/', 'example.jp/kohyo/', 'https://', 'mailto:a@example.jp', 'https://example.jp/?q=1', 'https://example.jp/#top', 'https://user:secret@example.jp/', 'file:///etc/passwd', 'http:/example.jp'];

  it.each(bad)('refuses %j in words naming the setting', (value) => {
    const check = validateSiteAddress(value);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.error).toContain('KOHYO_SITE_URL');
  });

  it('accepts http(s) addresses, with their path as the site path (always ending with /)', () => {
    const pathOf = (value: string) => {
      const check = validateSiteAddress(value);
      return check.ok ? check.url?.href : check.error;
    };
    expect(pathOf('https://example.jp/kohyo')).toBe('https://example.jp/kohyo/');
    expect(pathOf('https://www.city.example.lg.jp/hyoka/')).toBe('https://www.city.example.lg.jp/hyoka/');
    expect(pathOf('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080/');
    expect(pathOf('  https://example.jp/  ')).toBe('https://example.jp/');
  });

  it('empty or blank means unset', () => {
    expect(validateSiteAddress('')).toEqual({ ok: true, url: undefined });
    expect(validateSiteAddress('   ')).toEqual({ ok: true, url: undefined });
    expect(validateSiteAddress(undefined)).toEqual({ ok: true, url: undefined });
  });

  it.each(['javascript:alert(1)', 'ftp://x', 'not a url'])('npm run build with %j: refused before any work, nothing written', async (value) => {
    const before = everything();
    const result = await build([], { KOHYO_SITE_URL: value });
    expectRefused(result, 'KOHYO_SITE_URL', JSON.stringify(value));
    expect(everything()).toEqual(before);
  });

  it('the preview and --shard refuse it the same way', async () => {
    const before = everything();
    expectRefused(await build(['--preview'], { KOHYO_SITE_URL: 'ftp://x', KOHYO_OUT_DIR: path.join(root, 'preview'), KOHYO_PRODUCTION_DIR: dist }), 'KOHYO_SITE_URL');
    expectRefused(await build(['--shard', '1/2', '--out', path.join(root, 'shards-1')], { KOHYO_SITE_URL: 'javascript:alert(1)' }), 'KOHYO_SITE_URL');
    expect(everything()).toEqual(before);
  });
});

describe('the other settings', () => {
  it.each([
    ['KOHYO_SHARD_CAPACITY', '0'],
    ['KOHYO_SHARD_CAPACITY', '-5'],
    ['KOHYO_SHARD_CAPACITY', '1.5'],
    ['KOHYO_SHARD_CAPACITY', 'many'],
    ['KOHYO_MEMORY_BUDGET_MB', '0'],
    ['KOHYO_MEMORY_BUDGET_MB', '2GB'],
    ['KOHYO_SHARDS', 'singel'],
    ['KOHYO_NOW', '2019-04-31'],
  ])('%s=%j is refused in words naming it, before any work', async (name, value) => {
    const before = everything();
    expectRefused(await build([], { [name]: value }), name);
    expect(everything()).toEqual(before);
  });
});

describe('output folders never nest', () => {
  it('--shard --out inside the production output', async () => {
    const before = everything();
    const result = await build(['--shard', '1/2', '--out', path.join(dist, 'shards-1')], {});
    expectRefused(result, 'シャードの出力（--out）', '公開用の出力（KOHYO_OUT_DIR）');
    expect(everything()).toEqual(before);
  });

  it('the preview inside the production output (KOHYO_OUT_DIR=dist/preview)', async () => {
    const before = everything();
    const result = await build(['--preview'], { KOHYO_OUT_DIR: path.join(dist, 'preview'), KOHYO_PRODUCTION_DIR: dist });
    expectRefused(result, 'プレビューの出力（KOHYO_OUT_DIR）', '比較する公開版のフォルダ（KOHYO_PRODUCTION_DIR）');
    expect(everything()).toEqual(before);
  });

  it('the production output inside the preview, or holding it', async () => {
    expectRefused(await build(['--preview'], { KOHYO_OUT_DIR: root, KOHYO_PRODUCTION_DIR: dist }), 'プレビューの出力', 'の中にあります');
  });

  it('the same folder reached through a symbolic link', async () => {
    const link = path.join(root, 'link-to-dist');
    await symlink(dist, link);
    const before = everything();
    const preview = await build(['--preview'], { KOHYO_OUT_DIR: path.join(link, 'preview'), KOHYO_PRODUCTION_DIR: dist });
    expectRefused(preview, 'プレビューの出力（KOHYO_OUT_DIR）', '実体');
    const shard = await build(['--shard', '1/1', '--out', link], {});
    expectRefused(shard, 'シャードの出力（--out）', '同じフォルダです');
    expect(everything()).toEqual(before);
  });

  it('--merge folders inside the output or inside each other', async () => {
    const before = everything();
    expectRefused(await build(['--merge', path.join(dist, 'shards-1')], {}), '--merge のフォルダ 1', '公開用の出力（KOHYO_OUT_DIR）');
    expectRefused(await build(['--merge', path.join(root, 'a'), path.join(root, 'a', 'b')], {}), '--merge のフォルダ 1', '--merge のフォルダ 2');
    expect(everything()).toEqual(before);
  });

  it('the shard store inside the output (the swap would delete it)', async () => {
    expectRefused(await build([], { KOHYO_CACHE_DIR: path.join(dist, '.kohyo') }), 'シャードの保存場所（KOHYO_CACHE_DIR）');
  });

  it('folders side by side are fine (names that only share a prefix do not nest)', () => {
    expect(nestedFolders([{ role: 'a', dir: path.join(root, 'dist') }, { role: 'b', dir: path.join(root, 'dist-preview') }, { role: 'c', dir: path.join(root, 'shards-1') }])).toEqual([]);
  });
});
