/**
 * The data files a production build writes beside a shard's pages (scripts/build/data-files.ts):
 * every download of every released report, nothing of a draft or an embargoed report, the same
 * release switch as the pages (src/lib/content/release.ts).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ShardPart } from '../../../src/lib/build/part.ts';
import type { ReportEntry } from '../../../src/lib/content/load.ts';
import { shardDataFiles } from '../../../scripts/build/data-files.ts';
import { fixtureShard, type FixtureShard } from '../../helpers/shard-part.ts';

const FIXTURE = path.resolve('tests/fixtures/content/release');
// After keiei-kadai-4's publishAt (2019-04-01 09:00), before keiei-kadai-3's (2019-06-01 09:00).
const NOW = new Date('2019-05-01T00:00:00+09:00');
const SITE = new URL('https://city.example.jp');
const YEAR = 'osaka-ict/2018';

let dir: string;
let part: ShardPart;
let entries: ReportEntry[];
let shard: FixtureShard;

beforeAll(async () => {
  shard = await fixtureShard(FIXTURE, NOW, `${YEAR}/`);
  ({ dir, part, entries } = shard);
});

afterAll(async () => {
  await shard.remove();
});

const foldersOf = (paths: string[]) => [...new Set(paths.map((p) => p.split('/').slice(0, 3).join('/')))].sort();

describe('a shard\'s data files', () => {
  it('covers the fixture as expected: two released reports, a draft and an embargoed one', () => {
    expect(entries.map((e) => `${e.id} ${e.release.status}`).sort()).toEqual([
      `${YEAR}/keiei-kadai-1 draft`,
      `${YEAR}/keiei-kadai-2 published`,
      `${YEAR}/keiei-kadai-3 embargoed`,
      `${YEAR}/keiei-kadai-4 published`,
    ]);
  });

  it('has report.json, indicators.csv and each figure\'s data.csv and data.json of every released report, and nothing of the others', async () => {
    const files = await shardDataFiles(part, { preview: false, site: SITE });
    const paths = files.map((f) => f.path);
    expect(foldersOf(paths)).toEqual([`${YEAR}/keiei-kadai-2`, `${YEAR}/keiei-kadai-4`]);
    for (const report of ['keiei-kadai-2', 'keiei-kadai-4']) {
      const own = paths.filter((p) => p.startsWith(`${YEAR}/${report}/`));
      expect(own).toContain(`${YEAR}/${report}/report.json`);
      expect(own).toContain(`${YEAR}/${report}/indicators.csv`);
      const figures = own.filter((p) => p.includes('/figures/'));
      // Each figure has both data files, its chart as SVG when it is drawn as one, and nothing else.
      const csvs = figures.filter((p) => p.endsWith('/data.csv'));
      expect(figures.filter((p) => p.endsWith('/data.json')).length).toBe(csvs.length);
      expect(figures.filter((p) => p.endsWith('/chart.svg')).length).toBeLessThanOrEqual(csvs.length);
      expect(figures.every((p) => /\/figures\/[^/]+\/(data\.(csv|json)|chart\.svg)$/.test(p))).toBe(true);
    }
    expect(paths.filter((p) => p.includes('/figures/')).length).toBeGreaterThan(0);
    expect(new Set(paths).size).toBe(paths.length);
    for (const file of files) expect(file.text, file.path).not.toContain('zqxdraft');
  });

  it('gives published data only: report.json without staff bookkeeping, citations at the site\'s address', async () => {
    const files = await shardDataFiles(part, { preview: false, site: SITE });
    const report = JSON.parse(files.find((f) => f.path === `${YEAR}/keiei-kadai-2/report.json`)!.text) as Record<string, unknown>;
    for (const key of ['release', 'sourceFile', 'warnings', 'draft', 'publishAt', 'id']) expect(report, key).not.toHaveProperty(key);
    expect(report).toHaveProperty('organization');
    const figure = files.find((f) => f.path.startsWith(`${YEAR}/keiei-kadai-2/figures/`) && f.path.endsWith('data.json'))!;
    expect(figure.text).toContain(`https://city.example.jp/${YEAR}/keiei-kadai-2/figures/`);
  });

  it('includes drafts and embargoed reports in the staff preview, as its pages do', async () => {
    const files = await shardDataFiles(part, { preview: true, site: SITE });
    expect(foldersOf(files.map((f) => f.path))).toEqual([1, 2, 3, 4].map((n) => `${YEAR}/keiei-kadai-${n}`));
  });
});
