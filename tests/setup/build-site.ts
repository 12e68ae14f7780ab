/**
 * Builds, once before the tests, with the real build command (scripts/build.ts):
 * - the real content into tests/.output/site → inject('siteDir');
 * - the reviewers' preview site (`--preview`) of the release fixture, as it stands one minute
 *   before its embargo ends, into tests/.output/preview-site → inject('previewSiteDir'). Its
 *   /preview/changes/ page compares with a production build of tests/fixtures/content/release-published
 *   (the "currently published" versions), built first into tests/.output/k-published/site.
 * - the synthetic multi-year fixture (tests/fixtures/content/multi-year, never shipped) into
 *   tests/.output/multi-year-site → inject('multiYearSiteDir'): the real content has one year per
 *   organisation, so continuing-report pages and the 前年度 / 翌年度 links only exist there.
 * The browser gates run on all three sites.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    previewSiteDir: string;
    multiYearSiteDir: string;
  }
}

export const SITE_DIR = path.resolve('tests/.output/site');
export const PREVIEW_SITE_DIR = path.resolve('tests/.output/preview-site');
export const MULTI_YEAR_SITE_DIR = path.resolve('tests/.output/multi-year-site');
const MULTI_YEAR_CONTENT = path.resolve('tests/fixtures/content/multi-year');
export const PUBLISHED_SITE_DIR = path.resolve('tests/.output/k-published/site');
/** What the preview site is built from, and when (tests/build/release.test.ts builds production the same way). */
export const PREVIEW_CONTENT = path.resolve('tests/fixtures/content/release');
export const PREVIEW_NOW = '2019-06-01T08:59+09:00';

function build(what: string, env: Record<string, string>, args: string[] = []): Promise<void> {
  return new Promise((resolve, reject) => {
    const base: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
    // Whatever the shell running the tests has set, each build gets only its own switches.
    for (const key of ['KOHYO_PREVIEW', 'KOHYO_RELEASE', 'KOHYO_NOW', 'KOHYO_PRODUCTION_DIR', 'KOHYO_CONTENT_DIR']) delete base[key];
    const child = spawn(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts', ...args], {
      env: { ...base, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('error', reject);
    child.on('close', (status) => (status === 0 ? resolve() : reject(new Error(`Building ${what} failed (exit ${status}):\n${output.slice(-6000)}`))));
  });
}

export default async function setup(project: TestProject): Promise<void> {
  const reuse = process.env.KOHYO_TEST_REUSE_SITE === '1';
  const cache = (name: string) => path.resolve('tests/.output', `cache-${name}`);
  const tasks: Promise<void>[] = [];
  if (!(reuse && existsSync(path.join(SITE_DIR, 'index.html')))) {
    tasks.push(build('the real site', { KOHYO_OUT_DIR: SITE_DIR, KOHYO_CACHE_DIR: cache('site') }));
  }
  if (!(reuse && existsSync(path.join(PREVIEW_SITE_DIR, 'index.html')))) {
    // The two small fixture builds run beside the real one: each Astro build leaves a core idle much of the time.
    tasks.push(
      (async () => {
        await build('the published fixture site', { KOHYO_CONTENT_DIR: path.resolve('tests/fixtures/content/release-published'), KOHYO_OUT_DIR: PUBLISHED_SITE_DIR, KOHYO_CACHE_DIR: cache('published'), KOHYO_NOW: PREVIEW_NOW });
        await build('the preview site', { KOHYO_CONTENT_DIR: PREVIEW_CONTENT, KOHYO_OUT_DIR: PREVIEW_SITE_DIR, KOHYO_CACHE_DIR: cache('preview'), KOHYO_NOW: PREVIEW_NOW, KOHYO_PRODUCTION_DIR: PUBLISHED_SITE_DIR }, ['--preview']);
      })(),
    );
  }
  if (!(reuse && existsSync(path.join(MULTI_YEAR_SITE_DIR, 'index.html')))) {
    tasks.push(build('the multi-year fixture', { KOHYO_CONTENT_DIR: MULTI_YEAR_CONTENT, KOHYO_OUT_DIR: MULTI_YEAR_SITE_DIR, KOHYO_CACHE_DIR: cache('multi-year') }));
  }
  const results = await Promise.allSettled(tasks);
  const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed.length > 0) throw new Error(failed.map((f) => String(f.reason instanceof Error ? f.reason.message : f.reason)).join('\n\n'));
  project.provide('siteDir', SITE_DIR);
  project.provide('previewSiteDir', PREVIEW_SITE_DIR);
  project.provide('multiYearSiteDir', MULTI_YEAR_SITE_DIR);
}
