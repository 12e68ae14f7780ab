/**
 * Names the site owns are read from its routes and output, and content identifiers that become
 * URL parts are refused when they take one of them. A synthetic pages tree stands in for routes
 * other work adds (feeds, schemas, preview, figure pages), to show they are covered with no list
 * to update.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/content/load.ts';
import { readContentFile } from '../../../src/lib/content/read.ts';
import { organizationIdProblems, reportUrlProblems } from '../../../src/lib/content/url-names.ts';
import { ASSETS_FOLDER, REPORTS_INDEX_FILE } from '../../../src/lib/build-folders.ts';
import { PAGEFIND_FOLDER } from '../../../src/integrations/pagefind.ts';
import { readRoutes, reservedNamesByLevel, topLevelReservedNames } from '../../../src/lib/site-paths.ts';
import { managementIssueSchema, organizationsFileSchema } from '../../../src/schemas/index.ts';

const names = (list: { name: string }[]) => [...new Set(list.map((n) => n.name))].sort();

describe('the names the real site owns', () => {
  it('come from src/pages, public/ and the build folders', () => {
    expect(names(topLevelReservedNames())).toEqual(expect.arrayContaining(['about', 'search', 'robots.txt', 'sitemap.xml', 'favicon.svg', '_headers', ASSETS_FOLDER, PAGEFIND_FOLDER]));
    expect(ASSETS_FOLDER).toBe('_astro');
    expect(PAGEFIND_FOLDER).toBe('pagefind');
    expect(names(reservedNamesByLevel().indicator)).toEqual(expect.arrayContaining(['indicators.csv', 'report.json']));
  });

  it('name no route content fills', () => {
    const all = Object.values(reservedNamesByLevel()).flat();
    expect(all.filter((n) => n.name.includes('['))).toEqual([]);
  });
});

let pagesDir: string;
let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'kohyo-pages-'));
  pagesDir = path.join(work, 'pages');
  const files = [
    'index.astro',
    'search.astro',
    'feed.xml.ts',
    '404.astro',
    '_hidden.astro',
    'schemas/index.astro',
    'schemas/[kind].json.ts',
    'preview/[...path].astro',
    'about/ratings.astro',
    '[org]/index.astro',
    '[org]/feed.xml.ts',
    '[org]/[year]/index.astro',
    '[org]/[year]/summary.astro',
    '[org]/[year]/[report].astro',
    '[org]/[year]/[report]/indicators.csv.ts',
    '[org]/[year]/[report]/report.json.ts',
    '[org]/[year]/[report]/figures/index.astro',
    '[org]/[year]/[report]/figures/[indicator].astro',
    '[org]/[year]/[report]/figures/[indicator]/data.csv.ts',
    '[org]/[year]/[report]/figures/all.zip.ts',
    'not-a-page.css',
  ];
  for (const file of files) {
    await mkdir(path.dirname(path.join(pagesDir, file)), { recursive: true });
    await writeFile(path.join(pagesDir, file), '');
  }
  await mkdir(path.join(work, 'public'));
  await writeFile(path.join(work, 'public', 'logo.svg'), '');
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('names derived from a pages tree', () => {
  it('reserve each level the moment a page exists, skipping _files and non-pages', () => {
    const byLevel = reservedNamesByLevel(readRoutes(pagesDir), path.join(work, 'public'));
    expect(names(byLevel.organization)).toEqual(['404', ASSETS_FOLDER, 'about', 'feed.xml', 'logo.svg', PAGEFIND_FOLDER, 'preview', REPORTS_INDEX_FILE, 'schemas', 'search'].sort());
    expect(names(byLevel.fiscalYear)).toEqual(['feed.xml']);
    expect(names(byLevel.report)).toEqual(['summary']);
    expect(names(byLevel.indicator)).toEqual(['all.zip', 'figures', 'indicators.csv', 'report.json']);
  });

  it('refuse an organisation id, a report file name and an indicator id that take those names', async () => {
    const byLevel = reservedNamesByLevel(readRoutes(pagesDir), path.join(work, 'public'));
    const content = path.join(work, 'content');
    await mkdir(content, { recursive: true });
    await writeFile(path.join(content, 'organizations.yaml'), 'organizations:\n  - id: osaka-ict\n    municipality: 大阪市\n    name: ICT戦略室\n  - id: preview\n    municipality: 大阪市\n    name: 試し\n');
    const orgFile = (await readContentFile(path.join(content, 'organizations.yaml'), 'organizations.yaml')).parsed!;
    const orgs = organizationsFileSchema.parse(orgFile.data).organizations;
    const orgProblems = organizationIdProblems([{ parsed: orgFile, organizations: orgs }], byLevel);
    expect(orgProblems).toHaveLength(1);
    expect(orgProblems[0]).toMatchObject({ severity: 'error', file: 'organizations.yaml', line: 5, column: 9, field: 'organizations.1.id' });
    expect(orgProblems[0]!.message).toBe('組織 id「preview」はサイト自身の URL /preview/ と重なります（ページ pages/preview/[...path].astro）。別の名前にしてください / organization id "preview" collides with the site\'s own path /preview/ (ページ pages/preview/[...path].astro)');

    const reportText = (await readContentFile(path.resolve('tests/fixtures/broken/indicator-id-duplicate/osaka-ict/2018/keiei-kadai-2.yaml'), 'k.yaml')).parsed!;
    // The fixture repeats an id; here the second one takes a reserved name instead.
    const raw = structuredClone(reportText.data) as { strategies: { indicators: { id: string }[] }[] };
    raw.strategies[0]!.indicators[0]!.id = 'figures';
    const parsed = managementIssueSchema.parse(raw);
    const problems = reportUrlProblems({ id: 'osaka-ict/2018/summary', file: 'k.yaml', kind: 'managementIssue', data: parsed }, reportText, byLevel);
    expect(problems.map((p) => [p.field, p.line])).toEqual([
      ['', 0],
      ['strategies.0.indicators.0.id', 41],
    ]);
    expect(problems[0]!.message).toContain('ファイル名「summary」はサイト自身の URL /osaka-ict/2018/summary/ と重なります（ページ pages/[org]/[year]/summary.astro）');
    expect(problems[1]!.message).toContain('指標 id「figures」は、報告書ページ /osaka-ict/2018/summary/ の下でサイト自身が使う名前「figures」と重なります（ページ pages/[org]/[year]/[report]/figures/');
  });
});

describe('the real content', () => {
  it('takes none of the names the site owns', async () => {
    const { problems } = await loadContent({ contentDir: path.resolve('content'), now: new Date() });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
