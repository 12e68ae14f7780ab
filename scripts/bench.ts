/**
 * `npm run bench [-- --sizes 100,1000,5000] [--seed S]` — for each size: generate the
 * synthetic corpus, build Kohyo cold (scripts/build.ts, as `npm run build` does) and the bare
 * baseline (scripts/bench/baseline) cold, measure both the same way, time searches in Chromium, then
 * write scripts/bench/results.json and print Markdown tables. Not part of `npm test`.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_SEED, defaultCorpusDir, generateCorpus } from './generate-corpus.ts';
import { runPipeline, type PipelineSpec } from './bench/pipeline.ts';
import { sizeTable, targetsTable, checkTargets, type SiteRun, type SizeResult } from './bench/report.ts';
import { measureSearch, QUERIES } from './bench/search-latency.ts';
import { reportIds } from './bench/site-metrics.ts';

const ROOT = process.cwd();
const WORK = path.resolve('.kohyo/bench/runs');
const BIN = path.resolve('node_modules/.bin');

function parseArgs(argv: string[]): { sizes: number[]; seed: number } {
  let sizes = [100, 1000, 5000];
  let seed = DEFAULT_SEED;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--sizes') sizes = (argv[++i] ?? '').split(',').map((s) => Number(s.trim()));
    else if (arg === '--seed') seed = Number(argv[++i]);
    else throw new Error(`不明な引数です / unknown argument: ${arg}\n使い方 / usage: bench.ts [--sizes 100,1000,5000] [--seed S]`);
  }
  if (sizes.length === 0 || sizes.some((s) => !Number.isInteger(s) || s < 1)) throw new Error('--sizes は正の整数のカンマ区切りです / --sizes takes positive integers, e.g. 100,1000');
  if (!Number.isInteger(seed) || seed < 0) throw new Error('--seed は0以上の整数です / --seed must be a non-negative integer');
  return { sizes, seed };
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

async function measureSite(spec: PipelineSpec, firstReport: string | undefined): Promise<SiteRun> {
  const build = await runPipeline(spec);
  if (!build.ok || !build.site?.pagefindBytes || !firstReport) {
    return { build, search: { error: build.ok ? 'no Pagefind index or no report page in the output' : 'build failed' } };
  }
  try {
    return { build, search: await measureSearch(spec.outDir, `${firstReport}/`) };
  } catch (error) {
    return { build, search: { error: error instanceof Error ? error.message.split('\n')[0]! : String(error) } };
  }
}

async function benchSize(size: number, seed: number): Promise<SizeResult> {
  const corpusDir = defaultCorpusDir(size, seed);
  console.log(`\n== ${size} reports: generating corpus → ${path.relative(ROOT, corpusDir)}`);
  const { reports, managementIssues, measures, sheets, organizations, bytes } = await generateCorpus(size, corpusDir, seed);
  const ids = await reportIds(corpusDir);
  const work = path.join(WORK, String(size));
  await mkdir(work, { recursive: true });

  console.log('  Kohyo: cold production build (scripts/build.ts)');
  const kohyo = await measureSite({
    command: path.join(BIN, 'tsx'),
    args: ['scripts/build.ts'],
    env: buildEnv({ KOHYO_CONTENT_DIR: corpusDir, KOHYO_OUT_DIR: path.join(work, 'kohyo-site'), KOHYO_CACHE_DIR: path.join(work, 'kohyo-cache') }),
    outDir: path.join(work, 'kohyo-site'),
    coldDirs: [path.join(work, 'kohyo-cache')],
    reportIds: ids,
    logFile: path.join(work, 'kohyo-build.log'),
  }, ids[0]);

  console.log('  Baseline: cold build (scripts/bench/baseline)');
  const baseline = await measureSite({
    command: process.execPath,
    args: [path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--root', path.resolve('scripts/bench/baseline')],
    env: buildEnv({ KOHYO_CONTENT_DIR: corpusDir, BASELINE_OUT_DIR: path.join(work, 'baseline-site'), BASELINE_CACHE_DIR: path.join(work, 'baseline-cache') }),
    outDir: path.join(work, 'baseline-site'),
    coldDirs: [path.join(work, 'baseline-cache')],
    reportIds: ids,
    logFile: path.join(work, 'baseline-build.log'),
  }, ids[0]);

  return { size, corpus: { reports, managementIssues, measures, sheets, organizations, bytes }, kohyo, baseline };
}

async function main(): Promise<number> {
  const { sizes, seed } = parseArgs(process.argv.slice(2));
  const info = machine();
  const results: SizeResult[] = [];
  for (const size of sizes) results.push(await benchSize(size, seed));

  const largest = results[results.length - 1]!;
  const output = {
    date: new Date().toISOString(),
    machine: { ...info, loadAverageAtEnd: os.loadavg().map((l) => Number(l.toFixed(2))) },
    seed,
    queries: QUERIES,
    results: results.map((r) => ({ ...r, targets: checkTargets(r) })),
  };
  await writeFile(path.resolve('scripts/bench/results.json'), `${JSON.stringify(output, null, 2)}\n`);

  const gb = (info.memoryBytes / 1024 ** 3).toFixed(1);
  console.log(`\n## Benchmark — ${info.nproc} cores, ${gb} GB, ${info.cpuModel}, Node ${info.node}\n`);
  for (const r of results) console.log(`${sizeTable(r)}\n`);
  console.log(targetsTable(largest));
  console.log('\nWritten scripts/bench/results.json; build logs in .kohyo/bench/runs/<size>/');
  return results.every((r) => r.kohyo.build.ok && r.baseline.build.ok) ? 0 : 1;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
