/**
 * `npm run build` — the production build.
 *
 * 1. Checks the content first (the same checks as `npm run check`), so a broken file stops the
 *    build with a people-readable message and no stack trace.
 * 2. Runs `astro build` (pages, then the Pagefind index) into a temporary folder next to the
 *    output folder, with its own cache folder.
 * 3. Only when everything succeeded, swaps the new site in place of the output folder
 *    (KOHYO_OUT_DIR, default ./dist) by renaming, and deletes the previous site afterwards.
 *    A failed build leaves the previous output exactly as it was.
 *
 * Drafts and embargoed reports are never built here: the content loader honours preview
 * (KOHYO_PREVIEW=1) only in the dev server.
 *
 * `--preview` (`npm run build:preview`) builds the reviewers' site instead: the same pages with
 * drafts and embargoed reports, into dist-preview/ (never dist/), and content errors are shown on
 * its pages rather than stopping it. Its only difference here is the output folder and the release
 * switch passed to Astro (src/lib/content/release.ts); the pages decide the rest.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeCheckedContent } from '../src/lib/content/checked-content.ts';
import { PREVIEW_BUILD_SWITCH } from '../src/lib/content/release.ts';
import { outputDirectory } from '../src/lib/preview/output-dirs.ts';
import { checkContent } from './check-content.ts';

const NOTHING_PUBLISHED = '何も公開していません（以前の出力はそのままです） / nothing was published (the previous output is unchanged)';

class BuildFailure extends Error {}

/** `--preview`: the reviewers' site (see above). */
const preview = process.argv.includes('--preview');

/** Runs `astro build` with the given output and cache folders; resolves with its exit code. */
function runAstroBuild(outDir: string, cacheDir: string, checkedContent: string, onChild: (child: ChildProcess) => void): Promise<number> {
  const astro = path.resolve('node_modules/astro/bin/astro.mjs');
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', KOHYO_OUT_DIR: outDir, KOHYO_CACHE_DIR: cacheDir, KOHYO_CHECKED_CONTENT: checkedContent };
  // Production: the preview switch has no place in a build that is published.
  delete env.KOHYO_PREVIEW;
  if (preview) env[PREVIEW_BUILD_SWITCH] = 'preview';
  else delete env[PREVIEW_BUILD_SWITCH];
  return new Promise<number>((resolve) => {
    const child = spawn(process.execPath, [astro, 'build'], { stdio: 'inherit', env });
    onChild(child);
    child.on('error', () => resolve(1));
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/** What must exist for a site to count as complete: pages, and the search index when pages ask for one. */
async function assertComplete(siteDir: string): Promise<void> {
  if (!existsSync(path.join(siteDir, 'index.html'))) throw new BuildFailure('出力に index.html がありません / the build produced no index.html');
  const pages = (await listFiles(siteDir)).filter((f) => f.endsWith('.html'));
  let indexed = false;
  for (const page of pages) {
    if ((await readFile(page, 'utf8')).includes('data-pagefind-body')) {
      indexed = true;
      break;
    }
  }
  if (indexed && !existsSync(path.join(siteDir, 'pagefind', 'pagefind-entry.json'))) {
    throw new BuildFailure('検索インデックス（pagefind/）が作られていません / the search index was not written');
  }
}

/** Replaces finalDir with newDir by renaming; the previous site goes to trashDir, deleted by the caller. */
async function swapInto(newDir: string, finalDir: string, trashDir: string): Promise<void> {
  const hadPrevious = existsSync(finalDir);
  if (hadPrevious) await rename(finalDir, trashDir);
  try {
    await rename(newDir, finalDir);
  } catch (error) {
    if (hadPrevious) await rename(trashDir, finalDir);
    throw error;
  }
}

/** Checks the content; on success writes what was read to `checkedFile` for the Astro loader. */
async function checkAndHandOver(checkedFile: string): Promise<boolean> {
  const { ok, report, warnings, content, contentDir } = await checkContent();
  if (!ok && preview) {
    console.error(`${report}\nプレビューはこの問題の一覧を各ページに表示して作ります / the preview is built and shows these problems on every page`);
    return true;
  }
  if (!ok) {
    console.error(report);
    console.error(`コンテンツに誤りがあるため、ビルドを中止しました / build stopped: content has errors. ${NOTHING_PUBLISHED}`);
    return false;
  }
  if (warnings > 0) console.warn(report);
  // Content is read and validated once per build: Astro's loader takes this instead of re-reading.
  await writeCheckedContent(checkedFile, contentDir, content);
  return true;
}

/** Set by Ctrl-C / SIGTERM; the build stops at the next step and cleans up in one place. */
let interrupted = false;

async function main(): Promise<number> {
  if (!process.env.KOHYO_SITE_URL) {
    console.warn('注意: KOHYO_SITE_URL（公開先の URL）が未設定のため、sitemap.xml と robots.txt の絶対 URL は仮の https://kohyo.example.jp になります / KOHYO_SITE_URL is not set: sitemap.xml uses a placeholder address');
  }
  const finalDir = outputDirectory(preview);
  const parent = path.dirname(finalDir);
  await mkdir(parent, { recursive: true });
  // Next to the output folder, so the final rename stays on one file system.
  const work = await mkdtemp(path.join(parent, `.${path.basename(finalDir)}.building-`));
  const outDir = path.join(work, 'site');
  const cacheDir = process.env.KOHYO_CACHE_DIR ? path.resolve(process.env.KOHYO_CACHE_DIR) : path.join(work, 'cache');
  const checkedFile = path.join(work, 'checked-content.json');

  let child: ChildProcess | undefined;
  // Only stop the child and remember it: deleting files here could race with the swap below and
  // remove the published site. main() cleans up in its `finally`.
  const stop = (signal: NodeJS.Signals) => {
    interrupted = true;
    child?.kill(signal);
  };
  const stopIfInterrupted = () => {
    if (interrupted) throw new BuildFailure('中断しました / interrupted');
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  try {
    if (!(await checkAndHandOver(checkedFile))) return 1;
    stopIfInterrupted();
    const code = await runAstroBuild(outDir, cacheDir, checkedFile, (c) => (child = c));
    stopIfInterrupted();
    if (code !== 0) throw new BuildFailure(`astro build が失敗しました（終了コード ${code}） / astro build failed (exit ${code})`);
    await assertComplete(outDir);
    stopIfInterrupted();
    await swapInto(outDir, finalDir, path.join(work, 'previous'));
    console.log(`${preview ? 'プレビュー用の出力を更新しました' : '公開用の出力を更新しました'} / site written to ${path.relative(process.cwd(), finalDir) || finalDir}`);
    return 0;
  } catch (error) {
    const message = error instanceof BuildFailure ? error.message : `出力を置き換えられませんでした / could not replace the output: ${error instanceof Error ? error.message : String(error)}`;
    console.error(`${message}\n${NOTHING_PUBLISHED}`);
    return 1;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

try {
  const code = await main();
  process.exitCode = interrupted ? 130 : code;
} catch (error) {
  // Anything unexpected (e.g. KOHYO_NOW that is not a date) is still said in words, not a stack trace.
  console.error(`ビルドを実行できませんでした / build could not run: ${error instanceof Error ? error.message : String(error)}\n${NOTHING_PUBLISHED}`);
  process.exitCode = 2;
}
