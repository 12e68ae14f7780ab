/**
 * Measures a finished site: total size and file count, the Pagefind bundles, HTML bytes per report page and
 * the JavaScript each report page makes the browser load (which must be none).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export interface SiteMetrics {
  totalBytes: number;
  fileCount: number;
  htmlPages: number;
  /** Everything under /pagefind/: every shard's bundle plus any search data beside them */
  pagefindBytes: number | null;
  /** Pagefind bundles (folders holding a pagefind-entry.json) under /pagefind/, and their bytes */
  pagefindBundles: number;
  pagefindBundleBytes: number;
  reportPages: number;
  /** Report ids whose page was not found at <out>/<id>/index.html */
  missingReportPages: string[];
  reportHtmlMedianBytes: number | null;
  reportHtmlMaxBytes: number | null;
  /** Total <script> elements and modulepreload links over all report pages */
  reportScriptTags: number;
  /** Most JavaScript bytes any report page loads (inline + referenced .js files) */
  reportJsMaxBytes: number;
  /** The largest HTML page of the whole site and its size: no listing may grow without bound */
  largestPage: { url: string; bytes: number } | null;
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const item of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) out.push(...(await walk(full)));
    else out.push(full);
  }
  return out;
}

async function directoryBytes(dir: string): Promise<{ bytes: number; files: string[] }> {
  const files = await walk(dir);
  const sizes = await Promise.all(files.map(async (f) => (await stat(f)).size));
  return { bytes: sizes.reduce((a, b) => a + b, 0), files };
}

/**
 * Ids of the report files in a corpus (経営課題 and 施策 files). organizations.yaml and the
 * 戦略シート covers (sheet.yaml) are not reports of their own.
 */
export async function reportIds(corpusDir: string): Promise<string[]> {
  const files = await walk(corpusDir);
  return files
    .map((f) => path.relative(corpusDir, f).split(path.sep).join('/'))
    .filter((f) => /\/(?:keiei-kadai-\d+|shisaku-[\d-]+)\.ya?ml$/.test(f))
    .map((f) => f.replace(/\.ya?ml$/, ''))
    .sort();
}

// The compiled pages are machine-written, minified HTML: matching the opening tags of
// <script> and <link rel=modulepreload> is reliable there, and it is all this needs.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const MODULE_PRELOAD = /<link\b[^>]*\brel=["']?modulepreload["']?[^>]*>/gi;
const SRC = /\b(?:src|href)=["']?([^"'\s>]+)/i;

/** JavaScript a page makes the browser load: inline script text plus referenced .js files. */
async function pageJavaScript(html: string, siteDir: string): Promise<{ tags: number; bytes: number }> {
  let tags = 0;
  let bytes = 0;
  const referenced = new Set<string>();
  for (const match of html.matchAll(SCRIPT)) {
    const attributes = match[1] ?? '';
    // JSON-LD and similar data blocks are not code.
    if (/\btype=["']?application\/(?:ld\+)?json/i.test(attributes)) continue;
    tags++;
    bytes += Buffer.byteLength(match[2] ?? '');
    const src = SRC.exec(attributes)?.[1];
    if (src) referenced.add(src);
  }
  for (const match of html.matchAll(MODULE_PRELOAD)) {
    tags++;
    const href = SRC.exec(match[0])?.[1];
    if (href) referenced.add(href);
  }
  for (const ref of referenced) {
    if (/^(?:https?:)?\/\//.test(ref)) continue; // external: counted as a tag, size unknown
    const file = path.join(siteDir, decodeURI(ref.split(/[?#]/)[0]!));
    if (existsSync(file)) bytes += (await stat(file)).size;
  }
  return { tags, bytes };
}

/** Pagefind bundles among the files under /pagefind/: one per shard for Kohyo, one for the baseline. */
async function pagefindBundles(files: readonly string[]): Promise<{ count: number; bytes: number }> {
  const roots = files.filter((f) => path.basename(f) === 'pagefind-entry.json').map((f) => path.dirname(f) + path.sep);
  const inBundle = files.filter((f) => roots.some((root) => f.startsWith(root)));
  const sizes = await Promise.all(inBundle.map(async (f) => (await stat(f)).size));
  return { count: roots.length, bytes: sizes.reduce((a, b) => a + b, 0) };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

export async function measureSite(siteDir: string, ids: readonly string[]): Promise<SiteMetrics> {
  const { bytes: totalBytes, files } = await directoryBytes(siteDir);
  const largestPage = await largestHtml(siteDir, files);
  const pagefindDir = path.join(siteDir, 'pagefind');
  const pagefind = existsSync(pagefindDir) ? await directoryBytes(pagefindDir) : null;
  const bundles = await pagefindBundles(pagefind?.files ?? []);
  const sizes: number[] = [];
  const missingReportPages: string[] = [];
  let reportScriptTags = 0;
  let reportJsMaxBytes = 0;
  for (const id of ids) {
    const file = path.join(siteDir, id, 'index.html');
    if (!existsSync(file)) {
      missingReportPages.push(id);
      continue;
    }
    const html = await readFile(file, 'utf8');
    sizes.push(Buffer.byteLength(html));
    const js = await pageJavaScript(html, siteDir);
    reportScriptTags += js.tags;
    reportJsMaxBytes = Math.max(reportJsMaxBytes, js.bytes);
  }
  return {
    totalBytes,
    fileCount: files.length,
    htmlPages: files.filter((f) => f.endsWith('.html')).length,
    pagefindBytes: pagefind?.bytes ?? null,
    pagefindBundles: bundles.count,
    pagefindBundleBytes: bundles.bytes,
    reportPages: sizes.length,
    missingReportPages,
    reportHtmlMedianBytes: median(sizes),
    reportHtmlMaxBytes: sizes.length ? Math.max(...sizes) : null,
    reportScriptTags,
    reportJsMaxBytes,
    largestPage,
  };
}

/** The largest .html file, as a site URL (a listing that grows with the archive shows up here). */
async function largestHtml(siteDir: string, files: readonly string[]): Promise<{ url: string; bytes: number } | null> {
  let largest: { file: string; bytes: number } | null = null;
  for (const file of files) {
    if (!file.endsWith('.html')) continue;
    const { size } = await stat(file);
    if (!largest || size > largest.bytes) largest = { file, bytes: size };
  }
  if (!largest) return null;
  const relative = path.relative(siteDir, largest.file).split(path.sep).join('/');
  return { url: `/${relative.replace(/(^|\/)index\.html$/, '$1')}`, bytes: largest.bytes };
}
