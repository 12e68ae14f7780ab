/**
 * One Astro run at a time through its start. Every `astro build` writes `<root>/.astro/`
 * (content-assets.mjs, content-modules.mjs, types) through a fixed temporary name (`<file>.tmp`,
 * then rename): two runs from one checkout that start together — two builds side by side, as the
 * tests do — can rename each other's temporary file away and fail with ENOENT. Once a run has
 * synced its content and types, it writes only to its own output and cache folders, so the lock
 * is held from spawn to that point (or to the run's exit), not for the whole run.
 *
 * The lock is a file created exclusively (`wx`), so it holds across processes; it names its
 * holder's pid, and a lock whose holder is gone (a killed build) is taken over.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** After this line (types generated, or the build has begun), the run no longer writes `.astro/`. */
export const SYNCED_LINE = /\[types\] Generated|\[build\] output/;

/** A lock older than this is stale even if its pid is alive (pids are reused). */
const STALE_MS = 10 * 60 * 1000;
const POLL_MS = 150;

function holderAlive(file: string): boolean {
  try {
    const pid = Number(readFileSync(file, 'utf8'));
    if (Date.now() - statSync(file).mtimeMs > STALE_MS) return false;
    if (!Number.isInteger(pid) || pid <= 0) return false;
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Waits for and takes the start lock of the Astro project at `root`; returns its release. */
export async function takeAstroStartLock(root = process.cwd()): Promise<() => void> {
  const folder = path.join(root, '.astro');
  const file = path.join(folder, '.kohyo-start.lock');
  mkdirSync(folder, { recursive: true });
  for (;;) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (!holderAlive(file)) {
        rmSync(file, { force: true });
        continue;
      }
      await sleep(POLL_MS);
    }
  }
}
