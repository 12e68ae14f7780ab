/**
 * Rasterises share-image SVGs to PNG with resvg (no browser, no network, no system font). The
 * Japanese font (Noto Sans JP, from an npm package) is 5 MB a weight and resvg reads its fonts
 * for every image, so images are drawn with a subset holding only the characters they use
 * (subset-font, HarfBuzz): about three times faster per image. The subset is made once for a
 * whole shard's images: it costs ≈ 0.1–0.3 s, and a shard's words share most characters.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { Resvg } from '@resvg/resvg-js';
import subsetFont from 'subset-font';
import { SHARE_FONT_FAMILY } from './share-image.ts';

const require = createRequire(import.meta.url);
const FONT_FILES = {
  regular: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf',
} as const;

/**
 * resvg-js 2.6 keeps each rendered image's pixels (1200 × 630 × 4 bytes, ≈ 3 MB) outside the
 * JavaScript heap without telling V8, so V8 sees no reason to collect them: drawing a shard's
 * images grew the build by ≈ 3.3 MB per image (2 GB after 600 images; thx/resvg-js#216, fixed
 * only in an unreleased version). A minor collection every few images, with the event loop
 * turning in between (the caller awaits its file writes), frees them: ≈ 130 MB at 200 images.
 */
const COLLECT_EVERY = 16;
let collect: (() => void) | undefined;
function collectGarbage(): void {
  if (!collect) {
    // The gc() function without starting Node with --expose-gc (the build runs through tsx).
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as (options: { type: 'minor' | 'major' }) => void;
    collect = () => gc({ type: 'minor' });
  }
  collect();
}

/** Every character drawn by the SVGs (their text content; markup characters are harmless extras). */
function charactersOf(svgs: readonly string[]): string {
  const chars = new Set<string>('0123456789…');
  for (const svg of svgs) {
    for (const match of svg.matchAll(/>([^<]+)</g)) for (const char of match[1]!) chars.add(char);
  }
  return [...chars].join('');
}

/**
 * Calls `draw` with a function that rasterises one SVG to PNG, using a font subset made for `svgs`
 * (every SVG drawn must be among them, or its missing characters are left out). `draw` should let
 * the event loop turn between images (e.g. await each file write) so their memory is freed.
 * The subset files are removed afterwards.
 */
export async function withPngRenderer<T>(svgs: readonly string[], draw: (render: (svg: string) => Buffer) => Promise<T>): Promise<T> {
  const text = charactersOf(svgs);
  const folder = await mkdtemp(path.join(os.tmpdir(), 'kohyo-fonts-'));
  try {
    const fontFiles = await Promise.all(
      Object.entries(FONT_FILES).map(async ([weight, file]) => {
        const subset = await subsetFont(readFileSync(require.resolve(file)), text, { targetFormat: 'truetype' });
        const target = path.join(folder, `${weight}.ttf`);
        await writeFile(target, subset);
        return target;
      }),
    );
    // fontFiles, never fontBuffers: measured ≈ 40× slower per image.
    let drawn = 0;
    return await draw((svg) => {
      const png = new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: SHARE_FONT_FAMILY } }).render().asPng();
      if (++drawn % COLLECT_EVERY === 0) collectGarbage();
      return png;
    });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** PNGs of the SVGs, in order. */
export async function renderPngs(svgs: readonly string[]): Promise<Buffer[]> {
  if (svgs.length === 0) return [];
  return withPngRenderer(svgs, async (render) => svgs.map(render));
}
