import { mkdtempSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SYNCED_LINE, takeAstroStartLock } from '../../scripts/build/astro-start-lock.ts';

const root = () => mkdtempSync(path.join(os.tmpdir(), 'kohyo-lock-'));

describe('the start lock of Astro runs from one checkout', () => {
  it('makes a second run wait until the first has synced, then lets it start', async () => {
    const dir = root();
    const releaseFirst = await takeAstroStartLock(dir);
    let secondStarted = false;
    const second = takeAstroStartLock(dir).then((release) => {
      secondStarted = true;
      return release;
    });
    await new Promise((r) => setTimeout(r, 400));
    expect(secondStarted).toBe(false);
    releaseFirst();
    const releaseSecond = await second;
    expect(secondStarted).toBe(true);
    releaseSecond();
    expect(existsSync(path.join(dir, '.astro', '.kohyo-start.lock'))).toBe(false);
  });

  it('takes over a lock left by a build that no longer runs', async () => {
    const dir = root();
    mkdirSync(path.join(dir, '.astro'));
    // A pid far above any pid_max in use: no such process.
    writeFileSync(path.join(dir, '.astro', '.kohyo-start.lock'), '4194304999');
    const release = await takeAstroStartLock(dir);
    release();
  });

  it('is released at the line Astro prints once content and types are synced', () => {
    expect(SYNCED_LINE.test('20:54:14 [types] Generated 8.25s')).toBe(true);
    expect(SYNCED_LINE.test('20:54:14 [build] output: "static"')).toBe(true);
    expect(SYNCED_LINE.test('20:54:09 [content] Syncing content')).toBe(false);
  });
});
