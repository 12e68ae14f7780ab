/**
 * Sitemaps within the protocol's limits (https://www.sitemaps.org/protocol.html): a sitemap file
 * holds at most 50,000 URLs and 50 MB (52,428,800 bytes) uncompressed, so a large archive's URLs
 * are split over several files, listed by one sitemap index (sitemap.xml, named by robots.txt).
 * Pure: the same URLs give the same files.
 */
export interface SitemapLimits {
  /** URLs per sitemap file */
  urls: number;
  /** Bytes per sitemap file (UTF-8, uncompressed) */
  bytes: number;
}

export const SITEMAP_PROTOCOL_LIMITS: SitemapLimits = { urls: 50_000, bytes: 50 * 1024 * 1024 };

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const URLSET_OPEN = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n';
const URLSET_CLOSE = '</urlset>\n';
const INDEX_OPEN = '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n';
const INDEX_CLOSE = '</sitemapindex>\n';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const urlEntry = (loc: string) => `  <url><loc>${escapeXml(loc)}</loc></url>\n`;
const byteLength = (text: string) => Buffer.byteLength(text, 'utf8');

/** Splits absolute URLs, in order, into the fewest files each within the limits. */
export function sitemapChunks(locs: readonly string[], limits: SitemapLimits = SITEMAP_PROTOCOL_LIMITS): string[][] {
  const frame = byteLength(XML_HEAD + URLSET_OPEN + URLSET_CLOSE);
  const chunks: string[][] = [];
  let current: string[] = [];
  let bytes = frame;
  for (const loc of locs) {
    const size = byteLength(urlEntry(loc));
    if (frame + size > limits.bytes) throw new Error(`URL が長すぎて sitemap に入りません / a URL does not fit in a sitemap file: ${loc.slice(0, 200)}`);
    if (current.length >= limits.urls || bytes + size > limits.bytes) {
      chunks.push(current);
      current = [];
      bytes = frame;
    }
    current.push(loc);
    bytes += size;
  }
  if (current.length > 0 || chunks.length === 0) chunks.push(current);
  return chunks;
}

/** One sitemap file. */
export function urlsetXml(locs: readonly string[]): string {
  return XML_HEAD + URLSET_OPEN + locs.map(urlEntry).join('') + URLSET_CLOSE;
}

/** The sitemap index naming every sitemap file (absolute URLs). */
export function sitemapIndexXml(sitemapLocs: readonly string[]): string {
  return XML_HEAD + INDEX_OPEN + sitemapLocs.map((loc) => `  <sitemap><loc>${escapeXml(loc)}</loc></sitemap>\n`).join('') + INDEX_CLOSE;
}
