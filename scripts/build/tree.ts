/** Small file-tree helpers for the build: list, hash, move and link folders of output. */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** Files under dir, as forward-slash paths relative to it, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** sha256 over every file's path and bytes: equal hashes mean byte-identical trees. */
export async function hashTree(dir: string, skip: (relative: string) => boolean = () => false): Promise<string> {
  const hash = createHash('sha256');
  for (const file of await listFiles(dir)) {
    if (skip(file)) continue;
    hash.update(file).update('\0').update(createHash('sha256').update(await readFile(path.join(dir, file))).digest()).update('\0');
  }
  return hash.digest('hex');
}

/** Moves a file or folder, creating the destination's parent. */
export async function move(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true });
  await rename(from, to);
}

export class ConflictingFileError extends Error {}

/**
 * Puts every file of `from` into `to` by hard link (copy when linking is not possible, e.g. across
 * file systems). Output files are never edited in place, so a link is as good as a copy. A file
 * that already exists must be byte-identical (e.g. the same CSS asset from two shards).
 */
export async function overlay(from: string, to: string): Promise<number> {
  let count = 0;
  const made = new Set<string>();
  for (const file of await listFiles(from)) {
    const source = path.join(from, file);
    const target = path.join(to, file);
    const folder = path.dirname(target);
    if (!made.has(folder)) {
      await mkdir(folder, { recursive: true });
      made.add(folder);
    }
    if (existsSync(target)) {
      const [a, b] = await Promise.all([readFile(source), readFile(target)]);
      if (!a.equals(b)) throw new ConflictingFileError(`同じパスに異なる内容のファイルがあります / two parts of the build wrote different files at ${file}`);
      continue;
    }
    try {
      await link(source, target);
    } catch {
      await copyFile(source, target);
    }
    count++;
  }
  return count;
}

export async function removeTree(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
