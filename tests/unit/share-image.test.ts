/**
 * The share image (og:image): the same chart as the page's, its labels drawn without the halo
 * (src/lib/charts/types.ts ChartOptions.halo); drawn per shard with one font subset and kept by
 * the hash of its SVG (scripts/build/share-images.ts); left out with KOHYO_SHARE_IMAGES=off.
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ShardPart } from '../../src/lib/build/part.ts';
import { renderIndicator } from '../../src/lib/charts/index.ts';
import { shareImageSvg } from '../../src/lib/share-image.ts';
import { withPngRenderer } from '../../src/lib/share-image-png.ts';
import { shareImagesEnabled } from '../../src/lib/share-image-setting.ts';
import { drawShardImages } from '../../scripts/build/share-images.ts';
import { MULTI_YEAR_CONTENT } from '../helpers/fixture-reports.ts';
import { fixtureShard, type FixtureShard } from '../helpers/shard-part.ts';
import { incidents, stockpile } from './charts/fixtures.ts';

const TEXT = { title: '情報セキュリティインシデント件数', organization: '大阪市 ICT戦略室', document: '運営方針 平成30年度（2018年度）', report: '経営課題2 情報セキュリティ管理体制の実効性確保', siteName: 'Kohyo 公表' };
const HALO = / stroke="#ffffff" stroke-width="4" stroke-linejoin="round" paint-order="stroke"/g;

describe('the share image\'s chart', () => {
  /** The chart inside the share image (after the text on the left). */
  const chartOf = (image: string) => image.slice(image.indexOf('<svg ', 1), -'</svg>'.length);
  const labelGroups = (svg: string) => [...svg.matchAll(/<g class="chart-text"[^>]*>.*?<\/g>/g)].map((m) => m[0]);
  const texts = (svg: string) => labelGroups(svg).flatMap((g) => [...g.matchAll(/<text[^>]*>[^<]*<\/text>/g)].map((m) => m[0])).sort();

  it.each([['line', incidents], ['bars', stockpile]])('is the page\'s %s chart: same marks and labels, the halo only behind the labels among the marks', (_kind, make) => {
    const page = renderIndicator(make(), { idPrefix: 'og' });
    if (page.kind === 'figure') throw new Error('expected a chart');
    const share = chartOf(shareImageSvg(make(), TEXT));
    // Same labels, same marks (everything but the label groups, byte for byte).
    expect(texts(share)).toEqual(texts(page.svg));
    const withoutLabels = (svg: string) => labelGroups(svg).reduce((rest, group) => rest.replace(group, ''), svg);
    expect(withoutLabels(share)).toBe(withoutLabels(page.svg).replace(/ width="100%"/, '').replace(/^<svg /, '<svg x="580" y="40" width="590" height="560" preserveAspectRatio="xMidYMid meet" '));
    // The page's chart: one halo for all of its plain labels. The share image: none for the axis,
    // unit and legend labels; the halo for the values, targets and categories among the marks.
    expect(page.svg).toMatch(HALO);
    const [outside, ...among] = labelGroups(share);
    expect(outside).not.toContain('paint-order');
    expect(outside).toContain('単位');
    for (const group of among) expect(group).toMatch(HALO);
    expect(among.join('')).toContain(make === incidents ? '>19<' : '>7<');
  });
});

describe('drawing many images', () => {
  it('keeps memory flat: resvg\'s pixel buffers (≈ 3 MB an image) are freed as it goes', async () => {
    const svg = shareImageSvg(incidents(), TEXT);
    const before = process.memoryUsage().rss;
    let peak = before;
    await withPngRenderer([svg], async (render) => {
      for (let i = 0; i < 150; i++) {
        render(svg);
        // As the build does between images (it awaits each file write).
        await new Promise((resolve) => setImmediate(resolve));
        peak = Math.max(peak, process.memoryUsage().rss);
      }
    });
    // Unfreed, 150 images hold ≈ 480 MB.
    expect((peak - before) / 2 ** 20).toBeLessThan(200);
  }, 60_000);
});

describe('KOHYO_SHARE_IMAGES', () => {
  it('is on unless set to off; empty means unset', () => {
    expect(shareImagesEnabled({})).toBe(true);
    expect(shareImagesEnabled({ KOHYO_SHARE_IMAGES: '' })).toBe(true);
    expect(shareImagesEnabled({ KOHYO_SHARE_IMAGES: 'on' })).toBe(true);
    expect(shareImagesEnabled({ KOHYO_SHARE_IMAGES: ' off ' })).toBe(false);
  });

  it.each(['no', 'false', '0', 'OFF'])('refuses %j in words naming the setting', (value) => {
    expect(() => shareImagesEnabled({ KOHYO_SHARE_IMAGES: value })).toThrow(/KOHYO_SHARE_IMAGES は on か off です .*KOHYO_SHARE_IMAGES must be on or off/);
  });
});

describe('a shard\'s share images', () => {
  let dir: string;
  let part: ShardPart;
  let shard: FixtureShard;

  beforeAll(async () => {
    shard = await fixtureShard(MULTI_YEAR_CONTENT, new Date('2026-04-01T00:00:00+09:00'), 'test-city/2018/');
    ({ dir, part } = shard);
  });

  afterAll(async () => {
    await shard.remove();
  });

  it('are 1200 × 630 PNGs, drawn once: a second shard run takes them from the cache', async () => {
    const job = { part, outDir: path.join(dir, 'first'), preview: false, cacheDir: path.join(dir, 'cache') };
    const first = await drawShardImages(job);
    expect(first.images).toBeGreaterThan(0);
    expect(first.drawn).toBe(first.images);
    const png = await readFile(path.join(dir, 'first', 'test-city/2018/keiei-kadai-1/figures/incidents/chart.png'));
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    const again = await drawShardImages({ ...job, outDir: path.join(dir, 'second') });
    expect(again).toMatchObject({ images: first.images, drawn: 0 });
    expect(await readFile(path.join(dir, 'second', 'test-city/2018/keiei-kadai-1/figures/incidents/chart.png'))).toEqual(png);
    // Nothing half-written is left in the cache.
    expect(readdirSync(job.cacheDir).filter((f) => !f.endsWith('.png'))).toEqual([]);
    // Only the images go to their folder (the shard's pages and data files are hashed without them).
    expect(existsSync(path.join(dir, 'first', 'test-city/2018/keiei-kadai-1/figures/incidents/data.csv'))).toBe(false);
  });
});
