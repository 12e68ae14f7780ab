/**
 * One cold build of a site over a corpus, measured as a whole process tree, with its output
 * split into stages from the build's own log lines:
 * - indexing: the search integration's summary line
 *   「[kohyo:search] indexed N pages in X ms (index Y bytes)」 (the baseline prints the same
 *   shape as [baseline:search]);
 * - rendering: from Astro's 「generating static routes」 to the 「✓ Completed」 after it;
 * - generation: everything except indexing (content check and loading, Vite, rendering).
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { peakBetween, runMeasured, type TimedLine, type TreeMeasurement } from './process-tree.ts';
import { measureSite, type SiteMetrics } from './site-metrics.ts';

export interface SearchSummary { pages: number; ms: number; indexBytes: number }

export interface PipelineResult {
  ok: boolean;
  exitCode: number;
  /** Last lines of output when the build failed */
  errorTail?: string;
  wallMs: number;
  cpuMs: number;
  peakRssBytes: number;
  peakRssByCommand: Record<string, number>;
  /** Peak tree RSS while Pagefind was indexing / before it started */
  peakRssIndexingBytes: number | null;
  peakRssGenerationBytes: number;
  indexing: SearchSummary | null;
  generationMs: number;
  /** Until the first output line: for Kohyo, the content check plus Astro's start */
  startupMs: number | null;
  /** Astro's content layer sync ([content] Syncing → Synced) */
  contentSyncMs: number | null;
  renderMs: number | null;
  pagesPerSecond: number | null;
  site: SiteMetrics | null;
}

const SEARCH_LINE = /\[(?:kohyo|baseline):search\] indexed (\d+) pages in (\d+(?:\.\d+)?) ms \(index (\d+) bytes\)/;

function parseSearch(lines: readonly TimedLine[]): { summary: SearchSummary; atMs: number } | null {
  for (const line of lines) {
    const match = SEARCH_LINE.exec(line.text);
    if (match) return { summary: { pages: Number(match[1]), ms: Number(match[2]), indexBytes: Number(match[3]) }, atMs: line.ms };
  }
  return null;
}

function renderStage(lines: readonly TimedLine[]): number | null {
  const start = lines.findIndex((l) => l.text.includes('generating static routes'));
  if (start < 0) return null;
  const end = lines.slice(start + 1).find((l) => /✓ Completed in/.test(l.text));
  return end ? end.ms - lines[start]!.ms : null;
}

function firstOutput(lines: readonly TimedLine[]): number | null {
  return lines.find((l) => l.text.trim() !== '')?.ms ?? null;
}

function contentSync(lines: readonly TimedLine[]): number | null {
  const start = lines.find((l) => l.text.includes('[content] Syncing content'));
  const end = lines.find((l) => l.text.includes('[content] Synced content'));
  return start && end ? end.ms - start.ms : null;
}

export interface PipelineSpec {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  outDir: string;
  /** Folders deleted before the build so it starts cold */
  coldDirs: string[];
  reportIds: readonly string[];
  logFile: string;
}

export async function runPipeline(spec: PipelineSpec): Promise<PipelineResult> {
  for (const dir of [spec.outDir, ...spec.coldDirs]) await rm(dir, { recursive: true, force: true });
  const run: TreeMeasurement = await runMeasured(spec.command, spec.args, { env: spec.env, logFile: spec.logFile, echo: /(:search\]|page\(s\) built|error|エラー)/i });
  const search = parseSearch(run.lines);
  const indexingStart = search ? search.atMs - search.summary.ms : run.wallMs;
  const generationMs = run.wallMs - (search?.summary.ms ?? 0);
  const ok = run.exitCode === 0 && existsSync(spec.outDir);
  const site = ok ? await measureSite(spec.outDir, spec.reportIds) : null;
  return {
    ok,
    exitCode: run.exitCode,
    ...(ok ? {} : { errorTail: run.lines.slice(-30).map((l) => l.text).join('\n') }),
    wallMs: run.wallMs,
    cpuMs: run.cpuMs,
    peakRssBytes: run.peakRssBytes,
    peakRssByCommand: run.peakRssByCommand,
    peakRssIndexingBytes: search ? peakBetween(run.samples, indexingStart, search.atMs) : null,
    peakRssGenerationBytes: peakBetween(run.samples, 0, indexingStart),
    indexing: search?.summary ?? null,
    generationMs,
    startupMs: firstOutput(run.lines),
    contentSyncMs: contentSync(run.lines),
    renderMs: renderStage(run.lines),
    pagesPerSecond: site ? site.htmlPages / (generationMs / 1000) : null,
    site,
  };
}
