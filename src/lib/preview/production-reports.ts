/**
 * Reads the published data of a built production site: every `<組織>/<年度>/<報告書>/report.json`
 * under its folder, keyed by report id (osaka-ict/2018/keiei-kadai-2). This is what the public
 * site serves, so the preview compares with what is really published, not with a guess.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { JsonObject } from './json-diff.ts';

export interface ProductionReports {
  dir: string;
  /** false when the folder holds no built site (nothing published yet, or a wrong path) */
  found: boolean;
  reports: Map<string, JsonObject>;
}

/** Folders of a built site that never hold report data. */
const SKIP = new Set(['_astro', 'pagefind', 'schemas', 'preview']);

export async function readProductionReports(dir: string): Promise<ProductionReports> {
  const reports = new Map<string, JsonObject>();
  if (!existsSync(path.join(dir, 'index.html'))) return { dir, found: false, reports };
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(path.join(dir, relative), { withFileTypes: true });
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory() && !SKIP.has(entry.name)) await walk(child);
      else if (entry.isFile() && entry.name === 'report.json' && relative.split('/').length === 3) {
        reports.set(relative, JSON.parse(await readFile(path.join(dir, child), 'utf8')) as JsonObject);
      }
    }
  };
  await walk('');
  return { dir, found: true, reports };
}
