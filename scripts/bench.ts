/**
 * `npm run bench [-- --sizes 5000,20000] [--baseline-max N] [--seed S]` — for each size: generate
 * the synthetic corpus, build Kohyo cold (scripts/build.ts, as `npm run build` does), time searches
 * through its search page in Chromium, edit one report and rebuild incrementally (sizes up to
 * 5,000), then build the bare baseline (scripts/bench/baseline) cold, unless the size is above
 * --baseline-max; measure all builds the same way, write scripts/bench/results.json and print
 * Markdown tables. Not part of `npm test`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_SEED, defaultCorpusDir, generateCorpus } from './generate-corpus.ts';
import { EDIT_SENTENCE, editOneReport } from './bench/incremental.ts';
import { codeFingerprint } from './build/fingerprint.ts';
import { runPipeline, type PipelineResult, type PipelineSpec } from './bench/pipeline.ts';
import { measureFromOutside } from './bench/search-outside.ts';
import { fmtMb, sizeTable, type IncrementalRun, type SiteRun, type SizeResult, type Skipped } from './bench/report.ts';
import { measureRawSearch, measureSearchPage, QUERIES, type SearchLatency } from './bench/search-latency.ts';
import { reportIds } from './bench/site-metrics.ts';
import { checkTargets, targetsTable } from './bench/targets.ts';

const ROOT = process.cwd();
const WORK = path.resolve('.kohyo/bench/runs');
const BIN = path.resolve('node_modules/.bin');
/** Sizes up to this one also measure the incremental rebuild after one edit. */
const INCREMENTAL_MAX = 5000;
const USAGE = '使い方 / usage: bench.ts [--sizes 100,1000,5000,20000] [--baseline-max N] [--seed S]';

function parseArgs(argv: string[]): { sizes: number[]; baselineMax: number; seed: number } {
  let sizes = [100, 1000, 5000];
  let baselineMax = 5000;
  let seed = DEFAULT_SEED;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--sizes') sizes = (argv[++i] ?? '').split(',').map((s) => Number(s.trim()));
    else if (arg === '--baseline-max') baselineMax = Number(argv[++i]);
    else if (arg === '--seed') seed = Number(argv[++i]);
    else throw new Error(`不明な引数です / unknown argument: ${arg}\n${USAGE}`);
  }
  if (sizes.length === 0 || sizes.some((s) => !Number.isInteger(s) || s < 1)) throw new Error('--sizes は正の整数のカンマ区切りです / --sizes takes positive integers, e.g. 5000,20000');
  if (!Number.isInteger(baselineMax) || baselineMax < 0) throw new Error('--baseline-max は0以上の整数です / --baseline-max must be a non-negative integer');
  if (!Number.isInteger(seed) || seed < 0) throw new Error('--seed は0以上の整数です / --seed must be a non-negative integer');
  return { sizes, baselineMax, seed };
}

function machine() {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  return {
    nproc: os.availableParallelism(),
    memoryBytes: os.totalmem(),
    cpuModel: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? 'unknown',
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverageAtStart: os.loadavg().map((l) => Number(l.toFixed(2))),
  };
}

/** Same environment for both builds: Node 24 from node_modules/.bin first, telemetry off. */
function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, PATH: `${BIN}${path.delimiter}${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1', KOHYO_PREVIEW: '', ...extra };
}

async function buildAndSearch(spec: PipelineSpec, firstReport: string | undefined, search: (siteDir: string, reportPath: string) => Promise<SearchLatency>): Promise<SiteRun> {
  const build = await runPipeline(spec);
  if (!build.ok || !build.site?.pagefindBytes || !firstReport) {
    return { build, search: { error: build.ok ? 'no Pagefind index or no report page in the output' : 'build failed' } };
  }
  try {
    return { build, search: await search(spec.outDir, `${firstReport}/`) };
  } catch (error) {
    return { build, search: { error: error instanceof Error ? error.message.split('\n')[0]! : String(error) } };
  }
}

/**
 * Edits one report, rebuilds over the cold build's output and cache, then restores the file.
 * `codeBefore`: the rendering code's fingerprint (the shard cache's own) before the cold build;
 * if it differs after the rebuild, someone edited the code meanwhile and every shard was rebuilt.
 */
async function incrementalRebuild(spec: PipelineSpec, corpusDir: string, ids: readonly string[], cold: PipelineResult, codeBefore: string): Promise<IncrementalRun | Skipped> {
  if (!cold.ok) return { skipped: 'the cold build failed' };
  const edit = await editOneReport(corpusDir, ids);
  try {
    const build = await runPipeline({ ...spec, logFile: spec.logFile.replace(/\.log$/, '-incremental.log') }, 'warm');
    const page = path.join(spec.outDir, edit.id, 'index.html');
    const pageChanged = build.ok && existsSync(page) && (await readFile(page, 'utf8')).includes(EDIT_SENTENCE);
    const codeChanged = codeFingerprint() !== codeBefore;
    return { editedReport: edit.id, field: edit.field, pageChanged, codeChanged, build, ratioToCold: build.ok ? build.wallMs / cold.wallMs : null };
  } finally {
    await edit.restore();
  }
}

/**
 * Why the baseline is not built above --baseline-max: one Pagefind index over every page, scaled
 * linearly from the 5,000-report run before sharding (scripts/bench/README.md: Pagefind 3381.2 MB,
 * whole build 78.0 s; its indexing grew faster than linearly from 1,000 to 5,000).
 */
function baselineSkipReason(size: number, baselineMax: number): string {
  const scale = size / 5000;
  const pagefindBytes = 3381.2 * 1024 * 1024 * scale;
  return `above --baseline-max ${baselineMax}. Scaled linearly from the 5,000-report baseline before sharding (Pagefind 3381.2 MB, 78.0 s), one Pagefind index over ${size.toLocaleString('en')} pages would need ≈ ${fmtMb(pagefindBytes)} (${(pagefindBytes / 1e9).toFixed(1)} GB) for Pagefind alone and at least ≈ ${((78 * scale) / 60).toFixed(1)} min.`;
}

async function benchSize(size: number, seed: number, baselineMax: number): Promise<SizeResult> {
  const corpusDir = defaultCorpusDir(size, seed);
  console.log(`\n== ${size} reports: generating corpus → ${path.relative(ROOT, corpusDir)}`);
  const { reports, managementIssues, measures, sheets, organizations, bytes } = await generateCorpus(size, corpusDir, seed);
  const ids = await reportIds(corpusDir);
  const work = path.join(WORK, String(size));
  await mkdir(work, { recursive: true });

  console.log('  Kohyo: cold production build (scripts/build.ts)');
  const kohyoSpec: PipelineSpec = {
    // As `npm run build` runs it: one Node process with tsx's loader (the tsx command would add a wrapper process).
    command: path.join(BIN, 'node'),
    args: ['--import', 'tsx', 'scripts/build.ts'],
    env: buildEnv({ KOHYO_CONTENT_DIR: corpusDir, KOHYO_OUT_DIR: path.join(work, 'kohyo-site'), KOHYO_CACHE_DIR: path.join(work, 'kohyo-cache') }),
    outDir: path.join(work, 'kohyo-site'),
    coldDirs: [path.join(work, 'kohyo-cache')],
    reportIds: ids,
    logFile: path.join(work, 'kohyo-build.log'),
  };
  const codeBefore = codeFingerprint();
  const kohyo = await buildAndSearch(kohyoSpec, ids[0], measureSearchPage);
  if (kohyo.build.ok && ids[0]) {
    console.log('  Kohyo: search page timed from outside the page (desktop and phone, fast and slow connection)');
    try {
      kohyo.outside = await measureFromOutside(kohyoSpec.outDir, `${ids[0]}/`);
    } catch (error) {
      kohyo.outside = { error: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
    }
  }

  let incremental: IncrementalRun | Skipped = { skipped: `only measured up to ${INCREMENTAL_MAX.toLocaleString('en')} reports` };
  if (size <= INCREMENTAL_MAX) {
    console.log('  Kohyo: rebuild after editing one report (same output and cache folders)');
    incremental = await incrementalRebuild(kohyoSpec, corpusDir, ids, kohyo.build, codeBefore);
  }

  let baseline: SiteRun | Skipped = { skipped: baselineSkipReason(size, baselineMax) };
  if (size <= baselineMax) {
    console.log('  Baseline: cold build (scripts/bench/baseline)');
    baseline = await buildAndSearch({
      command: process.execPath,
      args: [path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--root', path.resolve('scripts/bench/baseline')],
      env: buildEnv({ KOHYO_CONTENT_DIR: corpusDir, BASELINE_OUT_DIR: path.join(work, 'baseline-site'), BASELINE_CACHE_DIR: path.join(work, 'baseline-cache') }),
      outDir: path.join(work, 'baseline-site'),
      coldDirs: [path.join(work, 'baseline-cache')],
      reportIds: ids,
      logFile: path.join(work, 'baseline-build.log'),
    }, ids[0], measureRawSearch);
  }

  return { size, corpus: { reports, managementIssues, measures, sheets, organizations, bytes }, kohyo, incremental, baseline };
}

async function main(): Promise<number> {
  const { sizes, baselineMax, seed } = parseArgs(process.argv.slice(2));
  const info = machine();
  const results: SizeResult[] = [];
  for (const size of sizes) results.push(await benchSize(size, seed, baselineMax));

  const targets = checkTargets(results);
  const output = {
    date: new Date().toISOString(),
    machine: { ...info, loadAverageAtEnd: os.loadavg().map((l) => Number(l.toFixed(2))) },
    seed,
    baselineMax,
    shardCapacity: process.env.KOHYO_SHARD_CAPACITY || 'default',
    queries: QUERIES,
    results,
    targets,
  };
  await writeFile(path.resolve('scripts/bench/results.json'), `${JSON.stringify(output, null, 2)}\n`);

  const gb = (info.memoryBytes / 1024 ** 3).toFixed(1);
  console.log(`\n## Benchmark — ${info.nproc} cores, ${gb} GB, ${info.cpuModel}, Node ${info.node}\n`);
  for (const r of results) console.log(`${sizeTable(r)}\n`);
  console.log(targetsTable(targets));
  console.log('\nWritten scripts/bench/results.json; build logs in .kohyo/bench/runs/<size>/');
  const ok = (run: SiteRun | Skipped) => 'skipped' in run || run.build.ok;
  return results.every((r) => ok(r.kohyo) && ok(r.baseline) && ('skipped' in r.incremental || r.incremental.build.ok)) ? 0 : 1;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
