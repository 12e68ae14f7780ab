/**
 * A build part (src/lib/build/part.ts) over one organisation's fiscal year of a fixture, as the
 * build hands a shard to the writers of its data files and share images: the reports are loaded by
 * the real content loader and written to a bucket file in a temporary folder.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ShardPart } from '../../src/lib/build/part.ts';
import { loadContent, type ReportEntry } from '../../src/lib/content/load.ts';

export interface FixtureShard {
  part: ShardPart;
  /** The part's report entries (strategy sheets left out) */
  entries: ReportEntry[];
  /** The temporary folder of its bucket file: output may be written under it */
  dir: string;
  remove(): Promise<void>;
}

/** `yearPrefix` is the entries' id prefix, e.g. 「osaka-ict/2018/」; the shard is named after its year. */
export async function fixtureShard(contentDir: string, now: Date, yearPrefix: string): Promise<FixtureShard> {
  const loaded = await loadContent({ contentDir, now });
  const entries = loaded.entries.filter((e) => e.kind !== 'strategySheet' && e.id.startsWith(yearPrefix));
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kohyo-shard-part-'));
  const bucket = path.join(dir, 'bucket.json');
  await writeFile(bucket, JSON.stringify(entries));
  const shardId = /(\d{4})\/$/.exec(yearPrefix)?.[1] ?? 'fixture';
  const part: ShardPart = { mode: 'shard', kind: 'reports', shardId, organizations: loaded.organizations, bucketFiles: [bucket], otherYears: {}, problems: [], datedFeeds: [] };
  return { part, entries, dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
