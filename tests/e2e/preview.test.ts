/**
 * Staff preview: `npm run dev` (KOHYO_PREVIEW=1) shows drafts and embargoed reports, each with
 * its banner, while production builds leave them out (tests/build/release.test.ts).
 * Starts the real dev server on 127.0.0.1 with the release fixture and reads the pages.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, OUTPUT_ROOT } from '../fixtures/support/run.ts';

const CONTENT = path.resolve('tests/fixtures/content/release');
const CACHE = path.join(OUTPUT_ROOT, 'k-preview', 'cache');
let dev: ChildProcess;
let origin: string;
let log = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Polls until the dev server answers; gives up (with its log) after `limitMs` so a hang explains itself. */
async function waitUntilServing(url: string, limitMs: number): Promise<void> {
  const giveUpAt = Date.now() + limitMs;
  for (;;) {
    if (dev.exitCode !== null) throw new Error(`astro dev exited (${dev.exitCode}):\n${log}`);
    if (Date.now() > giveUpAt) throw new Error(`astro dev did not answer ${url}:\n${log.slice(-3000)}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

const page = async (urlPath: string) => {
  const response = await fetch(origin + urlPath);
  return { status: response.status, html: await response.text() };
};

beforeAll(async () => {
  await rm(path.dirname(CACHE), { recursive: true, force: true });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // The same switches as `npm run dev`, plus a build date before the embargo ends.
  dev = spawn(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--ignore-lock'], {
    env: cleanEnv({ KOHYO_PREVIEW: '1', KOHYO_CONTENT_DIR: CONTENT, KOHYO_CACHE_DIR: CACHE, KOHYO_NOW: '2019-05-01T00:00+09:00' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  dev.stdout!.on('data', (c: Buffer) => (log += c.toString()));
  dev.stderr!.on('data', (c: Buffer) => (log += c.toString()));
  await waitUntilServing(`${origin}/`, 200_000);
}, 240_000);

afterAll(async () => {
  if (dev && dev.exitCode === null) {
    const exited = new Promise((r) => dev.once('exit', r));
    dev.kill('SIGTERM');
    await exited;
  }
});

/** The banner section of a page, or undefined. */
const bannerOf = (html: string) => /<section class="release-banner"[^>]*>[\s\S]*?<\/section>/.exec(html)?.[0];

describe('staff preview (npm run dev)', () => {
  it('shows a draft with its 「下書き」 banner and its content', async () => {
    const { status, html } = await page('/osaka-ict/2018/keiei-kadai-1/');
    expect(status).toBe(200);
    expect(html).toContain('zqxdrafttitlecanary');
    expect(html).toContain('zqxdraftbodycanary');
    const banner = bannerOf(html);
    expect(banner).toBeDefined();
    expect(banner).toContain('data-release-status="draft"');
    expect(banner).toMatch(/<h2[^>]*>.*下書き<\/h2>/);
    expect(banner).toMatch(/aria-label="[^"]*下書き"/);
  });

  it('shows an embargoed report with 「公開前（2019年6月1日 9:00公開予定）」', async () => {
    const { status, html } = await page('/osaka-ict/2018/keiei-kadai-3/');
    expect(status).toBe(200);
    expect(html).toContain('zqxembargotitlecanary');
    const banner = bannerOf(html);
    expect(banner).toContain('data-release-status="embargoed"');
    expect(banner).toContain('公開前（2019年6月1日 9:00公開予定）');
  });

  it('shows a year that has only drafts', async () => {
    const { status, html } = await page('/osaka-ict/2019/keiei-kadai-1/');
    expect(status).toBe(200);
    expect(html).toContain('zqxdraftyearcanary');
    expect(bannerOf(html)).toBeDefined();
  });

  it('shows the content check\'s warnings on the page, with file:line:column and field', async () => {
    const { status, html } = await page('/osaka-ict/2018/keiei-kadai-2/');
    expect(status).toBe(200);
    const box = /<section class="content-warnings"[^>]*>[\s\S]*?<\/section>/.exec(html)?.[0];
    expect(box).toBeDefined();
    expect(box).toContain('確認が必要な箇所（職員向けプレビュー・1件）');
    expect(box).toContain('tests/fixtures/content/release/osaka-ict/2018/keiei-kadai-2.yaml:66:11');
    expect(box).toContain('strategies.0.initiatives.0.selfEvaluation.improvements');
    expect(box).toContain('自己評価の改善策が書かれていません');
    // The dev server's log says it too.
    expect(log).toContain('keiei-kadai-2.yaml:66:11  strategies.0.initiatives.0.selfEvaluation.improvements  警告');
  });

  it('puts no banner on a released report', async () => {
    const { status, html } = await page('/osaka-ict/2018/keiei-kadai-2/');
    expect(status).toBe(200);
    expect(bannerOf(html)).toBeUndefined();
    expect(html).not.toContain('release-banner"');
  });
});
