/**
 * Production data never references an unreleased report: when the report a published one
 * `continues` is still a draft, no published file names it — not report.json's `continues`, not a
 * 前年度 link, not a continuing-report page or its merged-series CSVs.
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, buildFixture, listFiles, OUTPUT_ROOT } from '../fixtures/support/run.ts';

const root = path.join(OUTPUT_ROOT, 'k-unreleased-refs');
const content = path.join(root, 'content');
const out = path.join(root, 'site');
const DRAFT = 'test-city/2018/keiei-kadai-2';
const CONTINUING = 'test-city/2019/keiei-kadai-3';

beforeAll(async () => {
  await rm(root, { recursive: true, force: true });
  await cp(path.resolve('tests/fixtures/content/multi-year'), content, { recursive: true });
  const file = path.join(content, `${DRAFT}.yaml`);
  await writeFile(file, (await readFile(file, 'utf8')).replace(/^number: 2\n/m, 'number: 2\ndraft: true\n'));
  assertBuilt(await buildFixture(content, out, path.join(root, 'cache')), 'multi-year build with a draft predecessor');
}, 300_000);

describe('a published report continuing a draft', () => {
  it('is published, and its report.json has no continues naming the draft', async () => {
    const data = JSON.parse(await readFile(path.join(out, CONTINUING, 'report.json'), 'utf8')) as Record<string, unknown>;
    expect(data.number).toBe(3);
    expect(data).not.toHaveProperty('continues');
  });

  it('no file of the site names the draft (pages, data files, feeds, sitemaps, search index text)', async () => {
    const mentions: string[] = [];
    for (const file of listFiles(out)) {
      if (/\.pf_|\.wasm$|pagefind.*\.js$/.test(file)) continue;
      const text = await readFile(path.join(out, file), 'utf8');
      if (text.includes(`/${DRAFT}/`) || text.includes(`${DRAFT}/report.json`) || /"report":\s*"keiei-kadai-2"[^}]*"fiscalYear":\s*2018|"fiscalYear":\s*2018[^}]*"report":\s*"keiei-kadai-2"/.test(text)) mentions.push(file);
    }
    expect(mentions).toEqual([]);
  });
});
