/**
 * content/site.yaml: checked with every content file (file, line, field, expected; no stack trace),
 * and read by pages; the public address comes from KOHYO_SITE_URL or the file, never a placeholder.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { configuredSiteAddress, siteAddress } from '../../src/lib/site-address.ts';
import { siteSettings } from '../../src/lib/site-settings.ts';
import { shortDescription } from '../../src/lib/format.ts';

const ORGANIZATIONS = 'organizations:\n  - id: test-city\n    municipality: 試験市\n    name: 情報政策課\n';

function contentWith(siteYaml: string | undefined): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kohyo-site-'));
  writeFileSync(path.join(dir, 'organizations.yaml'), ORGANIZATIONS);
  if (siteYaml !== undefined) writeFileSync(path.join(dir, 'site.yaml'), siteYaml);
  return dir;
}

describe('content/site.yaml', () => {
  it('is checked like every content file: file, line, field and what was expected', async () => {
    const dir = contentWith('name: 試験サイト\npublisher: 試験市\naddress: ftp://example.jp/\nlicence:\n  name: CC BY 4.0\n');
    const { problems } = await loadContent({ contentDir: dir, displayRoot: dir, now: new Date('2020-01-01T00:00:00Z') });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', file: 'site.yaml', line: 3, field: 'address' });
    expect(problems[0]!.message).toContain('http(s) の URL を書いてください');
  });

  it('needs a publisher and terms', async () => {
    const { problems } = await loadContent({ contentDir: contentWith('name: 試験サイト\n'), now: new Date('2020-01-01T00:00:00Z') });
    expect(problems.map((p) => p.field).sort()).toEqual(['licence', 'publisher']);
  });

  it('gives the public address: KOHYO_SITE_URL first, then the file, else none (never a placeholder)', () => {
    const withAddress = contentWith('name: 試験サイト\npublisher: 試験市\naddress: https://hyoka.example.jp/\nlicence:\n  name: CC BY 4.0\n');
    expect(configuredSiteAddress({ KOHYO_CONTENT_DIR: withAddress })).toBe('https://hyoka.example.jp/');
    expect(configuredSiteAddress({ KOHYO_CONTENT_DIR: withAddress, KOHYO_SITE_URL: 'https://other.example.jp/' })).toBe('https://other.example.jp/');
    const without = contentWith(undefined);
    expect(configuredSiteAddress({ KOHYO_CONTENT_DIR: without })).toBeUndefined();
    // Only the sitemap, robots.txt and feeds fall back to the placeholder (with a warning from the build).
    expect(siteAddress({ KOHYO_CONTENT_DIR: without })).toBe('https://kohyo.example.jp/');
    expect(siteSettings({ KOHYO_CONTENT_DIR: without }).publisher).toBeUndefined();
  });
});

describe('page descriptions', () => {
  it('are cut after a sentence, or marked 「…」 when cut inside one', () => {
    const sentence = 'あ'.repeat(60) + '。';
    expect(shortDescription(sentence + 'い'.repeat(100))).toBe(sentence);
    const cut = shortDescription('う'.repeat(200));
    expect([...cut]).toHaveLength(120);
    expect(cut.endsWith('…')).toBe(true);
    expect(shortDescription('短い説明。')).toBe('短い説明。');
  });
});
