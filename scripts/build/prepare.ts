/**
 * Step 1 of a production build: check every content file (the same checks as `npm run check`)
 * and, in the same pass, write the released entries to one JSON "bucket" file per organisation
 * and fiscal year. Only short summaries stay in memory, so checking a 20,000-report archive costs
 * about what one bucket costs. Unreleased entries (drafts, embargo) are dropped here, before any
 * shard, listing or index can see them.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { contentDirectory, summarizeReports } from '../../src/lib/content/loader.ts';
import { loadContent, type ReportEntry, type StrategySheetEntry } from '../../src/lib/content/load.ts';
import { formatReport, type ContentProblem } from '../../src/lib/content/problems.ts';
import { renderableContent } from '../../src/lib/content/renderable.ts';
import { summaryKey, summaryOf } from '../../src/lib/continuity/chains.ts';
import { buildNow, releasedOnly } from '../../src/lib/content/release.ts';
import type { Bucket } from '../../src/lib/build/shard-plan.ts';
import type { Organization } from '../../src/schemas/organization.ts';
import type { ReportDocument, ReportLink } from '../../src/lib/reports.ts';
import { reportIndexEntry, type ReportIndexEntry } from '../../src/lib/site-index.ts';

export interface BucketFile extends Bucket {
  /** JSON array of the bucket's released entries */
  file: string;
  /** sha256 of that file: what a shard's cache key is made of */
  hash: string;
}

export interface PreparedContent {
  ok: boolean;
  errors: number;
  warnings: number;
  report: string;
  problems: ContentProblem[];
  organizations: Organization[];
  /** Released 戦略シート headers (year pages) */
  sheets: StrategySheetEntry[];
  /** Released reports, in listing order */
  reports: ReportLink[];
  /** Released reports' summaries, figure URLs and rating checks, in file order */
  indexEntries: ReportIndexEntry[];
  buckets: BucketFile[];
}

const isReport = (e: ReportEntry) => e.kind === 'managementIssue' || e.kind === 'measure';

/** What a build shows: released entries (production), or everything (preview). */
function visible<T extends ReportEntry>(entries: readonly T[], preview: boolean): T[] {
  return preview ? [...entries] : releasedOnly(entries);
}

export async function prepareContent(bucketDir: string, options: { env?: NodeJS.ProcessEnv; preview?: boolean } = {}): Promise<PreparedContent> {
  const env = options.env ?? process.env;
  const preview = options.preview ?? false;
  const now = buildNow(env);
  const buckets: BucketFile[] = [];
  const indexEntries: ReportIndexEntry[] = [];
  let current: { organization: string; fiscalYear: number; entries: ReportEntry[] } | undefined;

  const flush = async () => {
    if (!current) return;
    const released = visible(current.entries, preview);
    const { organization, fiscalYear } = current;
    current = undefined;
    if (released.length === 0) return;
    const json = JSON.stringify(released);
    const file = path.join(bucketDir, organization, `${fiscalYear}.json`);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, json);
    buckets.push({ organization, fiscalYear, reports: released.filter(isReport).length, file, hash: createHash('sha256').update(json).digest('hex') });
  };

  const content = await loadContent({
    contentDir: contentDirectory(env),
    now,
    displayRoot: process.cwd(),
    keepEntries: false,
    // Files arrive in path order, so one organisation-year's files come together.
    onEntry: async (entry) => {
      const { organization, fiscalYear } = entry.data;
      if (current && (current.organization !== organization || current.fiscalYear !== fiscalYear)) await flush();
      current ??= { organization, fiscalYear, entries: [] };
      current.entries.push(entry);
      // What the build shows of it (production: without change notes dated after today).
      const shown = visible([entry], preview)[0];
      if (isReport(entry) && shown) {
        // Copied through JSON so no string keeps the file's whole text alive (see entrySkeleton).
        indexEntries.push(JSON.parse(JSON.stringify(reportIndexEntry({ kind: shown.kind, doc: shown.data } as ReportDocument))) as ReportIndexEntry);
      }
    },
  });
  await flush();

  const errors = content.problems.filter((p) => p.severity === 'error').length;
  let released = visible(content.entries, preview);
  let shown = { buckets, indexEntries };
  if (errors > 0 && preview) {
    // The preview is built anyway: entries of broken files (or of unknown organisations) are left out.
    const renderable = new Set(renderableContent(content).entries.map((e) => e.id));
    released = released.filter((e) => renderable.has(e.id));
    shown = await withoutEntries(buckets, indexEntries, renderable);
  }
  if (!preview) shown = { ...shown, buckets: await withoutUnreleasedTargets(shown.buckets, shown.indexEntries) };
  return {
    ok: errors === 0,
    errors,
    warnings: content.problems.length - errors,
    report: formatReport(content.problems),
    problems: content.problems,
    organizations: content.organizations,
    sheets: released.filter((e): e is StrategySheetEntry => e.kind === 'strategySheet'),
    reports: summarizeReports(released),
    indexEntries: shown.indexEntries,
    buckets: shown.buckets,
  };
}

/** Rewrites the buckets (and the site index) keeping only the given entry ids. */
async function withoutEntries(buckets: BucketFile[], indexEntries: ReportIndexEntry[], keep: ReadonlySet<string>): Promise<{ buckets: BucketFile[]; indexEntries: ReportIndexEntry[] }> {
  const kept: BucketFile[] = [];
  for (const bucket of buckets) {
    const entries = (JSON.parse(await readFile(bucket.file, 'utf8')) as ReportEntry[]).filter((e) => keep.has(e.id));
    if (entries.length === 0) continue;
    const json = JSON.stringify(entries);
    await writeFile(bucket.file, json);
    kept.push({ ...bucket, reports: entries.filter(isReport).length, hash: createHash('sha256').update(json).digest('hex') });
  }
  return { buckets: kept, indexEntries: indexEntries.filter((e) => keep.has(summaryKey(e.summary))) };
}

/**
 * Production data never names an unreleased report: a published report whose `continues` points at
 * a draft or embargoed one keeps no `continues` in what is published (report.json, pages). Its
 * summary keeps it, so it is not linked by number to another report instead: until the target is
 * released, the report simply has no predecessor on the public site.
 */
async function withoutUnreleasedTargets(buckets: BucketFile[], indexEntries: readonly ReportIndexEntry[]): Promise<BucketFile[]> {
  const released = new Set(indexEntries.map((e) => summaryKey(e.summary)));
  const dangling = new Set<string>();
  for (const { summary } of indexEntries) {
    const target = summary.continues && summaryKey({ organization: summary.organization, fiscalYear: summary.continues.fiscalYear, slug: summary.continues.report });
    if (target && !released.has(target)) dangling.add(summaryKey(summary));
  }
  if (dangling.size === 0) return buckets;
  const result: BucketFile[] = [];
  for (const bucket of buckets) {
    const entries = JSON.parse(await readFile(bucket.file, 'utf8')) as ReportEntry[];
    let changed = false;
    const cleaned = entries.map((entry) => {
      if (entry.kind === 'strategySheet' || !dangling.has(summaryKey(summaryOf({ kind: entry.kind, doc: entry.data } as ReportDocument)))) return entry;
      changed = true;
      const { continues: _unreleased, ...data } = entry.data;
      return { ...entry, data } as ReportEntry;
    });
    if (!changed) {
      result.push(bucket);
      continue;
    }
    const json = JSON.stringify(cleaned);
    await writeFile(bucket.file, json);
    result.push({ ...bucket, hash: createHash('sha256').update(json).digest('hex') });
  }
  return result;
}
