/**
 * `npm run build` — the production build, in shards (see README「大きな自治体のアーカイブ」).
 *
 * 1. Checks all content (the same checks as `npm run check`) and writes the released entries to
 *    one file per organisation and fiscal year. A broken file stops everything here.
 * 2. Plans the shards from the content (src/lib/build/shard-plan.ts): one per fiscal year, split by
 *    organisation when a year is large.
 * 3. Builds each shard — its own `astro build` of its report pages, then its own Pagefind index —
 *    into a shard store; unchanged shards are reused from the previous build.
 * 4. Renders the site-wide pages (home, indexes, legend, search, sitemap) from the checked content.
 * 5. Assembles site + shards in a temporary folder and swaps it in place of the output folder
 *    (KOHYO_OUT_DIR, default ./dist) only when everything succeeded.
 *
 * Past one machine:
 *   build.ts --shard K/N --out DIR   builds machine K's share of the shards into DIR (no site)
 *   build.ts --merge DIR…           checks that DIR… hold every shard of this content and code,
 *                                   renders the site-wide pages and publishes the whole site
 *
 * Drafts and embargoed reports are never built here: step 1 drops them.
 *
 * `--preview` (`npm run build:preview`) builds the reviewers' site instead: the same pages with
 * drafts and embargoed reports, into dist-preview/ (never dist/), and content errors are shown on
 * its pages rather than stopping it. Its only differences here are the output folder, the release
 * switch (src/lib/content/release.ts) applied in step 1 and passed to Astro, and its own shard store.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { shardBundleUrl, writeBuildPart } from '../src/lib/build/part.ts';
import { DEFAULT_MEMORY_BUDGET_MB, estimateSiteAstroMb } from '../src/lib/build/memory-budget.ts';
import { DEFAULT_SHARD_CAPACITY, planContinuityShards, planShards, shardsForMachine, type Shard } from '../src/lib/build/shard-plan.ts';
import { otherYearsIndex, summaryKey, type OtherYears, type ReportSummary } from '../src/lib/continuity/chains.ts';
import { digestsOf, siteIndexOf } from '../src/lib/site-index.ts';
import { datedFeedUrls } from '../src/lib/feed/advertised.ts';
import { PAGEFIND_FOLDER } from '../src/integrations/pagefind.ts';
import { runAstroBuild, runningChildren } from './build/astro-run.ts';
import { codeFingerprint, renderSettings, shardKey } from './build/fingerprint.ts';
import { prepareContentInChild } from './build/check-process.ts';
import { previewChanges } from './build/preview-changes.ts';
import { writeReportsIndex } from './build/reports-index.ts';
import { unpublishableLinks } from '../src/lib/preview/unpublishable.ts';
import { compareReportLinks } from '../src/lib/reports.ts';
import type { ChangeSection } from '../src/lib/preview/describe-change.ts';
import { buildNow, PREVIEW_BUILD_SWITCH } from '../src/lib/content/release.ts';
import { outputDirectory } from '../src/lib/preview/output-dirs.ts';
import { BaseError, baseSetting, openProductionBase, type ProductionBase } from '../src/lib/preview/production-base.ts';
import { bucketKey, buildShards, BuildFailure, readManifest, readShardWords, type ShardContext, type ShardManifest, type ShardTiming } from './build/shards.ts';
import { describeDifferences, isIntact, verifyShardFiles } from './build/verify.ts';
import { writeVocabulary } from './build/vocabulary.ts';
import { nestedFolders, type BuildFolder } from './build/folders.ts';
import { VOCABULARY_FOLDER } from '../src/lib/search/shard-vocabulary.ts';
import { listFiles, overlay, removeTree } from './build/tree.ts';
import { shareImagesEnabled, ShareImagesSettingError } from '../src/lib/share-image-setting.ts';
import { configuredSiteAddress, PLACEHOLDER_SITE_ADDRESS, siteAddressIsSet, SITE_ADDRESS_SETTING, validateSiteAddress } from '../src/lib/site-address.ts';

const NOTHING_PUBLISHED = '何も公開していません（以前の出力はそのままです） / nothing was published (the previous output is unchanged)';
const USAGE = '使い方 / usage: build.ts [--preview] [--shard K/N --out DIR | --merge DIR…]';

type Mode = ({ kind: 'all' } | { kind: 'shard'; k: number; n: number; out: string } | { kind: 'merge'; dirs: string[] }) & { preview: boolean };

export function parseArgs(argv: string[]): Mode {
  const preview = argv.includes('--preview');
  argv = argv.filter((arg) => arg !== '--preview');
  let shard: { k: number; n: number } | undefined;
  let out: string | undefined;
  let merge: string[] | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--shard') {
      const match = /^(\d+)\/(\d+)$/.exec(argv[++i] ?? '');
      if (!match) throw new BuildFailure(`--shard は K/N の形で指定してください（例: --shard 2/3） / --shard takes K/N. ${USAGE}`);
      shard = { k: Number(match[1]), n: Number(match[2]) };
    } else if (arg === '--out') {
      out = argv[++i];
      if (!out) throw new BuildFailure(`--out にフォルダを指定してください / --out needs a folder. ${USAGE}`);
    } else if (arg === '--merge') {
      merge = [];
      while (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) merge.push(argv[++i]!);
      if (merge.length === 0) throw new BuildFailure(`--merge に1つ以上のフォルダを指定してください / --merge needs folders. ${USAGE}`);
    } else throw new BuildFailure(`不明な引数です / unknown argument: ${arg}. ${USAGE}`);
  }
  if (shard && merge) throw new BuildFailure(`--shard と --merge は同時に使えません / --shard and --merge cannot be combined. ${USAGE}`);
  if (shard) {
    if (shard.k < 1 || shard.k > shard.n) throw new BuildFailure(`--shard ${shard.k}/${shard.n}: K は 1〜N です / K must be between 1 and N`);
    if (!out) throw new BuildFailure(`--shard には --out DIR が必要です / --shard needs --out DIR. ${USAGE}`);
    return { kind: 'shard', ...shard, out: path.resolve(out), preview };
  }
  if (out) throw new BuildFailure(`--out は --shard と一緒に使います / --out is for --shard. ${USAGE}`);
  if (merge) return { kind: 'merge', dirs: merge.map((d) => path.resolve(d)), preview };
  return { kind: 'all', preview };
}

/** A setting that must be a positive integer, or its default when unset. */
function positiveIntegerSetting(env: NodeJS.ProcessEnv, name: string, fallback: number, unit = ''): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new BuildFailure(`${name} は正の整数${unit ? `（${unit}）` : ''}です / ${name} must be a positive integer${unit ? ` (${unit})` : ''}: ${raw}`);
  return value;
}

/** KOHYO_SHARDS: one shard per fiscal year (default, `year`), or `single` (for comparisons only). */
function shardModeSetting(env: NodeJS.ProcessEnv): 'single' | 'year' {
  const raw = env.KOHYO_SHARDS?.trim() ?? '';
  if (raw === '' || raw === 'year') return 'year';
  if (raw === 'single') return 'single';
  throw new BuildFailure(`KOHYO_SHARDS は year か single です / KOHYO_SHARDS must be year or single: ${JSON.stringify(raw)}`);
}

/** KOHYO_SHARE_IMAGES (src/lib/share-image-setting.ts), refused before any work when neither on nor off. */
function shareImagesSetting(env: NodeJS.ProcessEnv): boolean {
  try {
    return shareImagesEnabled(env);
  } catch (error) {
    if (error instanceof ShareImagesSettingError) throw new BuildFailure(error.message);
    throw error;
  }
}

/** What must exist for a site to count as complete: pages, and every shard's search index. */
async function assertComplete(siteDir: string, shards: Shard[]): Promise<void> {
  if (!existsSync(path.join(siteDir, 'index.html'))) throw new BuildFailure('出力に index.html がありません / the build produced no index.html');
  for (const shard of shards) {
    if (!existsSync(path.join(siteDir, PAGEFIND_FOLDER, shard.id, 'pagefind-entry.json'))) {
      throw new BuildFailure(`検索インデックス（pagefind/${shard.id}/）が作られていません / the search index of shard ${shard.id} was not written`);
    }
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

/** The folders this build reads or writes, which must not nest. */
function buildFolders(mode: Mode, finalDir: string, cacheRoot: string, env: NodeJS.ProcessEnv): BuildFolder[] {
  const folders: BuildFolder[] = [{ role: 'シャードの保存場所（KOHYO_CACHE_DIR）', dir: cacheRoot }];
  folders.push(mode.preview ? { role: 'プレビューの出力（KOHYO_OUT_DIR）', dir: finalDir } : { role: '公開用の出力（KOHYO_OUT_DIR）', dir: finalDir });
  if (mode.preview) {
    // The copy of the public site it is compared with (when offline), and the local production output.
    const production = env.KOHYO_PRODUCTION_DIR ? path.resolve(env.KOHYO_PRODUCTION_DIR) : undefined;
    if (production) folders.push({ role: '比較する公開版のフォルダ（KOHYO_PRODUCTION_DIR）', dir: production });
    if (production !== path.resolve('dist')) folders.push({ role: '公開用の出力（dist）', dir: path.resolve('dist') });
  } else if (finalDir !== path.resolve('dist-preview')) folders.push({ role: 'プレビューの出力（dist-preview）', dir: path.resolve('dist-preview') });
  if (mode.kind === 'shard') folders.push({ role: 'シャードの出力（--out）', dir: mode.out });
  if (mode.kind === 'merge') mode.dirs.forEach((dir, i) => folders.push({ role: `--merge のフォルダ ${i + 1}`, dir }));
  return folders;
}

/** Set by Ctrl-C / SIGTERM; the build stops at the next step and cleans up in one place. */
let interrupted = false;

const seconds = (ms: number) => Math.round(ms) / 1000;

async function main(argv: string[]): Promise<number> {
  const mode = parseArgs(argv);
  const { preview } = mode;
  // The one release switch, set or cleared for every Astro run of this build (src/lib/content/release.ts).
  const env = process.env;
  // Checked once, before any work: every URL of every part is built on it.
  const address = validateSiteAddress(env[SITE_ADDRESS_SETTING]);
  if (!address.ok) throw new BuildFailure(address.error);
  // Empty means unset (an unset CI variable): the child processes must see "unset", not "".
  if (!siteAddressIsSet(env)) delete env[SITE_ADDRESS_SETTING];
  else env[SITE_ADDRESS_SETTING] = address.url!.href;
  if (preview) env[PREVIEW_BUILD_SWITCH] = 'preview';
  else delete env[PREVIEW_BUILD_SWITCH];
  // The public site's address only matters for what the public site publishes (sitemap, feeds).
  if (!configuredSiteAddress(env) && mode.kind !== 'shard' && !preview) {
    console.warn(`注意: KOHYO_SITE_URL（公開先の URL）が未設定で、content/site.yaml にも address がないため、引用・og:url・データファイルにはページのパスだけを書き、sitemap.xml・robots.txt・フィードの絶対 URL は仮の ${PLACEHOLDER_SITE_ADDRESS} になります / no site address: citations and data files give paths only, sitemap.xml uses a placeholder address`);
  }
  const finalDir = outputDirectory(preview, env);
  const cacheRoot = path.resolve(env.KOHYO_CACHE_DIR || '.kohyo/cache');
  // No folder of the build inside another (checked before anything is written).
  const nested = nestedFolders(buildFolders(mode, finalDir, cacheRoot, env));
  if (nested.length > 0) throw new BuildFailure(`出力フォルダが入れ子になっています / output folders nest:\n${nested.map((n) => `  ${n}`).join('\n')}`);
  const capacity = positiveIntegerSetting(env, 'KOHYO_SHARD_CAPACITY', DEFAULT_SHARD_CAPACITY);
  const shardMode = shardModeSetting(env);
  const shareImages = shareImagesSetting(env);
  // Read here too (the content check reads it again) so a bad value stops the build before any work.
  buildNow(env);
  const memoryBudgetMb = positiveIntegerSetting(env, 'KOHYO_MEMORY_BUDGET_MB', DEFAULT_MEMORY_BUDGET_MB, 'MB');
  // Next to the output folder, so the final rename stays on one file system.
  const anchor = mode.kind === 'shard' ? mode.out : finalDir;
  await mkdir(path.dirname(anchor), { recursive: true });
  const work = await mkdtemp(path.join(path.dirname(anchor), `.${path.basename(anchor)}.building-`));

  // Only stop children and remember it: deleting files here could race with the swap below and
  // remove the published site. main() cleans up in its `finally`.
  const stop = (signal: NodeJS.Signals) => {
    interrupted = true;
    for (const child of runningChildren) child.kill(signal);
  };
  const stopIfInterrupted = () => {
    if (interrupted) throw new BuildFailure('中断しました / interrupted');
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  const stages: Record<string, number> = {};
  const started = performance.now();
  try {
    // 0. (preview) The public site it is compared with: read first, so a wrong address stops at once.
    const base = preview && mode.kind !== 'shard' ? await openBase(env) : undefined;
    stopIfInterrupted();

    // 1. Check and split the content.
    const prepared = await prepareContentInChild(path.join(work, 'buckets'), { env, preview });
    stages.checkMs = performance.now() - started;
    if (!prepared.ok && preview) {
      console.error(`${prepared.report}\nプレビューはこの問題の一覧を各ページに表示して作ります / the preview is built and shows these problems on every page`);
    } else if (!prepared.ok) {
      console.error(prepared.report);
      console.error(`コンテンツに誤りがあるため、ビルドを中止しました / build stopped: content has errors. ${NOTHING_PUBLISHED}`);
      return 1;
    }
    else if (prepared.warnings > 0) console.warn(prepared.report);
    stopIfInterrupted();

    // 1b. (preview) What publishing would change, against the public site: before any shard, so
    // a base that cannot be read stops here, and report pages can mark their changed values.
    const changesData = preview && mode.kind !== 'shard' ? await previewChangesOrStop(prepared, base, env) : undefined;
    stopIfInterrupted();

    // 2. Plan: report shards (searchable, one per fiscal year) and continuing-report shards.
    const siteIndex = siteIndexOf(prepared.indexEntries);
    const searchShards = planShards(prepared.buckets, { capacity, mode: shardMode });
    const continuityShards = planContinuityShards(siteIndex.chains.map((c) => ({ organization: c.organization, years: c.members.map((m) => m.fiscalYear) })), capacity);
    const plan = [...searchShards, ...continuityShards];
    const code = codeFingerprint();
    const settings = renderSettings(env, preview);
    const organizationsJson = JSON.stringify(prepared.organizations);
    const bucketsByKey = new Map(prepared.buckets.map((b) => [bucketKey(b.organization, b.fiscalYear), b]));
    const otherYears = otherYearsIndex(siteIndex.summaries, digestsOf(prepared.indexEntries));
    const datedFeeds = datedFeedUrls(siteIndex.feedDocs.map((f) => f.doc));
    // The preview shows the content problems on every page; production pages never carry them.
    const shownProblems = preview ? prepared.problems : [];
    // Summaries by organisation and year, so a shard's are a lookup per bucket, not a scan of the archive.
    const summariesByBucket = new Map<string, ReportSummary[]>();
    for (const summary of siteIndex.summaries) {
      const key = bucketKey(summary.organization, summary.fiscalYear);
      summariesByBucket.set(key, [...(summariesByBucket.get(key) ?? []), summary]);
    }
    const summariesOf = (shard: Shard) => shard.buckets.flatMap((b) => summariesByBucket.get(bucketKey(b.organization, b.fiscalYear)) ?? []);
    const otherYearsOf = (shard: Shard): Record<string, OtherYears> => {
      if (shard.kind !== 'reports') return {};
      const links: Record<string, OtherYears> = {};
      for (const summary of summariesOf(shard)) {
        const found = otherYears.get(summaryKey(summary));
        if (found) links[summaryKey(summary)] = found;
      }
      return links;
    };
    // A continuing-report shard loads only its chains' members, not every report of their organisations.
    const chainsOf = (shard: Shard) => {
      const orgs = new Set(shard.buckets.map((b) => b.organization));
      return siteIndex.chains.filter((c) => orgs.has(c.organization));
    };
    const onlyReportsOf = (shard: Shard): string[] | undefined => (shard.kind === 'continuity' ? chainsOf(shard).flatMap((c) => c.members.map(summaryKey)) : undefined);
    const foldersOf = (shard: Shard): string[] => {
      if (shard.kind === 'reports') return summariesOf(shard).map((s) => `${s.organization}/${s.fiscalYear}/${s.slug}`);
      return chainsOf(shard).map((c) => `${c.organization}/${c.id}`);
    };
    // Preview: what differs from the public site, marked on each changed report's page.
    const changedSections = new Map((changesData?.changes.changed ?? []).map((r) => [r.id, r.sections]));
    const changesOf = (shard: Shard): Record<string, ChangeSection[]> => {
      if (shard.kind !== 'reports' || changedSections.size === 0) return {};
      return Object.fromEntries(summariesOf(shard).flatMap((s) => {
        const sections = changedSections.get(summaryKey(s));
        return sections ? [[summaryKey(s), sections]] : [];
      }));
    };
    // A shard is rebuilt when its entries, the organisations, the code, the settings, its links to other years or (preview) the public site's versions change.
    const keyOf = (shard: Shard) =>
      shardKey({ shardId: shard.id, bucketHashes: shard.buckets.map((b) => bucketsByKey.get(bucketKey(b.organization, b.fiscalYear))!.hash), organizationsJson, code, settings, context: JSON.stringify({ otherYears: otherYearsOf(shard), problems: shownProblems, datedFeeds, ...(preview ? { changes: changesOf(shard) } : {}) }) });
    const context = (store: string): ShardContext => ({ store, work, cacheRoot: path.join(cacheRoot, preview ? 'preview' : 'production'), organizations: prepared.organizations, bucketsByKey, keyOf, otherYearsOf, onlyReportsOf, foldersOf, problems: shownProblems, datedFeeds, changesOf, preview, shareImages, memoryBudgetMb, stopIfInterrupted });
    console.log(`[kohyo:build] ${prepared.reports.length} 件の報告書、${searchShards.length} シャード / ${prepared.reports.length} reports in ${searchShards.length} shard(s): ${searchShards.map((s) => `${s.id} (${s.reports})`).join(', ')}${continuityShards.length > 0 ? `; continuing reports in ${continuityShards.length} shard(s)` : ''}`);

    // 3. (--shard) Only this machine's shards, into its own folder.
    if (mode.kind === 'shard') {
      const mine = shardsForMachine(plan, mode.k, mode.n);
      const timings = await buildShards(context(mode.out), mine);
      console.log(`[kohyo:build] シャード ${mode.k}/${mode.n}: ${mine.map((s) => s.id).join(', ') || '（なし）'} を ${mode.out} に出力しました / shards written`);
      printStages({ ...stages, totalMs: performance.now() - started }, timings);
      return 0;
    }

    // 3. Shards (all of them here, or found in the --merge folders), and 4. the site-wide pages.
    const siteOut = path.join(work, 'site');
    const renderSite = async () => {
      const siteStarted = performance.now();
      const partFile = path.join(work, 'parts', 'site.json');
      await mkdir(path.dirname(partFile), { recursive: true });
      await writeBuildPart(partFile, {
        mode: 'site',
        organizations: prepared.organizations,
        sheets: prepared.sheets,
        // The preview's listings keep a report whose file has an error, tagged 〔エラーのため公開できません〕.
        reports: changesData ? [...prepared.reports, ...unpublishableLinks(changesData.changes.unpublishable)].sort(compareReportLinks) : prepared.reports,
        siteIndex,
        problems: shownProblems,
        ...(changesData ? { previewChanges: changesData } : {}),
        searchIndexes: searchShards.map((s, position) => ({ id: s.id, position, bundleUrl: shardBundleUrl(s.id), ...(env.KOHYO_SHARDS === 'single' ? {} : { fiscalYear: s.fiscalYear }) })),
        datedFeeds,
      });
      const exit = await runAstroBuild({ partFile, mode: 'site', outDir: siteOut, cacheDir: path.join(cacheRoot, preview ? 'preview' : 'production', 'astro', 'site'), label: 'site' });
      stages.siteMs = performance.now() - siteStarted;
      if (exit !== 0) throw new BuildFailure(`astro build が失敗しました（サイト共通ページ、終了コード ${exit}） / astro build failed for the site-wide pages (exit ${exit})`);
    };

    let shardDirs: string[];
    let timings: ShardTiming[] = [];
    // Preview and production keep separate stores, so switching between them rebuilds nothing.
    const store = path.join(cacheRoot, preview ? 'preview' : 'production', 'shards');
    const shardsStarted = performance.now();
    if (mode.kind === 'merge') {
      shardDirs = [];
      const missing: string[] = [];
      const damaged: string[] = [];
      for (const shard of plan) {
        const key = keyOf(shard);
        let found: { dir: string; manifest: ShardManifest } | undefined;
        for (const dir of mode.dirs) {
          const manifest = await readManifest(path.join(dir, shard.id));
          if (manifest?.key === key) found = { dir: path.join(dir, shard.id), manifest };
        }
        if (!found) {
          missing.push(shard.id);
          continue;
        }
        // Every file exactly as --shard wrote it: the merged site must equal a one-machine build.
        const differences = await verifyShardFiles(found.dir, found.manifest.fileHashes);
        if (isIntact(differences)) shardDirs.push(found.dir);
        else damaged.push(`シャード ${shard.id} / shard ${shard.id}:`, ...describeDifferences(found.dir, differences).map((l) => `  ${l}`));
      }
      if (missing.length > 0) {
        throw new BuildFailure(`シャード ${missing.join(', ')} が見つからないか、別の内容・コードで作られています（同じコミットで --shard K/N を全て実行してください） / shard(s) ${missing.join(', ')} missing or built from other content or code`);
      }
      if (damaged.length > 0) {
        throw new BuildFailure(`シャードのファイルが --shard の作ったものと違います（作り直してください） / shard files differ from what --shard wrote (build them again):\n${damaged.join('\n')}`);
      }
      await renderSite();
    } else {
      timings = await buildShards(context(store), plan, { astroMb: estimateSiteAstroMb(prepared.reports.length), run: renderSite });
      shardDirs = plan.map((s) => path.join(store, s.id));
    }
    stages.shardsMs = performance.now() - shardsStarted;
    stopIfInterrupted();

    // 5. Assemble and publish.
    const assembleStarted = performance.now();
    for (const dir of shardDirs) await overlay(path.join(dir, 'files'), siteOut);
    if (searchShards.length > 1) {
      // Search shards come first in the plan, so their folders are the first of shardDirs.
      const shards = await Promise.all(searchShards.map(async (s, i) => ({ id: s.id, words: await readShardWords(shardDirs[i]!) })));
      await writeVocabulary(path.join(siteOut, PAGEFIND_FOLDER, VOCABULARY_FOLDER), shards);
    }
    await assertComplete(siteOut, searchShards);
    // What a preview compares itself with: the public site's list of its reports and their hashes.
    if (!preview) await writeReportsIndex(siteOut, prepared.buckets);
    stopIfInterrupted();
    const fileCount = (await listFiles(siteOut)).length;
    await swapInto(siteOut, finalDir, path.join(work, 'previous'));
    stages.assembleMs = performance.now() - assembleStarted;
    if (mode.kind === 'all') await pruneStore(store, plan);
    console.log(`${preview ? 'プレビュー用の出力を更新しました' : '公開用の出力を更新しました'} / site written to ${path.relative(process.cwd(), finalDir) || finalDir} (${fileCount} files)`);
    printStages({ ...stages, totalMs: performance.now() - started, files: fileCount }, timings);
    return 0;
  } catch (error) {
    const message = error instanceof BuildFailure ? error.message : `出力を作成・置換できませんでした / could not build or replace the output: ${error instanceof Error ? error.message : String(error)}`;
    console.error(`${message}\n${NOTHING_PUBLISHED}`);
    return 1;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The preview's comparison base, said in the terminal; a base that cannot be read stops the build with its URL or file. */
async function openBase(env: NodeJS.ProcessEnv): Promise<ProductionBase | undefined> {
  try {
    const base = await openProductionBase(baseSetting(env));
    if (!base) console.warn('注意: KOHYO_PRODUCTION_URL（公開サイトのアドレス）も KOHYO_PRODUCTION_DIR も未設定のため、公開中の版と比べません。/preview/changes/ にもそう表示します / no comparison base: neither KOHYO_PRODUCTION_URL nor KOHYO_PRODUCTION_DIR is set');
    else console.log(`[kohyo:build] 比較の基準 / comparison base: ${base.identity.label}（${base.identity.count} 件、一覧のハッシュ ${base.identity.indexHash.slice(0, 12)}、最新の日付 ${base.identity.newest ?? 'なし'}）`);
    return base;
  } catch (error) {
    if (error instanceof BaseError) throw new BuildFailure(`${error.message}\n公開中の版と比べられないため、プレビューを作りません / the preview was not built: its comparison base could not be read`);
    throw error;
  }
}

async function previewChangesOrStop(prepared: Awaited<ReturnType<typeof prepareContentInChild>>, base: ProductionBase | undefined, env: NodeJS.ProcessEnv) {
  try {
    const data = await previewChanges(prepared, base, env);
    // A published report corrected without a word to its readers: said in the terminal too.
    for (const report of data.changes.changed.filter((r) => r.noChangeNote)) {
      console.warn(`警告: ${report.id} は公開中の内容が変わりますが、新しい更新履歴（changes:）がありません / warning: ${report.id} changes published content without a new change note`);
    }
    return data;
  } catch (error) {
    if (error instanceof BaseError) throw new BuildFailure(`${error.message}\n公開中の版と比べられないため、プレビューを作りません / the preview was not built: its comparison base could not be read`);
    throw error;
  }
}

/** Shards no longer in the plan (a year whose reports were all withdrawn) leave the store. */
async function pruneStore(store: string, plan: Shard[]): Promise<void> {
  const keep = new Set(plan.map((s) => s.id));
  for (const name of await readdir(store).catch(() => [] as string[])) {
    if (!keep.has(name)) await removeTree(path.join(store, name));
  }
}

/** One line the benchmark reads: where the time went. Keep its shape stable. */
function printStages(stages: Record<string, number>, timings: ShardTiming[]): void {
  const shards = {
    built: timings.filter((t) => t.reused === 'none').length,
    indexReused: timings.filter((t) => t.reused === 'index').length,
    reused: timings.filter((t) => t.reused === 'all').length,
    renderMs: Math.round(timings.reduce((s, t) => s + t.renderMs, 0)),
    indexMs: Math.round(timings.reduce((s, t) => s + t.indexMs, 0)),
  };
  const rounded = Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, k.endsWith('Ms') ? Math.round(v) : v]));
  console.log(`[kohyo:build] stages ${JSON.stringify({ ...rounded, shards })}`);
  console.log(`[kohyo:build] 合計 ${seconds(stages.totalMs ?? 0)} 秒 / total ${seconds(stages.totalMs ?? 0)} s`);
}

try {
  const code = await main(process.argv.slice(2));
  process.exitCode = interrupted ? 130 : code;
} catch (error) {
  // Anything unexpected (e.g. KOHYO_NOW that is not a date, a wrong argument) is said in words, not a stack trace.
  console.error(`ビルドを実行できませんでした / build could not run: ${error instanceof Error ? error.message : String(error)}\n${NOTHING_PUBLISHED}`);
  process.exitCode = 2;
}
