/**
 * Staff preview: `npm run dev` (KOHYO_PREVIEW=1) shows drafts and embargoed reports, each with
 * its banner, while production builds leave them out (tests/build/release.test.ts). A content
 * mistake is shown on every page (file:line:column, field, message) until it is fixed, and
 * printed once in the terminal.
 * Starts the real dev server on 127.0.0.1 with a copy of the release fixture and reads the pages.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeAstroStartLock } from '../../scripts/build/astro-start-lock.ts';
import { cleanEnv, OUTPUT_ROOT } from '../fixtures/support/run.ts';

const FIXTURE = path.resolve('tests/fixtures/content/release');
// A copy the test edits while the server runs; outside tests/.output, which the dev server does not watch.
const CONTENT = mkdtempSync(path.join(os.tmpdir(), 'kohyo-preview-content-'));
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
  await cp(FIXTURE, CONTENT, { recursive: true });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // The dev server syncs <root>/.astro/ as a build does: not while a build of this checkout is starting.
  const releaseStart = await takeAstroStartLock();
  // The same switches as `npm run dev`, plus a build date before the embargo ends.
  dev = spawn(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--ignore-lock'], {
    env: cleanEnv({ KOHYO_PREVIEW: '1', KOHYO_CONTENT_DIR: CONTENT, KOHYO_CACHE_DIR: CACHE, KOHYO_NOW: '2019-05-01T00:00+09:00' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  dev.stdout!.on('data', (c: Buffer) => (log += c.toString()));
  dev.stderr!.on('data', (c: Buffer) => (log += c.toString()));
  try {
    await waitUntilServing(`${origin}/`, 200_000);
  } finally {
    releaseStart();
  }
}, 240_000);

afterAll(async () => {
  if (dev && dev.exitCode === null) {
    const exited = new Promise((r) => dev.once('exit', r));
    dev.kill('SIGTERM');
    await exited;
  }
  await rm(CONTENT, { recursive: true, force: true });
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
    // The improvements left empty, and the change note dated 2019-05-20, after this server's KOHYO_NOW (2019-05-01).
    expect(box).toContain('確認が必要な箇所（職員向けプレビュー・2件）');
    expect(box).toContain('changes.0.date');
    expect(box).toContain('更新日 2019-05-20 はビルドの日付（2019-05-01、日本時間）より後です');
    // The dev server runs on a copy of the fixture: the path ends the same, the line is the warned field's.
    expect(box).toMatch(/osaka-ict\/2018\/keiei-kadai-2\.yaml:\d+:11/);
    expect(box!.replace(/ data-astro-cid-\w+/g, '')).toContain('戦略 2-1 › 具体的取組 2-1-1 › 自己評価 › 改善策 <code>strategies.0.initiatives.0.selfEvaluation.improvements</code>');
    expect(box).toContain('自己評価の改善策が書かれていません');
    // The dev server's log says it too.
    expect(log).toContain('keiei-kadai-2.yaml:70:11  戦略 2-1 › 具体的取組 2-1-1 › 自己評価 › 改善策 (strategies.0.initiatives.0.selfEvaluation.improvements)  警告');
  });

  it('puts no banner on a released report', async () => {
    const { status, html } = await page('/osaka-ict/2018/keiei-kadai-2/');
    expect(status).toBe(200);
    expect(bannerOf(html)).toBeUndefined();
    expect(html).not.toContain('release-banner"');
  });
});

describe('the preview frame in the dev server', () => {
  it.each(['/', '/osaka-ict/2018/keiei-kadai-2/', '/about/ratings/'])('%s is framed as プレビュー and not indexed', async (urlPath) => {
    const { html } = await page(urlPath);
    expect(html).toContain('data-preview-frame');
    expect(html).toContain('<meta name="robots" content="noindex,nofollow">');
  });

  it('has the changes page', async () => {
    const { status, html } = await page('/preview/changes/');
    expect(status).toBe(200);
    expect(html).toContain('公開で変わること');
  });
});

describe('a content mistake while the dev server runs', () => {
  const file = () => path.join(CONTENT, 'osaka-ict/2018/keiei-kadai-3.yaml');
  const shown = path.relative(process.cwd(), path.join(CONTENT, 'osaka-ict/2018/keiei-kadai-3.yaml')).split(path.sep).join('/');
  let original = '';

  /** Polls a page until `test` holds (the watcher reloads the content after a save). */
  async function until(urlPath: string, test: (html: string) => boolean): Promise<string> {
    const giveUpAt = Date.now() + 60_000;
    for (;;) {
      const { html } = await page(urlPath);
      if (test(html)) return html;
      if (Date.now() > giveUpAt) throw new Error(`${urlPath} did not change as expected:\n${log.slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 300));
    }
  }

  it('is listed on every page with file:line:column, field and message, and printed once in the terminal', async () => {
    original = await readFile(file(), 'utf8');
    const lines = original.split('\n');
    const line = lines.findIndex((l) => l.startsWith('number: ')) + 1;
    await writeFile(file(), original.replace('number: 3\n', 'number: 三\n'));
    const where = `${shown}:${line}:9`;
    for (const urlPath of ['/', '/osaka-ict/2018/keiei-kadai-2/', '/about/ratings/', '/preview/changes/']) {
      const html = await until(urlPath, (h) => h.includes('data-content-problems="1"'));
      // The dev server adds scoped-style attributes (data-astro-cid-…); the markup is read without them.
      const list = /<section class="problem-list"[\s\S]*?<\/section>/.exec(html.replace(/ data-astro-cid-\w+/g, ''))![0];
      expect(list, urlPath).toContain(`<code>${where}</code>`);
      expect(list).toContain('<code>number</code>');
      expect(list).toContain('型が違います: number が必要です / expected number');
    }
    // The broken file's own page is not a 404: it lists the problem, in the document's terms.
    const own = await page('/osaka-ict/2018/keiei-kadai-3/');
    expect(own.status).toBe(200);
    expect(own.html).toContain('data-unpublishable="osaka-ict/2018/keiei-kadai-3"');
    expect(own.html.replace(/ data-astro-cid-\w+/g, '')).toContain(`<code>${where}</code> 番号 (number)`);
    // Several collections and several page loads read the same content: the problem is printed once.
    const printed = log.split('\n').filter((l) => l.includes(where));
    expect(printed, log.slice(-3000)).toHaveLength(1);
  });

  it('disappears from the pages once the file is fixed, and the terminal says so', async () => {
    await writeFile(file(), original);
    // The fixture's one warning (an empty 改善策) stays listed; the error is gone.
    const html = await until('/', (h) => h.includes('data-content-problems="0"'));
    expect(html).toContain('data-preview-frame');
    expect((await page('/osaka-ict/2018/keiei-kadai-3/')).status).toBe(200);
    expect(log).toContain('コンテンツのエラーはすべて解消しました（警告は残っています）');
  });
});
