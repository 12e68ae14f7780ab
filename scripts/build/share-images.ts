/**
 * Draws a shard's share images (each figure's chart.png, 1200 × 630) into its rendered folder,
 * after its data files and before the shard is stored: an unchanged shard is reused with its
 * images. Images are also kept by the hash of their SVG (and of the font), so a shard that
 * re-renders for another reason redraws only the images whose chart or words changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { shardContent, type ShardPart } from '../../src/lib/build/part.ts';
import { summaryKey, summaryOf } from '../../src/lib/continuity/chains.ts';
import { reportDocsOf } from '../../src/lib/content/report-docs.ts';
import { reportImageFiles, type ImageFile } from '../../src/lib/data-files.ts';
import { reportPropsOf } from '../../src/lib/report-props.ts';
import { renderPngs } from '../../src/lib/share-image-png.ts';

/** Images drawn with one font subset: larger batches share the subsetting, smaller ones keep memory low. */
const BATCH = 200;

const require = createRequire(import.meta.url);
/** The renderer and the font are part of every image's key. */
const RENDERER = ['@resvg/resvg-js/package.json', '@expo-google-fonts/noto-sans-jp/package.json', 'subset-font/package.json']
  .map((file) => (JSON.parse(readFileSync(require.resolve(file), 'utf8')) as { version: string }).version)
  .join('/');

export async function shardImageFiles(part: ShardPart, preview: boolean): Promise<ImageFile[]> {
  if (part.kind === 'continuity') return [];
  const { entries, problems } = await shardContent(part, preview);
  const reports = reportDocsOf(entries, problems);
  return reportPropsOf(reports, part.organizations, (report) => part.otherYears[summaryKey(summaryOf(report))]).flatMap(reportImageFiles);
}

/** Writes the images under `root`, drawing only those not in `cacheDir`; logs how many and how long (the benchmark reads it). */
export async function writeShardImages(part: ShardPart, root: string, options: { preview: boolean; cacheDir: string }): Promise<void> {
  const started = performance.now();
  const images = await shardImageFiles(part, options.preview);
  await mkdir(options.cacheDir, { recursive: true });
  const keyed = images.map((image) => ({ ...image, cached: path.join(options.cacheDir, `${createHash('sha256').update(RENDERER).update('\0').update(image.svg).digest('hex')}.png`) }));
  const missing = keyed.filter((image) => !existsSync(image.cached));
  for (let i = 0; i < missing.length; i += BATCH) {
    const batch = missing.slice(i, i + BATCH);
    const pngs = await renderPngs(batch.map((image) => image.svg));
    await Promise.all(batch.map((image, j) => writeFile(image.cached, pngs[j]!)));
  }
  for (const image of keyed) {
    const target = path.join(root, image.path);
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(image.cached, target);
  }
  console.log(`[shard ${part.shardId}] [kohyo:images] ${images.length} share images (${missing.length} drawn) in ${Math.round(performance.now() - started)} ms`);
}
