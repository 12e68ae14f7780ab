/**
 * Runs `astro build` as a child process for one part of the build (a shard, or the site-wide
 * pages). Every part gets its own output and cache folders: Astro runs that share them collide.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { BUILD_PART_ENV, BUILD_PART_MODE_ENV } from '../../src/lib/build/part.ts';
import { SYNCED_LINE, takeAstroStartLock } from './astro-start-lock.ts';

/** Children still running, so Ctrl-C can stop them. */
export const runningChildren = new Set<ChildProcess>();

export async function runAstroBuild(options: { partFile: string; mode: 'reports' | 'continuity' | 'site'; outDir: string; cacheDir: string; label: string }): Promise<number> {
  const astro = path.resolve('node_modules/astro/bin/astro.mjs');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    KOHYO_OUT_DIR: options.outDir,
    KOHYO_CACHE_DIR: options.cacheDir,
    [BUILD_PART_ENV]: options.partFile,
    [BUILD_PART_MODE_ENV]: options.mode,
  };
  // Production: the dev server's preview switch has no place in a build.
  delete env.KOHYO_PREVIEW;
  // Runs of one checkout start one at a time (scripts/build/astro-start-lock.ts).
  const releaseStart = await takeAstroStartLock();
  return new Promise<number>((resolve) => {
    const child = spawn(process.execPath, [astro, 'build'], { stdio: ['ignore', 'pipe', 'pipe'], env });
    runningChildren.add(child);
    // Astro's own lines, prefixed with the part so interleaved logs stay readable.
    const relay = (stream: NodeJS.WritableStream) => {
      let rest = '';
      return (chunk: Buffer) => {
        const lines = (rest + chunk.toString('utf8')).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) {
          if (SYNCED_LINE.test(line)) releaseStart();
          stream.write(`[${options.label}] ${line}\n`);
        }
      };
    };
    child.stdout.on('data', relay(process.stdout));
    child.stderr.on('data', relay(process.stderr));
    const done = (code: number) => {
      releaseStart();
      runningChildren.delete(child);
      resolve(code);
    };
    child.on('error', () => done(1));
    child.on('exit', (code, signal) => done(signal ? 1 : (code ?? 1)));
  });
}
