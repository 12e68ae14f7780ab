/**
 * The base a preview is compared with: what the public site really serves.
 *
 * - KOHYO_PRODUCTION_URL (the public site's address): its /reports-index.json is read over HTTP,
 *   and only the report.json files whose hash differs from the preview's are fetched.
 * - KOHYO_PRODUCTION_DIR (offline use): a folder holding a copy of the published site, read the
 *   same way (its reports-index.json, or every report.json when it predates the index).
 * - Neither: there is no base, and the changes page says so in plain words. A local dist/ is never
 *   used on its own: it is whatever was last built on this machine, not what the public sees.
 *
 * Reviewers are shown the address, or the folder's name (never a machine path), and the base's
 * identity: report count, index hash, newest date. Anything that cannot be read stops with a
 * message naming the URL or file.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { JsonObject } from './json-diff.ts';
import { newestDate, parseReportsIndex, REPORTS_INDEX_FILE, reportsIndex, sha256, type ReportsIndex } from './reports-index.ts';
import { entryUrl } from '../urls.ts';

export type BaseSetting = { kind: 'url'; url: string } | { kind: 'dir'; dir: string } | { kind: 'none' };

/** A base that cannot be used; the message names the URL or file. */
export class BaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BaseError';
  }
}

export function baseSetting(env: NodeJS.ProcessEnv = process.env): BaseSetting {
  const url = env.KOHYO_PRODUCTION_URL?.trim();
  const dir = env.KOHYO_PRODUCTION_DIR?.trim();
  if (url && dir) throw new BaseError('KOHYO_PRODUCTION_URL と KOHYO_PRODUCTION_DIR はどちらか一方だけを指定してください / set only one of KOHYO_PRODUCTION_URL and KOHYO_PRODUCTION_DIR');
  if (url) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new BaseError(`KOHYO_PRODUCTION_URL が URL として読めません: ${url} / KOHYO_PRODUCTION_URL is not a URL`);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new BaseError(`KOHYO_PRODUCTION_URL は http(s):// で始まる公開サイトのアドレスです: ${url} / KOHYO_PRODUCTION_URL must be an http(s) address`);
    // The site's root: index and report files are resolved below it (a city's sub-path included).
    return { kind: 'url', url: parsed.href.endsWith('/') ? parsed.href : `${parsed.href}/` };
  }
  if (dir) return { kind: 'dir', dir: path.resolve(dir) };
  return { kind: 'none' };
}

export interface BaseIdentity {
  kind: 'url' | 'dir';
  /** The address (https://…/) or the folder's own name: what reviewers are shown */
  label: string;
  count: number;
  indexHash: string;
  newest: string | null;
}

export interface ProductionBase {
  identity: BaseIdentity;
  index: ReportsIndex;
  /** The published report.json of one report of the index */
  read(id: string): Promise<JsonObject>;
}

type Fetch = typeof fetch;

const reason = (error: unknown) => (error instanceof Error ? (error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message) : String(error));

async function fetchText(url: string, fetchImpl: Fetch): Promise<string> {
  let response: Response;
  try {
    response = await fetchImpl(url, { signal: AbortSignal.timeout(30_000), redirect: 'follow' });
  } catch (error) {
    throw new BaseError(`公開サイトに接続できません: ${url}（${reason(error)}） / could not reach the public site`);
  }
  if (!response.ok) throw new BaseError(`公開サイトから読めません: ${url}（HTTP ${response.status}） / could not read from the public site`);
  return response.text();
}

function parseReport(text: string, where: string): JsonObject {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new BaseError(`公開中の report.json が JSON として読めません: ${where}（${reason(error)}） / the published report.json is not JSON`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new BaseError(`公開中の report.json が報告の形ではありません: ${where} / the published report.json is not a report`);
  return json as JsonObject;
}

function indexOrError(text: string, where: string): ReportsIndex {
  const parsed = parseReportsIndex(text);
  if (!parsed.ok) throw new BaseError(`公開サイトの報告一覧を読めません: ${where}（${parsed.problem}）`);
  return parsed.index;
}

async function openUrl(root: string, fetchImpl: Fetch): Promise<ProductionBase> {
  const indexUrl = new URL(REPORTS_INDEX_FILE, root).href;
  const index = indexOrError(await fetchText(indexUrl, fetchImpl), indexUrl);
  return {
    index,
    identity: { kind: 'url', label: root, count: index.count, indexHash: index.indexHash, newest: index.newest },
    read: async (id) => {
      const url = new URL(`${id}/report.json`, root).href;
      return parseReport(await fetchText(url, fetchImpl), url);
    },
  };
}

/** Folders of a built site that never hold report data. */
const SKIP = new Set(['_astro', 'pagefind', 'schemas', 'preview']);

/** The index of a folder built before sites published one: every <org>/<year>/<report>/report.json. */
async function indexOfFolder(dir: string, label: string): Promise<ReportsIndex> {
  const entries: { id: string; url: string; sha256: string }[] = [];
  const dates: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    for (const entry of await readdir(path.join(dir, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory() && !SKIP.has(entry.name) && relative.split('/').length < 3) await walk(child);
      else if (entry.isFile() && entry.name === 'report.json' && relative.split('/').length === 3) {
        const text = await readFile(path.join(dir, child), 'utf8');
        const report = parseReport(text, `${label}/${child}`);
        entries.push({ id: relative, url: entryUrl(relative), sha256: sha256(text) });
        if (Array.isArray(report.changes)) for (const note of report.changes) if (note && typeof note === 'object' && !Array.isArray(note) && typeof note.date === 'string') dates.push(note.date);
      }
    }
  };
  await walk('');
  return reportsIndex(entries, newestDate(dates));
}

async function openDir(dir: string): Promise<ProductionBase> {
  // Reviewers see the folder's own name; the full path stays in the terminal of whoever built it.
  const label = path.basename(dir);
  if (!existsSync(dir)) throw new BaseError(`KOHYO_PRODUCTION_DIR のフォルダがありません: ${dir} / the folder in KOHYO_PRODUCTION_DIR does not exist`);
  if (!existsSync(path.join(dir, 'index.html'))) throw new BaseError(`KOHYO_PRODUCTION_DIR のフォルダに公開サイトの出力（index.html）がありません: ${dir} / the folder holds no built site`);
  const indexFile = path.join(dir, REPORTS_INDEX_FILE);
  const index = existsSync(indexFile) ? indexOrError(await readFile(indexFile, 'utf8'), `${label}/${REPORTS_INDEX_FILE}`) : await indexOfFolder(dir, label);
  return {
    index,
    identity: { kind: 'dir', label, count: index.count, indexHash: index.indexHash, newest: index.newest },
    read: async (id) => {
      const file = path.join(dir, id, 'report.json');
      const text = await readFile(file, 'utf8').catch((error: unknown) => {
        throw new BaseError(`公開中の report.json を読めません: ${label}/${id}/report.json（${reason(error)}） / could not read the published report.json`);
      });
      return parseReport(text, `${label}/${id}/report.json`);
    },
  };
}

export async function openProductionBase(setting: BaseSetting, fetchImpl: Fetch = fetch): Promise<ProductionBase | undefined> {
  if (setting.kind === 'url') return openUrl(setting.url, fetchImpl);
  if (setting.kind === 'dir') return openDir(setting.dir);
  return undefined;
}

/** Runs `task` over `items`, `limit` at a time (a public site should not get hundreds of requests at once). */
export async function eachLimited<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
