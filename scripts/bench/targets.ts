/**
 * Issue 10's targets (2 cores), checked over all sizes of one run. A target that needs a size
 * (or two) the run did not include is "not measured", never guessed.
 */
import { fmtMb, fmtMs, isSkipped, latency, MB, perReportMs, type SiteRun, type SizeResult } from './report.ts';

export interface TargetCheck { target: string; value: string; met: boolean | null }

const NOT_RUN = (size: number) => `size ${size.toLocaleString('en')} not run`;

export function checkTargets(results: readonly SizeResult[]): TargetCheck[] {
  const at = (size: number) => results.find((r) => r.size === size);
  const checks: TargetCheck[] = [];
  const add = (target: string, value: string, met: boolean | null) => checks.push({ target, value, met });
  const unmeasured = (target: string, why: string) => add(target, why, null);

  for (const size of [5000, 20000]) {
    const target = `Peak RSS of the process tree ≤ 2 GB at ${size.toLocaleString('en')}`;
    const k = at(size)?.kohyo.build;
    if (!k?.ok) unmeasured(target, k ? 'build failed' : NOT_RUN(size));
    else add(target, fmtMb(k.peakRssBytes), k.peakRssBytes <= 2 * 1024 * MB);
  }

  const r5 = at(5000);
  const r20 = at(20000);
  {
    const target = 'Whole pipeline ≤ 1.5× the bare baseline at 5,000 (same run)';
    const b = r5 && !isSkipped(r5.baseline) ? r5.baseline.build : null;
    if (!r5) unmeasured(target, NOT_RUN(5000));
    else if (!b?.ok || !r5.kohyo.build.ok) unmeasured(target, b ? 'a build failed' : 'baseline skipped');
    else {
      const x = r5.kohyo.build.wallMs / b.wallMs;
      add(target, `${x.toFixed(2)}× (${fmtMs(r5.kohyo.build.wallMs)} / ${fmtMs(b.wallMs)})`, x <= 1.5);
    }
  }
  {
    const target = 'Time per report at 20,000 ≤ 1.15× that at 5,000';
    const p5 = r5 && perReportMs(r5.kohyo, r5);
    const p20 = r20 && perReportMs(r20.kohyo, r20);
    if (!r5 || !r20) unmeasured(target, NOT_RUN(r5 ? 20000 : 5000));
    else if (!p5 || !p20) unmeasured(target, 'a build failed');
    else add(target, `${(p20 / p5).toFixed(2)}× (${fmtMs(p20)} / ${fmtMs(p5)})`, p20 / p5 <= 1.15);
  }
  {
    const target = 'Incremental rebuild after one edit ≤ 0.4× the cold build at 5,000';
    const inc = r5?.incremental;
    if (!inc) unmeasured(target, NOT_RUN(5000));
    else if (isSkipped(inc)) unmeasured(target, inc.skipped);
    else if (!inc.build.ok || inc.ratioToCold == null) unmeasured(target, 'the rebuild failed');
    else if (!inc.pageChanged) unmeasured(target, 'the edit did not reach the page');
    else if (inc.codeChanged) unmeasured(target, 'code changed during the run');
    else add(target, `${inc.ratioToCold.toFixed(2)}× (${fmtMs(inc.build.wallMs)} / ${fmtMs(r5.kohyo.build.wallMs)})`, inc.ratioToCold <= 0.4);
  }
  {
    const search = r20 && latency(r20.kohyo);
    const why = r20 ? 'search not measured' : NOT_RUN(20000);
    const first = 'Search at 20,000: first query median ≤ 500 ms';
    const next = 'Search at 20,000: later queries median ≤ 100 ms';
    if (!search) [first, next].forEach((t) => unmeasured(t, why));
    else {
      add(first, `${fmtMs(search.firstMedianMs)} (max ${fmtMs(search.firstMaxMs)})`, search.firstMedianMs <= 500);
      add(next, `${fmtMs(search.nextMedianMs)} (max ${fmtMs(search.nextMaxMs)})`, search.nextMedianMs <= 100);
    }
  }
  {
    const kohyo = r5 && latency(r5.kohyo);
    const baseline = r5 && !isSkipped(r5.baseline) ? latency(r5.baseline as SiteRun) : null;
    const why = !r5 ? NOT_RUN(5000) : 'search not measured on both sites';
    const first = 'Search at 5,000: first query median not slower than the single-index baseline';
    const next = 'Search at 5,000: later queries median not slower than the single-index baseline';
    if (!kohyo || !baseline) [first, next].forEach((t) => unmeasured(t, why));
    else {
      add(first, `${fmtMs(kohyo.firstMedianMs)} vs ${fmtMs(baseline.firstMedianMs)}`, kohyo.firstMedianMs <= baseline.firstMedianMs);
      add(next, `${fmtMs(kohyo.nextMedianMs)} vs ${fmtMs(baseline.nextMedianMs)}`, kohyo.nextMedianMs <= baseline.nextMedianMs);
    }
  }
  {
    // Issue 24: the search page from outside, at 20,000.
    const runs = r20?.kohyo.outside;
    const find = (viewport: string, connection: string) => (runs && !('error' in runs) ? runs.find((r) => r.viewport === viewport && r.connection === connection) : undefined);
    const why = !r20 ? NOT_RUN(20000) : runs && 'error' in runs ? runs.error : 'not measured from outside';
    const desktop = find('desktop', 'fast');
    const slowPhone = find('phone', 'slow');
    const first = 'Search page at 20,000 (desktop, from outside): first results ≤ 500 ms after navigation start (median)';
    const next = 'Search page at 20,000 (desktop, from outside): next results ≤ 150 ms after Enter (median)';
    const complete = 'Search page at 20,000 (desktop, from outside): complete count ≤ 1.5 s (median, first query)';
    const slow = 'Search page at 20,000 (phone, slow connection): first results ≤ 3 s (median)';
    const budget = 'Search page at 20,000 (phone, slow connection): ≤ 40 requests and ≤ 500 kB before the first results (every query)';
    if (!desktop) [first, next, complete].forEach((t) => unmeasured(t, why));
    else {
      add(first, `${fmtMs(desktop.firstMedianMs)} (max ${fmtMs(desktop.firstMaxMs)})`, desktop.firstMedianMs <= 500);
      add(next, `${fmtMs(desktop.nextMedianMs)} (max ${fmtMs(desktop.nextMaxMs)})`, desktop.nextMedianMs <= 150);
      add(complete, fmtMs(desktop.firstCompleteMedianMs), desktop.firstCompleteMedianMs <= 1500);
    }
    if (!slowPhone) [slow, budget].forEach((t) => unmeasured(t, why));
    else {
      add(slow, `${fmtMs(slowPhone.firstMedianMs)} (max ${fmtMs(slowPhone.firstMaxMs)})`, slowPhone.firstMedianMs <= 3000);
      add(budget, `${slowPhone.firstRequestsMax} requests, ${(slowPhone.firstBytesMax / 1000).toFixed(0)} kB`, slowPhone.firstRequestsMax <= 40 && slowPhone.firstBytesMax <= 500_000);
    }
  }
  return checks;
}

export function targetsTable(checks: readonly TargetCheck[]): string {
  const lines = ['### Targets (issue 10)', '', '| Target | Kohyo | Met |', '|---|---:|:---:|'];
  for (const t of checks) lines.push(`| ${t.target} | ${t.value} | ${t.met == null ? 'not measured' : t.met ? 'yes' : '**no**'} |`);
  return lines.join('\n');
}
