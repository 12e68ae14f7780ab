/**
 * Lists the HTML pages of a built site and groups them into page types, so browser checks can
 * cover every page while the site is small and every page type plus a fixed sample once it is large.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

export interface BuiltPage {
  /** Absolute path of the .html file */
  file: string;
  /** Site-relative URL the page is served at, e.g. `/osaka-ict/2018/` or `/404.html` */
  url: string;
}

/** Every .html file under siteDir, sorted by URL so runs are reproducible. */
export function listPages(siteDir: string): BuiltPage[] {
  const root = path.resolve(siteDir);
  const pages: BuiltPage[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.html')) pages.push({ file: full, url: fileToUrl(root, full) });
    }
  };
  walk(root);
  return pages.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** `foo/index.html` → `/foo/`; `404.html` → `/404.html`. */
export function fileToUrl(root: string, file: string): string {
  const relative = path.relative(root, file).split(path.sep).join('/');
  if (relative === 'index.html') return '/';
  if (relative.endsWith('/index.html')) return `/${relative.slice(0, -'index.html'.length)}`;
  return `/${relative}`;
}

const YEAR = /^\d{4}$/;

/**
 * The page type of a URL: organisation slugs become `:org`, fiscal years `:year`, and trailing
 * numbers in slugs `#` — so `/osaka-ict/2018/keiei-kadai-2/` and `/chiba/2017/keiei-kadai-3/`
 * share the type `/:org/:year/keiei-kadai-#/`. An organisation is a first segment that has
 * a fiscal-year child somewhere in the site.
 */
export function pageTypeOf(url: string, orgSlugs: ReadonlySet<string>): string {
  const trailingSlash = url.endsWith('/');
  const segments = url.split('/').filter(Boolean);
  const generic = segments.map((segment, index) => {
    if (index === 0 && orgSlugs.has(segment)) return ':org';
    if (YEAR.test(segment)) return ':year';
    return segment.replace(/\d+/g, '#');
  });
  return `/${generic.join('/')}${trailingSlash && generic.length > 0 ? '/' : ''}`;
}

export function organisationSlugs(pages: readonly BuiltPage[]): Set<string> {
  const slugs = new Set<string>();
  for (const { url } of pages) {
    const [first, second] = url.split('/').filter(Boolean);
    if (first !== undefined && second !== undefined && YEAR.test(second)) slugs.add(first);
  }
  return slugs;
}

/** One page (the first by URL) of each page type. */
export function onePerType(pages: readonly BuiltPage[]): BuiltPage[] {
  const orgs = organisationSlugs(pages);
  const seen = new Map<string, BuiltPage>();
  for (const page of pages) {
    const type = pageTypeOf(page.url, orgs);
    if (!seen.has(type)) seen.set(type, page);
  }
  return [...seen.values()];
}

export const FULL_CHECK_LIMIT = 200;
export const SAMPLE_SIZE = 100;

/**
 * Pages a browser check visits: all of them up to FULL_CHECK_LIMIT; beyond that, one of every
 * page type plus a fixed sample of SAMPLE_SIZE pages taken at an even stride through the sorted
 * list (the same pages on every run for the same site, and spread across organisations and years).
 */
export function pagesToCheck(pages: readonly BuiltPage[], limit = FULL_CHECK_LIMIT, sampleSize = SAMPLE_SIZE): BuiltPage[] {
  if (pages.length <= limit) return [...pages];
  const chosen = new Map<string, BuiltPage>();
  for (const page of onePerType(pages)) chosen.set(page.url, page);
  const stride = pages.length / sampleSize;
  for (let i = 0; i < sampleSize; i += 1) {
    const page = pages[Math.floor(i * stride)];
    if (page) chosen.set(page.url, page);
  }
  return [...chosen.values()].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}
