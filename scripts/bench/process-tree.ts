/**
 * Runs a command and measures its whole process tree, the way the issue asks:
 * - wall time;
 * - CPU time (user + sys) of every descendant, taken from this process's own children
 *   rusage (/proc/self/stat cutime + cstime grows by the whole tree's time when the child
 *   is reaped), cross-checked with a per-process sum polled from /proc for descendants
 *   that outlive their parent;
 * - peak memory: the sum of RSS of all live descendants, sampled every `sampleMs`
 *   (Pagefind's indexer runs as a separate binary; it is a descendant and is counted).
 * Output lines are kept with the time they arrived, so stages can be told apart.
 * Linux only (reads /proc).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const CLOCK_TICKS_PER_SECOND = 100; // getconf CLK_TCK on Linux
const PAGE_SIZE = 4096; // getconf PAGESIZE on x86-64 / arm64 Linux

export interface TimedLine { ms: number; text: string }
export interface MemorySample { ms: number; rssBytes: number }
export interface TreeMeasurement {
  exitCode: number;
  wallMs: number;
  cpuMs: number;
  peakRssBytes: number;
  /** Largest RSS seen per process, named by executable and script, e.g. 「node astro.mjs」 */
  peakRssByCommand: Record<string, number>;
  /** What the tree was made of at its peak: RSS summed per process name, at that one sample */
  peakComposition: Record<string, number>;
  samples: MemorySample[];
  lines: TimedLine[];
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined; // the process ended between listing and reading: normal
  }
}

/** Fields of /proc/<pid>/stat after the command name (which may contain spaces). */
function statFields(pid: number | 'self'): string[] | undefined {
  const text = readText(`/proc/${pid}/stat`);
  if (!text) return undefined;
  return text.slice(text.lastIndexOf(')') + 2).split(' ');
}

/**
 * A readable name for a process: the executable plus, for interpreters such as node, the
 * script it runs (node's thread name is just "MainThread"), e.g. 「node astro.mjs」.
 */
function commandName(pid: number): string {
  const argv = (readText(`/proc/${pid}/cmdline`) ?? '').split('\0').filter(Boolean);
  const base = (p: string | undefined) => (p ?? '?').split('/').pop()!;
  const exe = base(argv[0]);
  // The last script argument: loaders such as tsx's preflight.cjs come before the script itself.
  const script = argv.slice(1).findLast((a) => !a.startsWith('-') && /\.[cm]?[jt]s$/.test(a));
  return script ? `${exe} ${base(script)}` : exe;
}

/** utime + stime (+ cutime + cstime when `withChildren`) in clock ticks; index 0 = field 3 (state). */
function cpuTicks(fields: string[], withChildren: boolean): number {
  const own = Number(fields[11]) + Number(fields[12]);
  return withChildren ? own + Number(fields[13]) + Number(fields[14]) : own;
}

function childrenOf(pid: number): number[] {
  const result: number[] = [];
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return result;
  }
  for (const tid of tasks) {
    const text = readText(`/proc/${pid}/task/${tid}/children`);
    if (text) for (const child of text.trim().split(/\s+/)) if (child) result.push(Number(child));
  }
  return result;
}

function descendantsAndSelf(root: number): number[] {
  const all: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    all.push(pid);
    queue.push(...childrenOf(pid));
  }
  return all;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  sampleMs?: number;
  /** Also write all output here */
  logFile?: string;
  /** Echo output lines that match (progress for the person running the bench) */
  echo?: RegExp;
}

export async function runMeasured(command: string, args: string[], options: RunOptions = {}): Promise<TreeMeasurement> {
  const sampleMs = options.sampleMs ?? 50;
  const selfBefore = statFields('self');
  const childrenTicksBefore = selfBefore ? Number(selfBefore[13]) + Number(selfBefore[14]) : 0;
  const log = options.logFile ? createWriteStream(options.logFile) : undefined;
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });

  const lines: TimedLine[] = [];
  const onData = (buffer: { partial: string }) => (chunk: Buffer) => {
    const ms = performance.now() - started;
    log?.write(chunk);
    const parts = (buffer.partial + chunk.toString('utf8')).split('\n');
    buffer.partial = parts.pop() ?? '';
    for (const text of parts) {
      lines.push({ ms, text });
      if (options.echo?.test(text)) console.log(`    ${text.trim()}`);
    }
  };
  const outBuffer = { partial: '' };
  const errBuffer = { partial: '' };
  child.stdout.on('data', onData(outBuffer));
  child.stderr.on('data', onData(errBuffer));

  const samples: MemorySample[] = [];
  const peakRssByCommand: Record<string, number> = {};
  /** Last CPU ticks seen per pid (own time only), for descendants the rusage may miss. */
  const lastTicks = new Map<number, number>();
  const names = new Map<number, string>();
  let peakRssBytes = 0;
  let peakComposition: Record<string, number> = {};
  const sample = () => {
    if (child.pid === undefined) return;
    let rss = 0;
    const composition: Record<string, number> = {};
    for (const pid of descendantsAndSelf(child.pid)) {
      const statm = readText(`/proc/${pid}/statm`);
      const fields = statFields(pid);
      if (!statm || !fields) continue;
      const bytes = Number(statm.split(' ')[1]) * PAGE_SIZE;
      rss += bytes;
      const name = names.get(pid) ?? commandName(pid);
      // A process caught between fork and exec has no command line yet: name it on a later sample.
      if (name !== '?') names.set(pid, name);
      peakRssByCommand[name] = Math.max(peakRssByCommand[name] ?? 0, bytes);
      composition[name] = (composition[name] ?? 0) + bytes;
      lastTicks.set(pid, cpuTicks(fields, false));
    }
    if (rss > peakRssBytes) {
      peakRssBytes = rss;
      peakComposition = composition;
    }
    samples.push({ ms: performance.now() - started, rssBytes: rss });
  };
  const timer = setInterval(sample, sampleMs);
  sample();

  const exitCode = await new Promise<number>((resolve) => {
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
    child.on('error', () => resolve(127));
  });
  clearInterval(timer);
  const wallMs = performance.now() - started;
  if (outBuffer.partial) lines.push({ ms: wallMs, text: outBuffer.partial });
  if (errBuffer.partial) lines.push({ ms: wallMs, text: errBuffer.partial });
  await new Promise<void>((resolve) => (log ? log.end(resolve) : resolve()));

  const selfAfter = statFields('self');
  const rusageTicks = selfAfter ? Number(selfAfter[13]) + Number(selfAfter[14]) - childrenTicksBefore : 0;
  const polledTicks = [...lastTicks.values()].reduce((a, b) => a + b, 0);
  const cpuMs = (Math.max(rusageTicks, polledTicks) * 1000) / CLOCK_TICKS_PER_SECOND;
  return { exitCode, wallMs, cpuMs, peakRssBytes, peakRssByCommand, peakComposition, samples, lines };
}

