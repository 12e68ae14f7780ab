/**
 * The search vocabulary of a sharded site: which words each shard's Pagefind index holds.
 *
 * Why: Pagefind resolves each query word against the words of the index it searches. A word
 * that one shard lacks is replaced there by the longest shorter word it has (「インシデント」 by
 * 「イン」), so a shard that does not contain a word would answer with pages that merely share
 * its first characters — results one index over the whole site would never give. The search
 * page reads these files to skip, for each query, the shards that would resolve a word
 * differently from the whole site (src/lib/search/shard-vocabulary.ts).
 *
 * Files: /pagefind/vocabulary/<n>.json, n = first code point of the word mod 256, each
 * `{ "shards": [ids in search order], "words": { word: [shard positions] } }`.
 */
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import { VOCABULARY_BUCKETS, vocabularyBucket } from '../../src/lib/search/shard-vocabulary.ts';

const SIGNATURE = 'pagefind_dcd';

/** Every word of a Pagefind bundle, read from its index chunks (gzip, signature, CBOR). */
export async function bundleWords(bundleDir: string): Promise<string[]> {
  const indexDir = path.join(bundleDir, 'index');
  const words = new Set<string>();
  for (const name of (await readdir(indexDir)).filter((n) => n.endsWith('.pf_index')).sort()) {
    let bytes = await readFile(path.join(indexDir, name));
    if (bytes.subarray(0, SIGNATURE.length).toString('utf8') !== SIGNATURE) bytes = gunzipSync(bytes);
    if (bytes.subarray(0, SIGNATURE.length).toString('utf8') !== SIGNATURE) throw new Error(`${name}: not a Pagefind index chunk`);
    // [[ [word, pages, variants], … ]]
    const chunk = decode(bytes.subarray(SIGNATURE.length)) as [Array<[string, unknown, unknown]>];
    for (const entry of chunk[0]) words.add(entry[0]);
  }
  return [...words].sort();
}

/** Writes the vocabulary files for shards in search order (their word lists given). */
export async function writeVocabulary(outDir: string, shards: Array<{ id: string; words: readonly string[] }>): Promise<number> {
  const buckets = Array.from({ length: VOCABULARY_BUCKETS }, () => new Map<string, number[]>());
  shards.forEach((shard, position) => {
    for (const word of shard.words) {
      const bucket = buckets[vocabularyBucket(word)]!;
      const list = bucket.get(word);
      if (list) list.push(position);
      else bucket.set(word, [position]);
    }
  });
  await mkdir(outDir, { recursive: true });
  let files = 0;
  const ids = shards.map((s) => s.id);
  for (const [n, bucket] of buckets.entries()) {
    if (bucket.size === 0) continue;
    const words = Object.fromEntries([...bucket.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    await writeFile(path.join(outDir, `${n}.json`), JSON.stringify({ shards: ids, words }));
    files++;
  }
  return files;
}
