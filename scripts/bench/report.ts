/**
 * Turns benchmark results into the Markdown tables printed to the terminal and kept in
 * scripts/bench/README.md: per size, Kohyo, the bare baseline and their ratio per metric, then
 * Kohyo's incremental rebuild against its cold build. The targets are in targets.ts.
 */
import type { PipelineResult } from './pipeline.ts';
import type { SearchLatency } from './search-latency.ts';
import { outsideTable, type OutsideRun } from './search-outside.ts';

export interface SiteRun {
  build: PipelineResult;
  search: SearchLatency | { error: string } | null;
  /** Kohyo's search page timed from outside the page (scripts/bench/search-outside.ts) */
  outside?: OutsideRun[] | { error: string };
}
export interface Skipped { skipped: string }
export interface IncrementalRun {
  /** The report edited (scripts/bench/incremental.ts) and the field */
  editedReport: string;
  field: string;
  /** Whether the rebuilt page of that report contains the appended sentence */
  pageChanged: boolean;
  /** The rendering code changed between the cold build and this one (edited meanwhile): not comparable */
  codeChanged: boolean;
  build: PipelineResult;
  /** Wall time of this rebuild ÷ the cold build's */
  ratioToCold: number | null;
}
export interface SizeResult {
  size: number;
  corpus: { reports: number; managementIssues: number; measures: number; sheets: number; organizations: number; bytes: number };
  kohyo: SiteRun;
  incremental: IncrementalRun | Skipped;
  baseline: SiteRun | Skipped;
}

export const MB = 1024 * 1024;
export const fmtMs = (ms: number | null | undefined) => (ms == null ? '—' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`);
export const fmtMb = (bytes: number | null | undefined) => (bytes == null ? '—' : `${(bytes / MB).toFixed(1)} MB`);
const fmtKb = (bytes: number | null | undefined) => (bytes == null ? '—' : `${(bytes / 1024).toFixed(1)} KB`);
const fmtNum = (n: number | null | undefined) => (n == null ? '—' : n.toLocaleString('en'));
const ratio = (a: number | null | undefined, b: number | null | undefined) => (a == null || b == null || b === 0 ? '—' : `${(a / b).toFixed(2)}×`);

export const isSkipped = (run: object): run is Skipped => 'skipped' in run;

export function latency(run: SiteRun): SearchLatency | null {
  return run.search && !('error' in run.search) ? run.search : null;
}

/** Wall time per report of the corpus. */
export const perReportMs = (run: SiteRun, result: SizeResult): number | null => (run.build.ok ? run.build.wallMs / result.corpus.reports : null);

interface Metric {
  name: string;
  get: (run: SiteRun, result: SizeResult) => number | null | undefined;
  format: (v: number | null | undefined) => string;
  /** Text appended to the value, e.g. a second figure */
  more?: (run: SiteRun) => string;
}

/** The baseline has one Astro run and one Pagefind run: rendering is everything before indexing. */
const rendering = (b: PipelineResult) => b.stages?.shards?.renderMs ?? (b.indexing ? b.wallMs - b.indexing.ms : null);

const METRICS: Metric[] = [
  { name: 'Whole pipeline (wall)', get: (r) => r.build.wallMs, format: fmtMs },
  { name: 'Time per report (wall ÷ reports)', get: perReportMs, format: fmtMs },
  { name: 'CPU time, process tree (user+sys)', get: (r) => r.build.cpuMs, format: fmtMs },
  { name: 'Stage: content check', get: (r) => r.build.stages?.checkMs, format: fmtMs },
  { name: 'Stage: shards, wall (rendering ∥ indexing)', get: (r) => r.build.stages?.shardsMs, format: fmtMs },
  { name: '… rendering, sum of Astro runs (baseline: wall − indexing)', get: (r) => rendering(r.build), format: fmtMs },
  { name: '… indexing, sum over shards', get: (r) => r.build.stages?.shards?.indexMs ?? r.build.indexing?.ms, format: fmtMs },
  { name: 'Stage: site-wide pages (alongside the last indexing)', get: (r) => r.build.stages?.siteMs, format: fmtMs },
  { name: 'Stage: assemble and swap', get: (r) => r.build.stages?.assembleMs, format: fmtMs },
  { name: 'Share images (og:image), drawing time summed over shards (a worker thread, alongside the Astro and Pagefind runs)', get: (r) => r.build.images?.ms, format: fmtMs, more: (r) => (r.build.images ? ` (${fmtNum(r.build.images.images)} images, ${fmtNum(r.build.images.drawn)} drawn)` : '') },
  { name: 'Shards built / index reused / reused', get: (r) => r.build.stages?.shards?.built, format: fmtNum, more: (r) => (r.build.stages?.shards ? ` / ${r.build.stages.shards.indexReused} / ${r.build.stages.shards.reused}` : '') },
  { name: 'Pagefind runs (`indexed` lines) / pages indexed', get: (r) => r.build.indexing?.runs, format: fmtNum, more: (r) => (r.build.indexing ? ` / ${fmtNum(r.build.indexing.pages)}` : '') },
  { name: 'Pagefind indexing, sum of `indexed` lines', get: (r) => r.build.indexing?.ms, format: fmtMs },
  { name: 'Index size, sum of `indexed` lines', get: (r) => r.build.indexing?.indexBytes, format: fmtMb },
  { name: 'Peak memory, process tree', get: (r) => r.build.peakRssBytes, format: fmtMb },
  { name: '… largest Astro process', get: (r) => r.build.peakRssByKind['node astro.mjs'], format: fmtMb },
  { name: '… largest pagefind_extended', get: (r) => r.build.peakRssByKind.pagefind_extended, format: fmtMb },
  { name: '… node build.ts (Kohyo\'s parent, Pagefind\'s Node API)', get: (r) => r.build.peakRssByKind['node build.ts'], format: fmtMb },
  { name: 'HTML pages', get: (r) => r.build.site?.htmlPages, format: fmtNum },
  { name: 'Files in the output', get: (r) => r.build.site?.fileCount, format: fmtNum },
  { name: 'Output size', get: (r) => r.build.site?.totalBytes, format: fmtMb },
  { name: 'HTML per report page, median', get: (r) => r.build.site?.reportHtmlMedianBytes, format: fmtKb },
  { name: 'HTML per report page, max', get: (r) => r.build.site?.reportHtmlMaxBytes, format: fmtKb },
  { name: 'Largest HTML page of the site', get: (r) => r.build.site?.largestPage?.bytes, format: fmtKb, more: (r) => (r.build.site?.largestPage ? ` (${r.build.site.largestPage.url})` : '') },
  { name: 'JS loaded by report pages (max bytes / script tags)', get: (r) => r.build.site?.reportJsMaxBytes, format: fmtNum, more: (r) => ` / ${r.build.site?.reportScriptTags ?? '—'}` },
  { name: 'Search data on disk (all of /pagefind/)', get: (r) => r.build.site?.pagefindBytes, format: fmtMb },
  { name: '… Pagefind bundles (count / bytes)', get: (r) => r.build.site?.pagefindBundles, format: fmtNum, more: (r) => ` / ${fmtMb(r.build.site?.pagefindBundleBytes)}` },
  { name: 'First search, median', get: (r) => latency(r)?.firstMedianMs, format: fmtMs },
  { name: 'First search, max', get: (r) => latency(r)?.firstMaxMs, format: fmtMs },
  { name: 'Next search, median', get: (r) => latency(r)?.nextMedianMs, format: fmtMs },
  { name: 'Next search, max', get: (r) => latency(r)?.nextMaxMs, format: fmtMs },
  { name: 'Pagefind alone, chunks loaded: per 1,000 results (median)', get: (r) => latency(r)?.engine?.msPer1000Results, format: fmtMs, more: (r) => (latency(r)?.engine ? ` (${latency(r)!.engine!.bundles} bundle${latency(r)!.engine!.bundles === 1 ? '' : 's'})` : '') },
];

function runNotes(name: string, run: SiteRun): string[] {
  const lines: string[] = [];
  const processes = Object.entries(run.build.peakRssByCommand).filter(([, bytes]) => bytes >= 50 * MB).sort((a, b) => b[1] - a[1]);
  if (processes.length > 0) lines.push('', `${name}, peak RSS per process: ${processes.map(([p, bytes]) => `${p} ${fmtMb(bytes)}`).join(', ')}.`);
  const atPeak = Object.entries(run.build.peakComposition ?? {}).filter(([, bytes]) => bytes >= 10 * MB).sort((a, b) => b[1] - a[1]);
  if (atPeak.length > 0) lines.push('', `${name}, at the peak (${fmtMb(run.build.peakRssBytes)}): ${atPeak.map(([p, bytes]) => `${p} ${fmtMb(bytes)}`).join(' + ')}.`);
  if (!run.build.ok) lines.push('', `**${name} build failed** (exit ${run.build.exitCode}):`, '```', run.build.errorTail ?? '', '```');
  else if (!run.build.indexing) lines.push('', `${name}: no search summary line found in the build output: indexing time not separated.`);
  if (run.build.site && run.build.site.missingReportPages.length > 0) lines.push('', `${name}: ${run.build.site.missingReportPages.length} report page(s) not found at /<id>/ (e.g. ${run.build.site.missingReportPages[0]}).`);
  if (run.search && 'error' in run.search) lines.push('', `${name}: search not measured: ${run.search.error}`);
  const search = latency(run);
  if (search?.method === 'search-page') {
    const timing = [...new Set(search.queries.map((q) => (q.timing === 'marks' ? 'its performance marks' : '#search-status (the build has no marks)')))];
    lines.push('', `${name}, search measured through /search/, timed by ${timing.join(' and ')}.`);
  } else if (search) lines.push('', `${name}, search measured with Pagefind's API alone (import, search, first 5 results' data).`);
  if (search?.engine) {
    lines.push('', `${name}, Pagefind alone with each query's chunks loaded (results: time): ${search.engine.queries.map((q) => `${q.query} ${fmtNum(q.results)}: ${fmtMs(q.loadedMs)}`).join(', ')}.`);
  }
  return lines;
}

export function sizeTable(result: SizeResult): string {
  const c = result.corpus;
  const baseline = isSkipped(result.baseline) ? null : result.baseline;
  const lines = [
    `### ${result.size.toLocaleString('en')} reports (経営課題 ${c.managementIssues}, 施策 ${c.measures}; ${c.organizations} organisations; corpus ${fmtMb(c.bytes)})`,
    '',
    '| Metric | Kohyo | Baseline | Kohyo / baseline |',
    '|---|---:|---:|---:|',
  ];
  for (const metric of METRICS) {
    const cell = (run: SiteRun) => {
      const value = metric.get(run, result);
      return { value, text: value == null ? '—' : `${metric.format(value)}${metric.more?.(run) ?? ''}` };
    };
    const k = cell(result.kohyo);
    const b = baseline ? cell(baseline) : { value: null, text: 'skipped' };
    lines.push(`| ${metric.name} | ${k.text} | ${b.text} | ${metric.more ? '—' : ratio(k.value, b.value)} |`);
  }
  lines.push(...runNotes('Kohyo', result.kohyo));
  const outside = result.kohyo.outside;
  if (outside && 'error' in outside) lines.push('', `Kohyo, search from outside the page not measured: ${outside.error}`);
  else if (outside) lines.push('', `#### Search page timed from outside the page (${result.size.toLocaleString('en')} reports)`, '', outsideTable(outside));
  if (baseline) lines.push(...runNotes('Baseline', baseline));
  else lines.push('', `Baseline skipped: ${(result.baseline as Skipped).skipped}`);
  lines.push('', incrementalTable(result));
  return lines.join('\n');
}

function incrementalTable(result: SizeResult): string {
  const title = `#### Incremental rebuild after one edit (${result.size.toLocaleString('en')} reports)`;
  const inc = result.incremental;
  if (isSkipped(inc)) return `${title}\n\nSkipped: ${inc.skipped}`;
  const cold = result.kohyo.build;
  const warm = inc.build;
  const shards = (b: PipelineResult) => (b.stages?.shards ? `${b.stages.shards.built} / ${b.stages.shards.indexReused} / ${b.stages.shards.reused}` : '—');
  const rows: [string, (b: PipelineResult) => number | null | undefined, (v: number | null | undefined) => string][] = [
    ['Whole pipeline (wall)', (b) => b.wallMs, fmtMs],
    ['CPU time, process tree (user+sys)', (b) => b.cpuMs, fmtMs],
    ['Peak memory, process tree', (b) => b.peakRssBytes, fmtMb],
    ['Stage: content check', (b) => b.stages?.checkMs, fmtMs],
    ['Stage: shards, wall', (b) => b.stages?.shardsMs, fmtMs],
    ['Stage: site-wide pages', (b) => b.stages?.siteMs, fmtMs],
    ['Stage: assemble and swap', (b) => b.stages?.assembleMs, fmtMs],
    ['Pagefind indexing, sum of `indexed` lines', (b) => b.indexing?.ms ?? 0, fmtMs],
  ];
  const lines = [
    title,
    '',
    `Edited \`${inc.editedReport}\` (${inc.field}: one sentence appended), rebuilt over the cold build's output and cache; the rebuilt page ${inc.pageChanged ? 'contains' : '**does not contain**'} the edit.`,
    '',
    '| Metric | Cold build | After one edit | Edit / cold |',
    '|---|---:|---:|---:|',
    ...rows.map(([name, get, format]) => `| ${name} | ${format(get(cold))} | ${format(get(warm))} | ${ratio(get(warm), get(cold))} |`),
    `| Shards built / index reused / reused | ${shards(cold)} | ${shards(warm)} | — |`,
  ];
  if (inc.codeChanged) lines.push('', '**Not comparable:** the rendering code changed between the cold build and this rebuild (edited meanwhile), so every shard was rebuilt.');
  if (!warm.ok) lines.push('', `**Incremental build failed** (exit ${warm.exitCode}):`, '```', warm.errorTail ?? '', '```');
  return lines.join('\n');
}
