/**
 * Builds the real content once with the production build command (scripts/build.ts) into
 * tests/.output/site, and hands its path to tests as inject('siteDir'). Also builds the synthetic
 * multi-year fixture (tests/fixtures/content/multi-year, never shipped) into
 * tests/.output/multi-year-site as inject('multiYearSiteDir'): the real content has one year per
 * organisation, so continuing-report pages and the 前年度 / 翌年度 links only exist there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    multiYearSiteDir: string;
  }
}

export const SITE_DIR = path.resolve('tests/.output/site');
export const MULTI_YEAR_SITE_DIR = path.resolve('tests/.output/multi-year-site');
const MULTI_YEAR_CONTENT = path.resolve('tests/fixtures/content/multi-year');

function build(what: string, outDir: string, cacheDir: string, env: Record<string, string> = {}): void {
  if (process.env.KOHYO_TEST_REUSE_SITE === '1' && existsSync(path.join(outDir, 'index.html'))) return;
  const result = spawnSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts'], {
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      KOHYO_OUT_DIR: outDir,
      KOHYO_CACHE_DIR: cacheDir,
      KOHYO_PREVIEW: '',
      ...env,
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`Building ${what} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

export default function setup(project: TestProject): void {
  build('the real site', SITE_DIR, path.resolve('tests/.output/cache-site'));
  build('the multi-year fixture', MULTI_YEAR_SITE_DIR, path.resolve('tests/.output/cache-multi-year'), { KOHYO_CONTENT_DIR: MULTI_YEAR_CONTENT });
  project.provide('siteDir', SITE_DIR);
  project.provide('multiYearSiteDir', MULTI_YEAR_SITE_DIR);
}
