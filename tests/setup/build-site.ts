/**
 * Builds the real content once with the production build command (scripts/build.ts) into
 * tests/.output/site, and hands its path to tests as inject('siteDir').
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}

export const SITE_DIR = path.resolve('tests/.output/site');

export default function setup(project: TestProject): void {
  if (process.env.KOHYO_TEST_REUSE_SITE === '1' && existsSync(path.join(SITE_DIR, 'index.html'))) {
    project.provide('siteDir', SITE_DIR);
    return;
  }
  const result = spawnSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts'], {
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      KOHYO_OUT_DIR: SITE_DIR,
      KOHYO_CACHE_DIR: path.resolve('tests/.output/cache-site'),
      KOHYO_PREVIEW: '',
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`Building the real site failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  project.provide('siteDir', SITE_DIR);
}
