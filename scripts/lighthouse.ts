/**
 * `npm run lighthouse [-- SITE_DIR] [--path /search/]` — Lighthouse (mobile, the default form
 * factor) on one page of a built site served on 127.0.0.1, in Debian's Chromium with the flags
 * the browser tests use and a fresh profile; prints the performance and accessibility scores.
 * SITE_DIR defaults to dist/ (run `npm run build` first). Not a test: the performance score
 * depends on the machine's timing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/helpers/browser.ts';
import { serveDirectory } from './bench/static-server.ts';

function parseArgs(argv: string[]): { siteDir: string; pagePath: string } {
  let siteDir = 'dist';
  let pagePath = '/search/';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--path') pagePath = argv[++i] ?? pagePath;
    else siteDir = arg;
  }
  return { siteDir: path.resolve(siteDir), pagePath };
}

const { siteDir, pagePath } = parseArgs(process.argv.slice(2));
const server = await serveDirectory(siteDir);
const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'kohyo-lighthouse-'));
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: CHROMIUM_ARGS, userDataDir });
try {
  const url = new URL(pagePath, server.url).href;
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
  if (!result) throw new Error('Lighthouse returned no result');
  const { categories, audits } = result.lhr;
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  console.log(`${pagePath} (mobile) performance ${score('performance')}, accessibility ${score('accessibility')}`);
  for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']) {
    if (audits[id]) console.log(`  ${audits[id].title}: ${audits[id].displayValue ?? ''}`);
  }
  const failing = Object.values(audits).filter((a) => a.score !== null && a.score < 1 && categories.accessibility?.auditRefs.some((r) => r.id === a.id));
  for (const audit of failing) console.log(`  accessibility: ${audit.id} — ${audit.title}`);
} finally {
  await chrome.kill();
  await rm(userDataDir, { recursive: true, force: true });
  await server.close();
}
