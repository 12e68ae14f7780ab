/**
 * KOHYO_SHARE_IMAGES=off: the multi-year fixture built without share images is the default build
 * (the global setup's multi-year site) without its chart.png files; its pages carry no og:image and
 * a `summary` card, and figure pages offer no PNG download. A value other than on/off is refused
 * before any work.
 */
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { assertBuilt, buildDirs, buildFixture, listFiles, STACK_TRACE, type RunResult } from '../fixtures/support/run.ts';

const CONTENT = 'tests/fixtures/content/multi-year';
const { outDir, cacheDir } = buildDirs('share-images-off');
const figureDir = 'test-city/2018/keiei-kadai-1/figures/incidents';
let result: RunResult;

const head = (site: string, page: string): HTMLElement => parse(readFileSync(path.join(site, page, 'index.html'), 'utf8'));
const meta = (doc: HTMLElement, key: string) => doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

beforeAll(async () => {
  await rm(path.dirname(outDir), { recursive: true, force: true });
  result = await buildFixture(CONTENT, outDir, cacheDir, { KOHYO_SHARE_IMAGES: 'off' });
  assertBuilt(result, 'the multi-year fixture without share images');
}, 300_000);

describe('KOHYO_SHARE_IMAGES=off', () => {
  it('writes every file of the default build but the share images, and draws none', () => {
    const withImages = listFiles(inject('multiYearSiteDir'));
    expect(withImages.filter((f) => f.endsWith('/chart.png')).length).toBeGreaterThan(0);
    expect(listFiles(outDir)).toEqual(withImages.filter((f) => !f.endsWith('/chart.png')));
    expect(result.stdout).not.toContain('[kohyo:images]');
  });

  it('pages share no image: no og:image, a summary card, no PNG download', () => {
    for (const page of [figureDir, 'test-city/2018/keiei-kadai-1']) {
      const doc = head(outDir, page);
      expect(doc.querySelector('meta[property^="og:image"]'), page).toBeNull();
      expect(meta(doc, 'twitter:card'), page).toBe('summary');
      // Still shared with an address (the fixture's site.yaml gives one).
      expect(meta(doc, 'og:url'), page).toBe(`https://hyoka.example.jp/${page}/`);
    }
    const figure = head(outDir, figureDir);
    expect(figure.querySelector('a[href="chart.png"]')).toBeNull();
    expect(figure.querySelector('a[href="chart.svg"]')).not.toBeNull();
    // The default build, for contrast.
    const withImages = head(inject('multiYearSiteDir'), figureDir);
    expect(meta(withImages, 'twitter:card')).toBe('summary_large_image');
    expect(withImages.querySelector('a[href="chart.png"]')).not.toBeNull();
  });

  it('refuses another value before any work, naming the setting, and publishes nothing', async () => {
    const refused = await buildFixture(CONTENT, path.join(path.dirname(outDir), 'refused'), cacheDir, { KOHYO_SHARE_IMAGES: 'no' });
    expect(refused.status).not.toBe(0);
    expect(refused.output).not.toMatch(STACK_TRACE);
    expect(refused.stderr).toContain('KOHYO_SHARE_IMAGES は on か off です');
    expect(refused.stderr).toContain('何も公開していません');
    expect(refused.stdout).not.toContain('[kohyo:build]');
    expect(listFiles(path.join(path.dirname(outDir), 'refused'))).toEqual([]);
  });
});
