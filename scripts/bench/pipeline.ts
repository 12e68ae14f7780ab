/**
 * One build of a site over a corpus, measured as a whole process tree, with its output split
 * into stages from the build's own log lines:
 * - indexing: the sum of every search summary line
 *   「[kohyo:search] indexed N pages in X ms (index Y bytes)」, one per re-indexed shard (the
 *   baseline prints one line of the same shape as [baseline:search]);
 * - Kohyo's stages: its final line 「[kohyo:build] stages {…}」 (content check, shards — render and
 *   index summed over shards —, site-wide pages, assembly, shards built and reused);
 * - memory per process kind: the largest single Astro, Pagefind and build-script process.
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { runMeasured, type TimedLine, type TreeMeasurement } from './process-tree.ts';
import { measureSite, type SiteMetrics } from './site-metrics.ts';

export interface SearchSummary {
  /** Summary lines found: one per Pagefind run */
  runs: number;
  pages: number;
  ms: number;
  indexBytes: number;
}

/** Kohyo's `[kohyo:build] stages` line (scripts/build.ts printStages). */
export interface KohyoStages {
  checkMs: number;
  /** Site-wide pages; runs alongside the last shard's indexing */
  siteMs?: number;
  /** All shards, wall time (rendering of one shard overlaps indexing of the previous one) */
  shardsMs?: number;
  assembleMs?: number;
  totalMs: number;
  files?: number;
  shards?: { built: number; indexReused: number; reused: number; renderMs: number; indexMs: number };
}

/** Process kinds whose peaks the tables show; everything else (tsx launcher, esbuild) is "other". */
export const PROCESS_KINDS = ['node astro.mjs', 'pagefind_extended', 'node build.ts'] as const;

export interface PipelineResult {
  ok: boolean;
  exitCode: number;
  /** Last lines of output when the build failed */
  errorTail?: string;
  wallMs: number;
  cpuMs: number;
  peakRssBytes: number;
  peakRssByCommand: Record<string, number>;
  /** The processes alive at the peak, RSS summed per name (absent in results of older runs) */
  peakComposition?: Record<string, number>;
  /** Largest single process of each kind (null: no such process was seen) */
  peakRssByKind: Record<(typeof PROCESS_KINDS)[number], number | null>;
  indexing: SearchSummary | null;
  stages: KohyoStages | null;
  /** Share images (`[kohyo:images]` lines, one per shard; absent in results of older runs) */
  images?: ImageSummary | null;
  site: SiteMetrics | null;
}

/** The shards' `[kohyo:images]` lines summed: share images written, drawn (not in the cache), and time. */
export interface ImageSummary {
  images: number;
  drawn: number;
  ms: number;
}

const SEARCH_LINE = /\[(?:kohyo|baseline):search\] indexed (\d+) pages in (\d+(?:\.\d+)?) ms \(index (\d+) bytes\)/;
const STAGES_LINE = /\[kohyo:build\] stages (\{.*\})\s*$/;
const IMAGES_LINE = /\[kohyo:images\] (\d+) share images \((\d+) drawn\) in (\d+) ms/;

function sumImageLines(lines: readonly TimedLine[]): ImageSummary | null {
  const summary: ImageSummary = { images: 0, drawn: 0, ms: 0 };
  let seen = false;
  for (const line of lines) {
    const match = IMAGES_LINE.exec(line.text);
    if (!match) continue;
    seen = true;
    summary.images += Number(match[1]);
    summary.drawn += Number(match[2]);
    summary.ms += Number(match[3]);
  }
  return seen ? summary : null;
}

function sumSearchLines(lines: readonly TimedLine[]): SearchSummary | null {
  const summary: SearchSummary = { runs: 0, pages: 0, ms: 0, indexBytes: 0 };
  for (const line of lines) {
    const match = SEARCH_LINE.exec(line.text);
    if (!match) continue;
    summary.runs++;
    summary.pages += Number(match[1]);
    summary.ms += Number(match[2]);
    summary.indexBytes += Number(match[3]);
  }
  return summary.runs > 0 ? summary : null;
}

function parseStages(lines: readonly TimedLine[]): KohyoStages | null {
  for (const line of lines) {
    const json = STAGES_LINE.exec(line.text)?.[1];
    if (json) return JSON.parse(json) as KohyoStages;
  }
  return null;
}

function peaksByKind(byCommand: Record<string, number>): PipelineResult['peakRssByKind'] {
  return Object.fromEntries(PROCESS_KINDS.map((kind) => [kind, byCommand[kind] ?? null])) as PipelineResult['peakRssByKind'];
}

export interface PipelineSpec {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  outDir: string;
  /** Folders deleted, with the output, before a cold build */
  coldDirs: string[];
  reportIds: readonly string[];
  logFile: string;
}

/** Runs the build: cold (output and caches deleted first) or over the previous build's output and caches. */
export async function runPipeline(spec: PipelineSpec, mode: 'cold' | 'warm' = 'cold'): Promise<PipelineResult> {
  if (mode === 'cold') for (const dir of [spec.outDir, ...spec.coldDirs]) await rm(dir, { recursive: true, force: true });
  const run: TreeMeasurement = await runMeasured(spec.command, spec.args, { env: spec.env, logFile: spec.logFile, echo: /(:search\]|\[kohyo:build\]|\[kohyo:images\]|page\(s\) built|error|エラー)/i });
  const ok = run.exitCode === 0 && existsSync(spec.outDir);
  return {
    ok,
    exitCode: run.exitCode,
    ...(ok ? {} : { errorTail: run.lines.slice(-30).map((l) => l.text).join('\n') }),
    wallMs: run.wallMs,
    cpuMs: run.cpuMs,
    peakRssBytes: run.peakRssBytes,
    peakRssByCommand: run.peakRssByCommand,
    peakComposition: run.peakComposition,
    peakRssByKind: peaksByKind(run.peakRssByCommand),
    indexing: sumSearchLines(run.lines),
    stages: parseStages(run.lines),
    images: sumImageLines(run.lines),
    site: ok ? await measureSite(spec.outDir, spec.reportIds) : null,
  };
}
