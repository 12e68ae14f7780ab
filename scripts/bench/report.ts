/**
 * Turns benchmark results into the Markdown tables printed to the terminal and kept in
 * scripts/bench/README.md: Kohyo, the bare baseline and their ratio per metric, then the targets.
 */
import type { PipelineResult } from './pipeline.ts';
import type { SearchLatency } from './search-latency.ts';

export interface SiteRun { build: PipelineResult; search: SearchLatency | { error: string } | null }
export interface SizeResult { size: number; corpus: { reports: number; managementIssues: number; measures: number; sheets: number; organizations: number; bytes: number }; kohyo: SiteRun; baseline: SiteRun }

const MB = 1024 * 1024;
const fmtMs = (ms: number | null | undefined) => (ms == null ? '—' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const fmtMb = (bytes: number | null | undefined) => (bytes == null ? '—' : `${(bytes / MB).toFixed(1)} MB`);
const fmtKb = (bytes: number | null | undefined) => (bytes == null ? '—' : `${(bytes / 1024).toFixed(1)} KB`);
const fmtNum = (n: number | null | undefined, digits = 0) => (n == null ? '—' : n.toFixed(digits));
const ratio = (a: number | null | undefined, b: number | null | undefined) => (a == null || b == null || b === 0 ? '—' : `${(a / b).toFixed(2)}×`);

function latency(run: SiteRun): SearchLatency | null {
  return run.search && !('error' in run.search) ? run.search : null;
}

interface Metric { name: string; get: (run: SiteRun) => number | null | undefined; format: (v: number | null | undefined) => string }

const METRICS: Metric[] = [
  { name: 'Whole pipeline (wall)', get: (r) => r.build.wallMs, format: fmtMs },
  { name: 'CPU time, process tree (user+sys)', get: (r) => r.build.cpuMs, format: fmtMs },
  { name: 'Page generation (wall − indexing)', get: (r) => r.build.generationMs, format: fmtMs },
  { name: '… until first output (content check, start)', get: (r) => r.build.startupMs, format: fmtMs },
  { name: '… content layer sync', get: (r) => r.build.contentSyncMs, format: fmtMs },
  { name: '… rendering routes', get: (r) => r.build.renderMs, format: fmtMs },
  { name: 'Search indexing (Pagefind)', get: (r) => r.build.indexing?.ms, format: fmtMs },
  { name: 'Peak memory, process tree', get: (r) => r.build.peakRssBytes, format: fmtMb },
  { name: '… during generation', get: (r) => r.build.peakRssGenerationBytes, format: fmtMb },
  { name: '… during indexing', get: (r) => r.build.peakRssIndexingBytes, format: fmtMb },
  { name: 'HTML pages', get: (r) => r.build.site?.htmlPages, format: (v) => fmtNum(v) },
  { name: 'Pages per second (generation)', get: (r) => r.build.pagesPerSecond, format: (v) => fmtNum(v, 1) },
  { name: 'Output size', get: (r) => r.build.site?.totalBytes, format: fmtMb },
  { name: 'HTML per report page, median', get: (r) => r.build.site?.reportHtmlMedianBytes, format: fmtKb },
  { name: 'HTML per report page, max', get: (r) => r.build.site?.reportHtmlMaxBytes, format: fmtKb },
  { name: 'JS loaded by report pages (max bytes / script tags)', get: (r) => r.build.site?.reportJsMaxBytes, format: (v) => fmtNum(v) },
  { name: 'Pagefind index size', get: (r) => r.build.site?.pagefindBytes, format: fmtMb },
  { name: 'First search, median', get: (r) => latency(r)?.firstMedianMs, format: fmtMs },
  { name: 'First search, max', get: (r) => latency(r)?.firstMaxMs, format: fmtMs },
  { name: 'Next search, median', get: (r) => latency(r)?.nextMedianMs, format: fmtMs },
  { name: 'Next search, max', get: (r) => latency(r)?.nextMaxMs, format: fmtMs },
];

export function sizeTable(result: SizeResult): string {
  const c = result.corpus;
  const lines = [
    `### ${result.size.toLocaleString('en')} reports (経営課題 ${c.managementIssues}, 施策 ${c.measures}; ${c.organizations} organisations; corpus ${fmtMb(c.bytes)})`,
    '',
    '| Metric | Kohyo | Baseline | Kohyo / baseline |',
    '|---|---:|---:|---:|',
  ];
  for (const metric of METRICS) {
    const k = metric.get(result.kohyo);
    const b = metric.get(result.baseline);
    let kText = metric.format(k);
    let bText = metric.format(b);
    if (metric.name.startsWith('JS loaded')) {
      kText += ` / ${result.kohyo.build.site?.reportScriptTags ?? '—'}`;
      bText += ` / ${result.baseline.build.site?.reportScriptTags ?? '—'}`;
    }
    lines.push(`| ${metric.name} | ${kText} | ${bText} | ${ratio(k, b)} |`);
  }
  for (const [name, run] of [['Kohyo', result.kohyo], ['Baseline', result.baseline]] as const) {
    const processes = Object.entries(run.build.peakRssByCommand).filter(([, bytes]) => bytes >= 50 * MB).sort((a, b) => b[1] - a[1]);
    if (processes.length > 0) lines.push('', `${name}, peak RSS per process: ${processes.map(([p, bytes]) => `${p} ${fmtMb(bytes)}`).join(', ')}.`);
    if (!run.build.ok) lines.push('', `**${name} build failed** (exit ${run.build.exitCode}):`, '```', run.build.errorTail ?? '', '```');
    else if (!run.build.indexing) lines.push('', `${name}: no search summary line found in the build output: indexing time not separated.`);
    if (run.build.site && run.build.site.missingReportPages.length > 0) lines.push('', `${name}: ${run.build.site.missingReportPages.length} report page(s) not found at /<id>/ (e.g. ${run.build.site.missingReportPages[0]}).`);
    if (run.search && 'error' in run.search) lines.push('', `${name}: search not measured: ${run.search.error}`);
  }
  return lines.join('\n');
}

export interface TargetCheck { target: string; value: string; met: boolean | null }

/** The issue's targets, checked on one size (normally 5,000). */
export function checkTargets(result: SizeResult): TargetCheck[] {
  const k = result.kohyo;
  const b = result.baseline;
  const site = k.build.site;
  const search = latency(k);
  const wallRatio = k.build.ok && b.build.ok ? k.build.wallMs / b.build.wallMs : null;
  return [
    { target: 'Whole pipeline ≤ 1.5× baseline', value: wallRatio == null ? '—' : `${wallRatio.toFixed(2)}×`, met: wallRatio == null ? null : wallRatio <= 1.5 },
    { target: 'Peak memory ≤ 2 GB', value: fmtMb(k.build.peakRssBytes), met: k.build.ok ? k.build.peakRssBytes <= 2 * 1024 * MB : null },
    { target: 'Report pages ship 0 bytes of JS', value: site ? `${site.reportJsMaxBytes} bytes, ${site.reportScriptTags} script tags` : '—', met: site ? site.reportJsMaxBytes === 0 && site.reportScriptTags === 0 : null },
    { target: 'HTML ≤ 40 KB per report page (max)', value: fmtKb(site?.reportHtmlMaxBytes), met: site?.reportHtmlMaxBytes == null ? null : site.reportHtmlMaxBytes <= 40 * 1024 },
    { target: 'First search ≤ 300 ms (median; max shown)', value: search ? `${fmtMs(search.firstMedianMs)} (max ${fmtMs(search.firstMaxMs)})` : '—', met: search ? search.firstMedianMs <= 300 : null },
    { target: 'Later searches ≤ 50 ms (median; max shown)', value: search ? `${fmtMs(search.nextMedianMs)} (max ${fmtMs(search.nextMaxMs)})` : '—', met: search ? search.nextMedianMs <= 50 : null },
  ];
}

export function targetsTable(result: SizeResult): string {
  const lines = [`### Targets at ${result.size.toLocaleString('en')} reports`, '', '| Target | Kohyo | Met |', '|---|---:|:---:|'];
  for (const t of checkTargets(result)) lines.push(`| ${t.target} | ${t.value} | ${t.met == null ? 'not measured' : t.met ? 'yes' : '**no**'} |`);
  return lines.join('\n');
}
