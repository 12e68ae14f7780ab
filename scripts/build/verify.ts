/**
 * Every file of a built shard is listed with its sha256 in the shard's manifest, next to the
 * shard's key, when the shard is written (in the store, and in a --shard folder). `--merge` and
 * the reuse of a stored shard check the folder against that list: a page edited afterwards, a
 * file lost in a partial artifact download or one added by hand is named, and such a shard is
 * never published (the merge refuses; the store rebuilds it).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { listFiles } from './tree.ts';

/** The manifest itself is the list: it is not in it. */
export const MANIFEST_FILE = 'manifest.json';

/** sha256 of every file under a shard folder (its files/ and words.json), by forward-slash path. */
export async function shardFileHashes(shardDir: string): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  const files = (await listFiles(shardDir)).filter((file) => file !== MANIFEST_FILE);
  // A few reads at once: the time is in the file system's calls, which overlap.
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      hashes[file] = createHash('sha256').update(await readFile(path.join(shardDir, file))).digest('hex');
    }
  };
  await Promise.all(Array.from({ length: Math.min(16, files.length) }, worker));
  return Object.fromEntries(Object.entries(hashes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export interface FileDifferences {
  missing: string[];
  extra: string[];
  changed: string[];
}

export function differences(expected: Record<string, string>, actual: Record<string, string>): FileDifferences {
  const missing = Object.keys(expected).filter((file) => !(file in actual));
  const extra = Object.keys(actual).filter((file) => !(file in expected));
  const changed = Object.keys(expected).filter((file) => file in actual && actual[file] !== expected[file]);
  return { missing, extra, changed };
}

export const isIntact = (d: FileDifferences) => d.missing.length + d.extra.length + d.changed.length === 0;

/** Checks a shard folder against its manifest's list; no list (an older manifest) counts as unverifiable. */
export async function verifyShardFiles(shardDir: string, listed: Record<string, string> | undefined): Promise<FileDifferences> {
  const actual = await shardFileHashes(shardDir);
  if (!listed) return { missing: [], extra: Object.keys(actual), changed: [] };
  return differences(listed, actual);
}

/** Each difference as one line naming the file (at most `limit` per kind, then a count). */
export function describeDifferences(shardDir: string, d: FileDifferences, limit = 20): string[] {
  const lines: string[] = [];
  const add = (files: string[], ja: string, en: string) => {
    for (const file of files.slice(0, limit)) lines.push(`${ja} / ${en}: ${path.join(shardDir, file)}`);
    if (files.length > limit) lines.push(`…ほか ${files.length - limit} 件 / and ${files.length - limit} more ${en}`);
  };
  add(d.missing, 'ありません', 'missing');
  add(d.extra, '一覧にないファイル', 'extra');
  add(d.changed, '内容が変わっています', 'changed');
  return lines;
}
