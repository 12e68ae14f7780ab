/**
 * Draws a shard's share images (each figure's chart.png, 1200 × 630) into a folder of their own
 * beside its rendered pages; the shard takes them in before it is stored, so an unchanged shard is
 * reused with its images. Images are also kept by the hash of their SVG (and of the renderer and
 * font), so a shard that re-renders for another reason redraws only the images whose chart or
 * words changed. The build runs this in a worker thread (scripts/build/share-image-drawer.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { shardContent, type ShardPart } from '../../src/lib/build/part.ts';
import { summaryKey, summaryOf } from '../../src/lib/continuity/chains.ts';
import { reportDocsOf } from '../../src/lib/content/report-docs.ts';
import { reportImageFiles, type ImageFile } from '../../src/lib/data-files.ts';
import { reportPropsOf } from '../../src/lib/report-props.ts';
import { withPngRenderer } from '../../src/lib/share-image-png.ts';

const require = createRequire(import.meta.url);
/** The renderer and the font are part of every image's key. */
const RENDERER = ['@resvg/resvg-js/package.json', '@expo-google-fonts/noto-sans-jp/package.json', 'subset-font/package.json']
  .map((file) => (JSON.parse(readFileSync(require.resolve(file), 'utf8')) as { version: string }).version)
  .join('/');

export interface ShardImagesJob {
  part: ShardPart;
  /** Where the images go, by their path in the site (a folder of their own: the pages' hash leaves them out) */
  outDir: string;
  preview: boolean;
  /** The images drawn so far, by the hash of their SVG */
  cacheDir: string;
}

export interface ShardImagesResult {
  images: number;
  /** Not found in the cache */
  drawn: number;
  ms: number;
}

export async function shardImageFiles(part: ShardPart, preview: boolean): Promise<ImageFile[]> {
  if (part.kind === 'continuity') return [];
  const { entries, problems } = await shardContent(part, preview);
  const reports = reportDocsOf(entries, problems);
  return reportPropsOf(reports, part.organizations, (report) => part.otherYears[summaryKey(summaryOf(report))]).flatMap(reportImageFiles);
}

/** Writes a shard's images under `outDir`, drawing only those not in `cacheDir` (one font subset for the shard). */
export async function drawShardImages({ part, outDir, preview, cacheDir }: ShardImagesJob): Promise<ShardImagesResult> {
  const started = performance.now();
  const images = await shardImageFiles(part, preview);
  await mkdir(cacheDir, { recursive: true });
  const keyed = images.map((image) => ({ ...image, cached: path.join(cacheDir, `${createHash('sha256').update(RENDERER).update('\0').update(image.svg).digest('hex')}.png`) }));
  const missing = keyed.filter((image) => !existsSync(image.cached));
  if (missing.length > 0) {
    await withPngRenderer(
      missing.map((image) => image.svg),
      async (render) => {
        // One image in memory at a time: a shard may have thousands.
        for (const image of missing) {
          // Written aside and renamed: a build stopped mid-write leaves no half image in the cache.
          const partial = `${image.cached}.${process.pid}.partial`;
          await writeFile(partial, render(image.svg));
          await rename(partial, image.cached);
        }
      },
    );
  }
  for (const image of keyed) {
    const target = path.join(outDir, image.path);
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(image.cached, target);
  }
  return { images: images.length, drawn: missing.length, ms: Math.round(performance.now() - started) };
}

/** The line the benchmark sums (scripts/bench/pipeline.ts): images written, drawn, and the drawing's own time. */
export function imagesLogLine(shardId: string, result: ShardImagesResult): string {
  return `[shard ${shardId}] [kohyo:images] ${result.images} share images (${result.drawn} drawn) in ${result.ms} ms`;
}
