/**
 * Building shards: each shard's report pages are rendered by their own `astro build` and indexed
 * by their own Pagefind run, into a shard folder of a store:
 *
 *   <store>/<shardId>/manifest.json   key, hashes, counts
 *   <store>/<shardId>/files/…         the shard's part of the site: its reports' folders,
 *                                     its /_astro/ assets and its index in /pagefind/<shardId>/
 *
 * The one-machine build keeps its store in the cache folder, so the next build reuses every shard
 * whose key (content, code, settings) has not changed; `--shard K/N --out DIR` fills DIR as the
 * store. Rendering the next shard overlaps with indexing the previous one (two cores), but no
 * Astro process is alive while its own shard is indexed. A shard's share images are drawn in a
 * worker thread meanwhile (scripts/build/share-image-drawer.ts) and join the shard before it is stored.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeBuildPart, type ShardPart } from '../../src/lib/build/part.ts';
import { configuredSiteAddress } from '../../src/lib/site-address.ts';
import { ShareImageDrawer } from './share-image-drawer.ts';
import { imagesLogLine, type ShardImagesResult } from './share-images.ts';
import type { Shard } from '../../src/lib/build/shard-plan.ts';
import type { OtherYears } from '../../src/lib/continuity/chains.ts';
import type { ContentProblem } from '../../src/lib/content/problems.ts';
import type { ChangeSection } from '../../src/lib/preview/describe-change.ts';
import type { Organization } from '../../src/schemas/organization.ts';
import { indexSite, PAGEFIND_FOLDER, REPORT_PAGES_GLOB, summaryLine } from '../../src/integrations/pagefind.ts';
import { estimateAstroMb, mayOverlap } from '../../src/lib/build/memory-budget.ts';
import { runAstroBuild } from './astro-run.ts';
import { writeShardDataFiles } from './data-files.ts';
import { bundleWords } from './vocabulary.ts';
import type { BucketFile } from './prepare.ts';
import { hashTree, listFiles, move, overlay, removeTree } from './tree.ts';
import { describeDifferences, isIntact, shardFileHashes, verifyShardFiles } from './verify.ts';

export class BuildFailure extends Error {}

export interface ShardManifest {
  shardId: string;
  key: string;
  /** Hash of the rendered files without the index and the share images: equal pages → the index can be reused */
  pagesHash: string;
  reports: number;
  files: number;
  indexedPages: number;
  /** sha256 of every file of the shard folder (files/…, words.json): --merge and the store verify against it (scripts/build/verify.ts) */
  fileHashes: Record<string, string>;
}

export interface ShardTiming {
  shardId: string;
  reports: number;
  /** 'all' = pages and index reused; 'index' = pages rendered again but byte-identical, index reused */
  reused: 'all' | 'index' | 'none';
  renderMs: number;
  indexMs: number;
}

export interface ShardContext {
  store: string;
  work: string;
  cacheRoot: string;
  organizations: Organization[];
  bucketsByKey: Map<string, BucketFile>;
  keyOf: (shard: Shard) => string;
  /** The report pages' links to their other years (reports shards), by summaryKey */
  otherYearsOf: (shard: Shard) => Record<string, OtherYears>;
  /** The only reports a shard loads from its buckets (continuity shards), by summaryKey */
  onlyReportsOf: (shard: Shard) => string[] | undefined;
  /** The folders of the site a shard's pages live in (its reports' or its continuing reports') */
  foldersOf: (shard: Shard) => string[];
  /** Content problems the preview shows on every page */
  problems: ContentProblem[];
  /** Preview: each changed report's differences from the public site, marked on its page */
  changesOf: (shard: Shard) => Record<string, ChangeSection[]>;
  /** Feeds with a dated entry: the only ones pages advertise */
  datedFeeds: string[];
  /** The staff preview build (drafts and embargoed reports included) */
  preview: boolean;
  /** Draw the share images (KOHYO_SHARE_IMAGES, src/lib/share-image-setting.ts) */
  shareImages: boolean;
  /** Memory the build may use at once, in MB (KOHYO_MEMORY_BUDGET_MB) */
  memoryBudgetMb: number;
  /** Checked after each step (Ctrl-C) */
  stopIfInterrupted: () => void;
}

export const bucketKey = (organization: string, fiscalYear: number) => `${organization}/${fiscalYear}`;

/** The words of a built shard's index (see scripts/build/vocabulary.ts). */
export async function readShardWords(shardDir: string): Promise<string[]> {
  return JSON.parse(await readFile(path.join(shardDir, 'words.json'), 'utf8')) as string[];
}

export async function readManifest(shardDir: string): Promise<ShardManifest | undefined> {
  try {
    return JSON.parse(await readFile(path.join(shardDir, 'manifest.json'), 'utf8')) as ShardManifest;
  } catch {
    // Missing, unreadable or not a folder: simply not in the store.
    return undefined;
  }
}

/**
 * The manifest of a stored shard whose files all match its list, else undefined: a damaged entry
 * (a file edited, lost or added since it was written) is rebuilt, and its index is not reused.
 */
async function intactManifest(shardDir: string): Promise<ShardManifest | undefined> {
  const manifest = await readManifest(shardDir);
  if (!manifest) return undefined;
  const found = await verifyShardFiles(shardDir, manifest.fileHashes);
  if (isIntact(found)) return manifest;
  console.warn(`[shard ${manifest.shardId}] 保存済みのシャードが壊れているため作り直します / the stored shard is damaged and is rebuilt:\n${describeDifferences(shardDir, found, 5).map((l) => `  ${l}`).join('\n')}`);
  return undefined;
}

interface Rendered {
  shard: Shard;
  key: string;
  staging: string;
  pagesHash: string;
  previous: ShardManifest | undefined;
  renderMs: number;
  /** The share images, drawn in the worker into <staging>/images while the build goes on (none when they are off) */
  images: Promise<ShardImagesResult> | undefined;
}

/** Renders a shard's pages into a staging folder of the store (not yet indexed, not yet in place). */
async function renderShard(ctx: ShardContext, drawer: ShareImageDrawer, shard: Shard, key: string, previous: ShardManifest | undefined): Promise<Rendered> {
  const started = performance.now();
  const buckets = shard.buckets.map((b) => ctx.bucketsByKey.get(bucketKey(b.organization, b.fiscalYear))!);
  const partFile = path.join(ctx.work, 'parts', `${shard.id}.json`);
  await mkdir(path.dirname(partFile), { recursive: true });
  const part: ShardPart = { mode: 'shard', kind: shard.kind, shardId: shard.id, organizations: ctx.organizations, bucketFiles: buckets.map((b) => b.file), onlyReports: ctx.onlyReportsOf(shard), otherYears: ctx.otherYearsOf(shard), problems: ctx.problems, datedFeeds: ctx.datedFeeds, previewChanges: ctx.changesOf(shard) };
  await writeBuildPart(partFile, part);
  const outDir = path.join(ctx.work, 'astro-out', shard.id);
  const code = await runAstroBuild({ partFile, mode: shard.kind, outDir, cacheDir: path.join(ctx.cacheRoot, 'astro', shard.id), label: `shard ${shard.id}` });
  ctx.stopIfInterrupted();
  if (code !== 0) throw new BuildFailure(`astro build が失敗しました（シャード ${shard.id}、終了コード ${code}） / astro build failed for shard ${shard.id} (exit ${code})`);

  const staging = path.join(ctx.store, `.${shard.id}.building-${process.pid}`);
  await removeTree(staging);
  const files = path.join(staging, 'files');
  // Only the shard's own folders are kept: anything else Astro wrote (home, legend…) is the site part's.
  for (const folder of ctx.foldersOf(shard)) {
    const from = path.join(outDir, folder);
    if (!existsSync(from)) throw new BuildFailure(`シャード ${shard.id} の出力に ${folder}/ がありません / shard ${shard.id} did not render ${folder}/`);
    await move(from, path.join(files, folder));
  }
  if (existsSync(path.join(outDir, '_astro'))) await move(path.join(outDir, '_astro'), path.join(files, '_astro'));
  await removeTree(outDir);
  await writeShardDataFiles(part, files, { preview: ctx.preview, site: siteUrl() });
  // Drawn alongside the next shard's Astro run and this shard's indexing; taken in by storeShard.
  const images = ctx.shareImages ? drawer.draw({ part, outDir: path.join(staging, 'images'), preview: ctx.preview, cacheDir: path.join(ctx.cacheRoot, 'share-images') }) : undefined;
  // Awaited (and its failure reported) in storeShard; this only keeps a failure meanwhile from counting as unhandled.
  images?.catch(() => undefined);
  const pagesHash = await hashTree(files);
  return { shard, key, staging, pagesHash, previous, renderMs: performance.now() - started, images };
}

interface Indexed {
  reused: ShardTiming['reused'];
  indexedPages: number;
  indexMs: number;
}

/** Indexes a rendered shard (or reuses the previous index when its pages are byte-identical). */
async function indexShard(ctx: ShardContext, rendered: Rendered): Promise<Indexed> {
  const { shard, staging, previous } = rendered;
  const files = path.join(staging, 'files');
  const indexDir = path.join(files, PAGEFIND_FOLDER, shard.id);
  const shardDir = path.join(ctx.store, shard.id);
  const started = performance.now();
  let reused: ShardTiming['reused'] = 'none';
  let indexedPages: number;
  const previousIndex = path.join(shardDir, 'files', PAGEFIND_FOLDER, shard.id);
  if (shard.kind === 'continuity') {
    // Continuing-report pages are not searched: the report pages of each year are the search hits.
    indexedPages = 0;
  } else if (previous && previous.pagesHash === rendered.pagesHash && existsSync(previousIndex)) {
    await move(previousIndex, indexDir);
    indexedPages = previous.indexedPages;
    reused = 'index';
  } else {
    const result = await indexSite(files, indexDir, { glob: REPORT_PAGES_GLOB });
    console.log(`[shard ${shard.id}] ${summaryLine(result)}`);
    // Every report page, and nothing else, is searchable: a page the glob missed would vanish from search.
    if (result.pageCount !== shard.reports) throw new BuildFailure(`シャード ${shard.id} の検索索引は ${result.pageCount} ページですが、報告書は ${shard.reports} 件です / shard ${shard.id}: the index holds ${result.pageCount} pages for ${shard.reports} reports`);
    indexedPages = result.pageCount;
  }
  return { reused, indexedPages, indexMs: performance.now() - started };
}

/** Takes in a shard's share images once drawn, lists its files and puts it in place in the store. */
async function storeShard(ctx: ShardContext, rendered: Rendered, { reused, indexedPages, indexMs }: Indexed): Promise<ShardTiming> {
  const { shard, staging } = rendered;
  const files = path.join(staging, 'files');
  const indexDir = path.join(files, PAGEFIND_FOLDER, shard.id);
  const shardDir = path.join(ctx.store, shard.id);
  if (rendered.images) {
    const images = await rendered.images.catch((error: unknown) => {
      throw new BuildFailure(`シャード ${shard.id} の共有画像（chart.png）を描けませんでした / could not draw the share images of shard ${shard.id}: ${error instanceof Error ? error.message : String(error)}`);
    });
    console.log(imagesLogLine(shard.id, images));
    const imagesDir = path.join(staging, 'images');
    if (existsSync(imagesDir)) {
      await overlay(imagesDir, files);
      await removeTree(imagesDir);
    }
  }
  // The words of this shard's index, for the site's search vocabulary (kept beside, not published).
  await writeFile(path.join(staging, 'words.json'), JSON.stringify(shard.kind === 'reports' ? await bundleWords(indexDir) : []));
  const fileHashes = await shardFileHashes(staging);
  const manifest: ShardManifest = { shardId: shard.id, key: rendered.key, pagesHash: rendered.pagesHash, reports: shard.reports, files: (await listFiles(files)).length, indexedPages, fileHashes };
  await writeFile(path.join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const trash = `${staging}.previous`;
  if (existsSync(shardDir)) await rename(shardDir, trash);
  await rename(staging, shardDir);
  await removeTree(trash);
  return { shardId: shard.id, reports: shard.reports, reused, renderMs: rendered.renderMs, indexMs };
}

/**
 * Builds the given shards into the store, one Astro run at a time; the previous shard's Pagefind
 * run overlaps with the next shard's Astro run (and the last one with `alongsideLastIndex`) when
 * their memory together fits the budget (src/lib/build/memory-budget.ts), else they take turns.
 * Share images are drawn in a worker meanwhile; the Astro runs do not wait for them, only the
 * storing of their own shard does. Shards whose key is unchanged are reused as a whole.
 */
export async function buildShards(ctx: ShardContext, shards: Shard[], alongsideLastIndex?: { astroMb: number; run: () => Promise<void> }): Promise<ShardTiming[]> {
  await mkdir(ctx.store, { recursive: true });
  const timings: ShardTiming[] = [];
  const drawer = new ShareImageDrawer();
  let indexing: Promise<Indexed> | undefined;
  let indexingReports = 0;
  /** Shards waiting for their images (or being stored); the first failure stops the loop */
  const storing: Promise<void>[] = [];
  let storeFailure: { error: unknown } | undefined;
  const makeRoomFor = async (renderingMb: number) => {
    const parentMb = process.memoryUsage().rss / 2 ** 20;
    if (!indexing || mayOverlap({ indexingReports, renderingMb, parentMb, budgetMb: ctx.memoryBudgetMb })) return;
    await indexing;
    indexingReports = 0;
  };
  try {
    for (const shard of shards) {
      if (storeFailure) throw storeFailure.error;
      const key = ctx.keyOf(shard);
      const previous = await intactManifest(path.join(ctx.store, shard.id));
      const complete = existsSync(path.join(ctx.store, shard.id, 'words.json')) && (shard.kind === 'continuity' || existsSync(path.join(ctx.store, shard.id, 'files', PAGEFIND_FOLDER, shard.id, 'pagefind-entry.json')));
      if (previous?.key === key && complete) {
        console.log(`[shard ${shard.id}] 変更なし・前回の出力を再利用 / unchanged, reused (${shard.reports} reports)`);
        timings.push({ shardId: shard.id, reports: shard.reports, reused: 'all', renderMs: 0, indexMs: 0 });
        continue;
      }
      await makeRoomFor(estimateAstroMb(shard.reports));
      const rendered = await renderShard(ctx, drawer, shard, key, previous);
      await indexing;
      ctx.stopIfInterrupted();
      indexingReports = shard.kind === 'reports' ? shard.reports : 0;
      indexing = indexShard(ctx, rendered);
      const stored = indexing.then(async (indexed) => {
        timings.push(await storeShard(ctx, rendered, indexed));
      });
      stored.catch((error: unknown) => {
        storeFailure ??= { error };
      });
      storing.push(stored);
    }
    // The next step (the site-wide pages) renders while the last shard is indexed, if there is room.
    if (alongsideLastIndex) await makeRoomFor(alongsideLastIndex.astroMb);
    await Promise.all([indexing, alongsideLastIndex?.run()]);
    // No Astro or Pagefind run is left: the images still waiting may use both cores.
    drawer.useAllCores();
    await Promise.all(storing);
  } finally {
    // A failure while another shard was indexing or drawing: let those finish before the caller cleans up.
    await indexing?.catch(() => undefined);
    await Promise.allSettled(storing);
    await drawer.close();
  }
  return timings;
}

/** The site's address for the data files' absolute URLs; none when it is not set (src/lib/site-address.ts). */
function siteUrl(): URL | undefined {
  const address = configuredSiteAddress();
  return address ? new URL(address) : undefined;
}
