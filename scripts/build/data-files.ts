/**
 * Writes a shard's data files (report.json, indicators.csv, each figure's data.csv and data.json,
 * each merged series' CSV) into its rendered folder, from the same entries and pure functions the
 * pages use (src/lib/data-files.ts). Astro gives these routes no paths in a build: one route per
 * file cost about 45 % of a shard's Astro time, for text that needs no page rendering.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { shardContent, type ShardPart } from '../../src/lib/build/part.ts';
import { summaryKey, summaryOf } from '../../src/lib/continuity/chains.ts';
import { reportDocsOf } from '../../src/lib/content/report-docs.ts';
import { continuingDataFiles, reportDataFiles, type DataFile } from '../../src/lib/data-files.ts';
import { continuingPropsOf, reportPropsOf } from '../../src/lib/report-props.ts';

/** The data files of a shard's pages, as the routes would have rendered them. */
export async function shardDataFiles(part: ShardPart, options: { preview: boolean; site: URL | undefined }): Promise<DataFile[]> {
  // The same entries and warnings as the content loader gives the shard's pages.
  const { entries, problems } = await shardContent(part, options.preview);
  const reports = reportDocsOf(entries, problems);
  if (part.kind === 'continuity') return continuingPropsOf(reports, part.organizations).flatMap(continuingDataFiles);
  return reportPropsOf(reports, part.organizations, (report) => part.otherYears[summaryKey(summaryOf(report))]).flatMap((report) => reportDataFiles(report, options.site));
}

/**
 * Files written at once. Making the text is quick (≈ 0.7 s for the 11,102 files of 1,000 reports); the
 * time is in the file system's calls, which overlap: 8.5 s one after the other, 4.9 s sixteen at a time.
 */
const WRITES_AT_ONCE = 16;

async function inParallel<T>(items: readonly T[], work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(WRITES_AT_ONCE, items.length) }, worker));
}

/** Writes them under `root` (the shard's rendered files) and says how many, in how long (the benchmark reads it). */
export async function writeShardDataFiles(part: ShardPart, root: string, options: { preview: boolean; site: URL | undefined }): Promise<void> {
  const started = performance.now();
  const files = await shardDataFiles(part, options);
  await inParallel([...new Set(files.map((file) => path.dirname(path.join(root, file.path))))], (folder) => mkdir(folder, { recursive: true }));
  await inParallel(files, (file) => writeFile(path.join(root, file.path), file.text));
  console.log(`[shard ${part.shardId}] [kohyo:data] ${files.length} data files in ${Math.round(performance.now() - started)} ms`);
}
