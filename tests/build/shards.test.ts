/**
 * Sharded builds. One synthetic corpus (three fiscal years, never shipped) is built
 *   A. on one machine, one shard per fiscal year (the default);
 *   B. as one single index (KOHYO_SHARDS=single), the way Kohyo built before shards;
 *   C. as three machines would: `--shard 1/3`, `2/3`, `3/3` into separate folders, then `--merge`.
 * C must be byte-identical to A; A's merged search (the search page's shard bundles, merged in
 * the browser) must give the same results, filters and counts as B's single index; and a second
 * build of A after editing one report must rebuild that report's shard only.
 */
import { existsSync } from 'node:fs';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build as bundle } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/generate-corpus.ts';
import { launchBrowser, type LaunchedBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { assertBuilt, hashTree, OUTPUT_ROOT, runScriptWithArgs, type RunResult } from '../fixtures/support/run.ts';

const root = path.join(OUTPUT_ROOT, 'k-shards');
const corpus = path.join(root, 'corpus');
const dirs = {
  one: { out: path.join(root, 'one', 'site'), cache: path.join(root, 'one', 'cache') },
  single: { out: path.join(root, 'single', 'site'), cache: path.join(root, 'single', 'cache') },
  merged: { out: path.join(root, 'merged', 'site'), cache: path.join(root, 'merged', 'cache') },
};
const machine = (k: number) => ({ out: path.join(root, `machine-${k}`, 'shards'), cache: path.join(root, `machine-${k}`, 'cache') });

function build(args: string[], out: string, cache: string, env: Record<string, string> = {}): Promise<RunResult> {
  return runScriptWithArgs('scripts/build.ts', args, { KOHYO_CONTENT_DIR: corpus, KOHYO_OUT_DIR: out, KOHYO_CACHE_DIR: cache, KOHYO_NOW: '2026-04-01T00:00+09:00', ...env });
}

let oneMachine: RunResult;
/** Shard ids of the plan, newest first, as the build reports them */
let shardIds: string[];
/** Shards of continuing-report pages (the corpus has reports over several years) */
let continuityShards: number;

beforeAll(async () => {
  await rm(root, { recursive: true, force: true });
  await generateCorpus(80, corpus, 7);
  oneMachine = await build([], dirs.one.out, dirs.one.cache);
  assertBuilt(oneMachine, 'one-machine build');
  shardIds = [...(/80 reports in \d+ shard\(s\): ([^;\n]*)/.exec(oneMachine.stdout)?.[1] ?? '').matchAll(/(\S+) \(\d+\)/g)].map((m) => m[1]!);
  continuityShards = Number(/continuing reports in (\d+) shard/.exec(oneMachine.stdout)?.[1] ?? 0);
  assertBuilt(await build([], dirs.single.out, dirs.single.cache, { KOHYO_SHARDS: 'single' }), 'single-index build');
  for (const k of [1, 2, 3]) assertBuilt(await build(['--shard', `${k}/3`, '--out', machine(k).out], '', machine(k).cache), `machine ${k} of 3`);
  assertBuilt(await build(['--merge', machine(1).out, machine(2).out, machine(3).out], dirs.merged.out, dirs.merged.cache), 'merge');
}, 900_000);

describe('shards', () => {
  it('one fiscal year per shard, newest first, each with its own search index', () => {
    expect(shardIds.length).toBeGreaterThanOrEqual(3);
    expect(shardIds).toEqual([...shardIds].sort().reverse());
    for (const id of shardIds) {
      expect(id).toMatch(/^20\d\d$/);
      expect(existsSync(path.join(dirs.one.out, 'pagefind', id, 'pagefind-entry.json'))).toBe(true);
    }
    expect(existsSync(path.join(dirs.single.out, 'pagefind', 'all', 'pagefind-entry.json'))).toBe(true);
  });

  it('three machines and a merge give a site byte-identical to the one-machine build', () => {
    const a = hashTree(dirs.one.out);
    const c = hashTree(dirs.merged.out);
    expect(Object.keys(a).length).toBeGreaterThan(200);
    expect(Object.keys(c)).toEqual(Object.keys(a));
    expect(Object.keys(a).filter((f) => a[f] !== c[f])).toEqual([]);
  });

  it('merge refuses folders that miss a shard, and publishes nothing', async () => {
    const before = hashTree(dirs.merged.out);
    const result = await build(['--merge', machine(1).out, machine(2).out], dirs.merged.out, dirs.merged.cache);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/シャード \S+ が見つからない/);
    expect(result.stderr).toContain('何も公開していません');
    expect(hashTree(dirs.merged.out)).toEqual(before);
  });

  it('merge verifies every file against the list --shard wrote: an edited page, a lost report.json and an added file are each named', async () => {
    const copies = [1, 2, 3].map((k) => path.join(root, 'tampered', `shards-${k}`));
    await rm(path.join(root, 'tampered'), { recursive: true, force: true });
    for (const [i, copy] of copies.entries()) await cp(machine(i + 1).out, copy, { recursive: true });
    const filesOf = async (dir: string) => (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
    const page = (await filesOf(copies[0]!)).find((f) => f.endsWith(`${path.sep}index.html`) && f.includes(`${path.sep}files${path.sep}`))!;
    await writeFile(page, (await readFile(page, 'utf8')).replace('</main>', '<p>後から書き換えた一文</p></main>'));
    const reportJson = (await filesOf(copies[1]!)).find((f) => f.endsWith(`${path.sep}report.json`))!;
    await rm(reportJson);
    const shardFolder = (await readdir(copies[2]!))[0]!;
    const extra = path.join(copies[2]!, shardFolder, 'files', 'extra.html');
    await writeFile(extra, '<p>一覧にないページ</p>');

    const before = hashTree(dirs.merged.out);
    const result = await build(['--merge', ...copies], dirs.merged.out, dirs.merged.cache);
    expect(result.status).toBe(1);
    expect(result.output).not.toMatch(/^\s+at .+[:(]/m);
    expect(result.stderr).toContain(`内容が変わっています / changed: ${page}`);
    expect(result.stderr).toContain(`ありません / missing: ${reportJson}`);
    expect(result.stderr).toContain(`一覧にないファイル / extra: ${extra}`);
    expect(result.stderr).toContain('何も公開していません');
    expect(hashTree(dirs.merged.out)).toEqual(before);
  }, 120_000);

  it('rejects malformed shard arguments with a usage line and no stack trace', async () => {
    for (const args of [['--shard', '4/3', '--out', machine(1).out], ['--shard', 'x'], ['--shard', '1/2'], ['--bogus']]) {
      const result = await build(args, dirs.merged.out, dirs.merged.cache);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/usage: build\.ts|K must be/);
      expect(result.output).not.toMatch(/^\s+at .+[:(]/m);
    }
  });
});

describe('incremental rebuild', () => {
  it('an unchanged archive reuses every shard; one edited report rebuilds and re-indexes its year only', async () => {
    const again = await build([], dirs.one.out, dirs.one.cache);
    assertBuilt(again, 'unchanged rebuild');
    expect(again.stdout).toContain(`"shards":{"built":0,"indexReused":0,"reused":${shardIds.length + continuityShards},`);
    expect(hashTree(dirs.one.out)).toEqual(hashTree(dirs.merged.out));

    // Edit the text of one report of 2015 (the 現状 of its plan).
    const org = (await readFile(path.join(corpus, 'organizations.yaml'), 'utf8')).match(/id: (bench-unei-\d+)/)![1]!;
    const file = path.join(corpus, org, '2015', 'keiei-kadai-1.yaml');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/^( {2}currentState: \|-\n)/m, '$1    ・編集後に追記した一文です。\n\n'));
    const edited = await build([], dirs.one.out, dirs.one.cache);
    assertBuilt(edited, 'rebuild after one edit');
    // Its year, and (as this organisation has reports over several years) its continuing pages.
    const stages = JSON.parse(/\[kohyo:build\] stages (.*)$/m.exec(edited.stdout)![1]!) as { shards: { built: number; indexReused: number; reused: number } };
    expect(stages.shards.built + stages.shards.indexReused + stages.shards.reused).toBe(shardIds.length + continuityShards);
    expect(stages.shards.built).toBeGreaterThanOrEqual(1);
    expect(stages.shards.built).toBeLessThanOrEqual(2);
    expect(edited.stdout).toMatch(/\[shard 2015\] \[kohyo:search\] indexed/);
    for (const other of shardIds.filter((id) => id !== '2015')) expect(edited.stdout).not.toContain(`[shard ${other}] [kohyo:search] indexed`);
    expect(await readFile(path.join(dirs.one.out, org, '2015', 'keiei-kadai-1', 'index.html'), 'utf8')).toContain('編集後に追記した一文です');
    await writeFile(file, text);
  }, 300_000);

  it('a damaged shard in the store (edited, missing or added file) is rebuilt, never published', async () => {
    const store = path.join(dirs.one.cache, 'production', 'shards');
    const [first, second] = shardIds.filter((id) => id !== '2015');
    const page = (await readdir(path.join(store, first!, 'files'), { recursive: true })).map(String).find((f) => f.endsWith('index.html'))!;
    const edited = path.join(store, first!, 'files', page);
    await writeFile(edited, (await readFile(edited, 'utf8')).replace('</main>', '<p>保存場所で書き換えた一文</p></main>'));
    const data = (await readdir(path.join(store, second!, 'files'), { recursive: true })).map(String).find((f) => f.endsWith('indicators.csv'))!;
    await rm(path.join(store, second!, 'files', data));
    await writeFile(path.join(store, second!, 'files', 'extra.html'), '<p>一覧にないページ</p>');

    const rebuilt = await build([], dirs.one.out, dirs.one.cache);
    assertBuilt(rebuilt, 'rebuild with a damaged store');
    expect(rebuilt.stderr).toContain(`[shard ${first}] 保存済みのシャードが壊れているため作り直します`);
    expect(rebuilt.stderr).toContain(`[shard ${second}] 保存済みのシャードが壊れているため作り直します`);
    expect(rebuilt.stderr).toContain(`内容が変わっています / changed: ${edited}`);
    // Rebuilt in full (its index too), and the site equals the one built from intact shards.
    expect(rebuilt.stdout).toMatch(new RegExp(`\\[shard ${first}\\] \\[kohyo:search\\] indexed`));
    expect(hashTree(dirs.one.out)).toEqual(hashTree(dirs.merged.out));
  }, 300_000);
});

/** Queries over the corpus's vocabulary (scripts/bench/corpus-text.ts), kanji, katakana and mixed. */
const QUERIES = [
  '情報セキュリティ', '防災', '電子申請', 'オープンデータ', '備蓄', '職員研修', '健康診断', '避難所運営',
  'マイナンバーカード', '窓口サービス', '庁内ネットワーク', '業務システム', 'データ活用', '国際交流', '多文化共生',
  '働き方改革', '文書管理', '平成27年度', '合成',
];

interface Outcome {
  urls: string[];
  filters: Record<string, Record<string, number>>;
}

/**
 * The search page's own Pagefind loader (src/scripts/search/pagefind-api.ts) and its newest-first
 * search (newest-first.ts, run-search.ts), bundled for the page.
 */
async function searchModule(): Promise<string> {
  const contents = ['pagefind-api', 'newest-first', 'run-search'].map((m) => `export * from './src/scripts/search/${m}.ts';`).join('\n');
  const bundled = await bundle({ stdin: { contents, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'esm', write: false, target: 'es2022' });
  return bundled.outputFiles[0]!.text;
}

/**
 * Loads Pagefind through the search page's loader (its shard bundles, merged, with the vocabulary
 * check) and runs every query, with and without filters. The loader is served at a test-only URL.
 */
async function searchAll(page: Page, origin: string, module: string): Promise<Record<string, Outcome>> {
  await page.route(`${origin}/__test/pagefind-api.js`, (route) => route.fulfill({ body: module, contentType: 'text/javascript' }));
  await page.goto(`${origin}/search/`);
  // Source text, so the test runner does not rewrite the browser's import() into its own loader.
  return (await page.evaluate(`(${IN_PAGE})(${JSON.stringify(QUERIES)})`)) as Record<string, Outcome>;
}

const IN_PAGE = `async (queries) => {
  const { searchGroups, combinedSearch, sumCounts, yearsToSearch, searchByYear, runSearch } = await import('/__test/pagefind-api.js');
  const form = document.querySelector('#search-form');
  const bundles = form.dataset.searchIndexes.split(' ').filter(Boolean);
  const bundleYears = (form.dataset.searchYears ?? '').split(' ').filter(Boolean).map(Number);
  // As the search page loads them: the newest year's bundles in one instance, the older years in two.
  const groups = searchGroups('/', bundles, bundleYears);
  const instances = await Promise.all(Array.from({ length: groups.count }, (_, i) => groups.group(i)));
  const api = combinedSearch(instances);
  const listed = [...document.querySelectorAll('input[name=year]')].map((box) => box.value);
  const listedYears = listed.map((v) => Number(/（(\\d{4})年度）/.exec(v)[1]));
  // Counts are complete once every shard's filter chunks are loaded (the search page does this after its first results).
  await api.filters();
  const sorted = (counts) => Object.fromEntries(Object.keys(counts).sort().map((k) => [k, Object.fromEntries(Object.entries(counts[k]).filter(([, n]) => n > 0).sort(([a], [b]) => (a < b ? -1 : 1)))]));
  const run = async (q, filters = {}) => {
    const r = await api.search(q, { filters });
    const urls = (await Promise.all(r.results.map((x) => x.data().then((d) => d.url)))).sort();
    return { urls, filters: sorted(r.filters) };
  };
  // The search page's newest-first path (its default order): each instance in turn, a bundle of
  // several years year by year; its results and added-up counts must be those of one index.
  const newestFirst = async (q) => {
    const results = [];
    const parts = [];
    const take = (outcome) => { results.push(...outcome.results); parts.push(outcome.counts); };
    for (const g of instances) {
      const groupYears = g.years.length > 0 ? g.years : listedYears;
      const years = yearsToSearch(listed, groupYears, []);
      const request = { query: q, filters: {} };
      if (groupYears.length <= 1) { const o = await runSearch(g, request); if (o) take(o); }
      else await searchByYear(g, request, years, take);
    }
    const urls = (await Promise.all(results.map((x) => x.data().then((d) => d.url)))).sort();
    return { urls, filters: sorted(sumCounts(parts)) };
  };
  const out = {};
  for (const q of queries) {
    const plain = await run(q);
    out[q] = plain;
    out[q + ' (newest first)'] = await newestFirst(q);
    // One value of every filter that has results for this query, then two filters together.
    const keys = Object.keys(plain.filters);
    for (const key of keys) {
      const value = Object.keys(plain.filters[key]).sort()[0];
      if (value !== undefined) out[q + ' | ' + key + '=' + value] = await run(q, { [key]: { any: [value] } });
    }
    const [k1, k2] = keys;
    const v1 = k1 && Object.keys(plain.filters[k1]).sort().at(-1);
    const v2 = k2 && Object.keys(plain.filters[k2]).sort()[0];
    if (v1 && v2) out[q + ' | ' + k1 + '=' + v1 + ' & ' + k2 + '=' + v2] = await run(q, { [k1]: { any: [v1] }, [k2]: { any: [v2] } });
  }
  const years = Object.keys((await api.filters())['年度'] ?? {}).sort();
  out['(filters only) 年度=' + years[0]] = await run(null, { 年度: { any: [years[0]] } });
  out['(all filter values)'] = { urls: [], filters: sorted(await api.filters()) };
  return out;
}`;

describe('one search over all shards', () => {
  let browser: LaunchedBrowser;
  let sharded: StaticServer;
  let single: StaticServer;
  let shardedResults: Record<string, Outcome>;
  let singleResults: Record<string, Outcome>;

  beforeAll(async () => {
    [sharded, single] = await Promise.all([serveStatic(dirs.one.out), serveStatic(dirs.single.out)]);
    browser = await launchBrowser();
    const module = await searchModule();
    const page = await browser.context.newPage();
    shardedResults = await searchAll(page, sharded.origin, module);
    singleResults = await searchAll(page, single.origin, module);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await sharded?.close();
    await single?.close();
  });

  it('the search page lists one bundle per shard, newest year first', async () => {
    const html = await readFile(path.join(dirs.one.out, 'search', 'index.html'), 'utf8');
    expect(html).toContain(`data-search-indexes="${shardIds.map((id) => `/pagefind/${id}/`).join(' ')}"`);
  });

  it('leaves out the shards that would resolve a word differently (and so over-match)', () => {
    // Without the vocabulary check, a shard lacking a word answers with pages that share only its
    // first characters; equal results with one index prove the check is applied. Some query must
    // have needed it for this test to mean anything.
    const partial = Object.entries(singleResults).filter(([key, outcome]) => !key.includes(' | ') && outcome.urls.length > 0 && new Set(outcome.urls.map((u) => u.split('/')[2])).size < shardIds.length);
    expect(partial.length).toBeGreaterThan(0);
  });

  it('runs at least 15 Japanese queries that find something, with filters', () => {
    const found = QUERIES.filter((q) => (singleResults[q]?.urls.length ?? 0) > 0);
    expect(found.length).toBeGreaterThanOrEqual(15);
    expect(Object.keys(singleResults).filter((k) => k.includes(' | ')).length).toBeGreaterThan(30);
  });

  it('gives the same results and counts newest first (year by year, instance by instance) as in one search', () => {
    for (const [query, outcome] of Object.entries(shardedResults).filter(([key]) => key.endsWith(' (newest first)'))) {
      expect(outcome, query).toEqual(singleResults[query.replace(' (newest first)', '')]);
    }
  });

  it('gives the same results, filters and counts as one index over the same pages', () => {
    expect(Object.keys(shardedResults).sort()).toEqual(Object.keys(singleResults).sort());
    for (const [query, expected] of Object.entries(singleResults)) {
      expect(shardedResults[query], query).toEqual(expected);
    }
  });
});
