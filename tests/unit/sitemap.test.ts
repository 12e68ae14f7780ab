import { describe, expect, it } from 'vitest';
import { sitemapChunks, sitemapIndexXml, SITEMAP_PROTOCOL_LIMITS, urlsetXml } from '../../src/lib/sitemap.ts';

const urls = (n: number, prefix = 'https://www.city.example.lg.jp/hyoka/') => Array.from({ length: n }, (_, i) => `${prefix}org-${i % 97}/20${10 + (i % 15)}/keiei-kadai-${i}/figures/indicator-${i}/`);
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

describe('sitemaps within the protocol limits', () => {
  it('117,191 URLs (the 20,000-report archive) make three files of at most 50,000 URLs, in order, none lost', () => {
    const all = urls(117_191);
    const chunks = sitemapChunks(all);
    expect(chunks.map((c) => c.length)).toEqual([50_000, 50_000, 17_191]);
    expect(chunks.flat()).toEqual(all);
    for (const chunk of chunks) expect(bytes(urlsetXml(chunk))).toBeLessThanOrEqual(SITEMAP_PROTOCOL_LIMITS.bytes);
  });

  it('exactly 50,000 URLs stay one file; 50,001 make two', () => {
    expect(sitemapChunks(urls(50_000))).toHaveLength(1);
    expect(sitemapChunks(urls(50_001)).map((c) => c.length)).toEqual([50_000, 1]);
  });

  it('the byte limit splits a file before the URL limit is reached (small injected limit)', () => {
    const all = urls(100);
    const limits = { urls: 1_000, bytes: 2_000 };
    const chunks = sitemapChunks(all, limits);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.flat()).toEqual(all);
    for (const chunk of chunks) {
      expect(bytes(urlsetXml(chunk))).toBeLessThanOrEqual(limits.bytes);
      // Fewest files: the next URL would not have fitted.
    }
    for (let i = 0; i < chunks.length - 1; i++) expect(bytes(urlsetXml([...chunks[i]!, chunks[i + 1]![0]!]))).toBeGreaterThan(limits.bytes);
  });

  it('long (multi-byte, escaped) URLs are measured in UTF-8 bytes after escaping', () => {
    const all = Array.from({ length: 40 }, (_, i) => `https://example.jp/検索/?q=情報&n=${i}`);
    const limits = { urls: 1_000, bytes: 1_000 };
    for (const chunk of sitemapChunks(all, limits)) expect(bytes(urlsetXml(chunk))).toBeLessThanOrEqual(limits.bytes);
    expect(urlsetXml(all.slice(0, 1))).toContain('&amp;n=0');
  });

  it('a URL too long for any file is refused in words, not split', () => {
    expect(() => sitemapChunks([`https://example.jp/${'a'.repeat(3000)}`], { urls: 10, bytes: 1_000 })).toThrow(/sitemap/);
  });

  it('no URLs still give one (empty) file, and the index names each file', () => {
    expect(sitemapChunks([])).toEqual([[]]);
    const index = sitemapIndexXml(['https://example.jp/kohyo/sitemaps/1.xml', 'https://example.jp/kohyo/sitemaps/2.xml']);
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(index.match(/<sitemap><loc>/g)).toHaveLength(2);
  });
});
