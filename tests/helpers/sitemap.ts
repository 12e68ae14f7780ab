/** Reads a built site's sitemaps: the index (sitemap.xml) and every sitemap file it names. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const locsOf = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

/** The sitemap files the index names, as files of the site (`mountPath`: the site's path, "/" at a domain's root). */
export function sitemapFiles(siteDir: string, mountPath = '/'): string[] {
  const index = readFileSync(path.join(siteDir, 'sitemap.xml'), 'utf8');
  if (!index.includes('<sitemapindex')) throw new Error('sitemap.xml is not a sitemap index');
  return locsOf(index).map((loc) => {
    const pathname = new URL(loc).pathname;
    if (!pathname.startsWith(mountPath)) throw new Error(`sitemap file outside the site's path: ${loc}`);
    return path.join(siteDir, pathname.slice(mountPath.length));
  });
}

/** Every page URL of every sitemap file, in order. */
export function sitemapPageUrls(siteDir: string, mountPath = '/'): string[] {
  return sitemapFiles(siteDir, mountPath).flatMap((file) => locsOf(readFileSync(file, 'utf8')));
}
